import { connect } from '@nats-io/transport-node';
import { ErrorCode, GET_MY_ACCOUNT } from '@passerelle/contracts';
import { waitUntil } from '@passerelle/testing';
import { startGatewayHarness, type GatewayHarness, type SignedIn } from './gateway-harness.js';

describe('when a service or NATS goes away', () => {
  let harness: GatewayHarness;
  let session: SignedIn;

  beforeAll(async () => {
    harness = await startGatewayHarness({ RPC_TIMEOUT_MS: '1000' });
    session = await harness.signUp();
  });

  afterAll(async () => {
    await harness.stop();
  });

  const readMe = () =>
    harness.http({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${session.accessToken}` },
    });
  const ready = () => harness.http({ method: 'GET', url: '/ready' });

  it('is ready when NATS is connected and every service answers', async () => {
    const response = await ready();
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ready',
      nats: 'connected',
      services: { profiles: 'up', matching: 'up' },
    });
  });

  it('is not ready while one service (matching) is stopped, and names it', async () => {
    await harness.stopMatching();
    try {
      const response = await ready();
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({
        status: 'not-ready',
        services: { profiles: 'up', matching: 'down' },
      });
    } finally {
      await harness.startMatching();
    }
    expect((await ready()).statusCode).toBe(200);
  });

  it('answers 503 at once while profiles is stopped, and recovers by itself when it is back', async () => {
    await harness.stopProfiles();
    try {
      const started = Date.now();
      const response = await readMe();
      expect(response.statusCode).toBe(503);
      expect(response.json().error).toMatchObject({
        code: ErrorCode.UPSTREAM_UNAVAILABLE,
        details: { service: 'profiles' },
      });
      expect(JSON.stringify(response.json())).not.toMatch(/at .*\.(js|ts):\d+/);
      expect(Date.now() - started).toBeLessThan(1000);
      expect((await ready()).statusCode).toBe(503);
      expect((await harness.http({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    } finally {
      await harness.startProfiles();
    }
    expect((await readMe()).statusCode).toBe(200);
    expect((await ready()).statusCode).toBe(200);
  });

  it('answers 504 UPSTREAM_TIMEOUT when profiles does not answer in time', async () => {
    await harness.stopProfiles();
    // A responder that takes the request and never answers: a hung service.
    const hung = await connect({ servers: harness.nats.url });
    hung.subscribe(GET_MY_ACCOUNT, { queue: 'profiles', callback: () => undefined });
    await hung.flush();
    try {
      const response = await readMe();
      expect(response.statusCode).toBe(504);
      expect(response.json().error.code).toBe(ErrorCode.UPSTREAM_TIMEOUT);
    } finally {
      await hung.close();
      await harness.startProfiles();
    }
  });

  it('reconnects the gateway and profiles by themselves after NATS restarts', async () => {
    await harness.nats.stop();
    const down = await readMe();
    expect([503, 504]).toContain(down.statusCode);
    expect((await ready()).statusCode).toBe(503);

    await harness.nats.restart();
    await waitUntil(async () => (await ready()).statusCode === 200, 'the gateway to be ready again', 20_000);
    const response = await readMe();
    expect(response.statusCode).toBe(200);
    expect(response.json().id).toBe(session.accountId);
  });
});
