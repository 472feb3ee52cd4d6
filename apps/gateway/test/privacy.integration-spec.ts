import { ErrorCode } from '@passerelle/contracts';
import { bearer, refreshCookieOf, useGatewayHarness } from './gateway-harness.js';

describe('download my data and delete my account over HTTP', () => {
  const harness = useGatewayHarness();

  it('downloads my data as a dated JSON attachment without any hash', async () => {
    const session = await harness.signUp({ displayName: 'Camille Export' });
    const response = await harness.http({
      method: 'GET',
      url: '/api/v1/me/data',
      headers: bearer(session),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const today = new Date().toISOString().slice(0, 10);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="passerelle-data-${today}.json"`,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json();
    expect(body.parts.account).toMatchObject({
      email: session.registration.email,
      displayName: 'Camille Export',
    });
    expect(body.parts.sessions).toHaveLength(1);
    expect(response.body).not.toMatch(/hash|password/i);
  });

  it('needs to be signed in to download or delete', async () => {
    expect((await harness.http({ method: 'GET', url: '/api/v1/me/data' })).statusCode).toBe(401);
    expect(
      (await harness.http({ method: 'DELETE', url: '/api/v1/me', payload: { currentPassword: 'x' } }))
        .statusCode,
    ).toBe(401);
  });

  it('keeps the account when the password is wrong (401) or missing (400)', async () => {
    const session = await harness.signUp();
    const wrong = await harness.http({
      method: 'DELETE',
      url: '/api/v1/me',
      headers: bearer(session),
      payload: { currentPassword: 'definitely-not-it' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.details.fields[0].field).toBe('currentPassword');
    const missing = await harness.http({
      method: 'DELETE',
      url: '/api/v1/me',
      headers: bearer(session),
      payload: {},
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect((await harness.signIn(session)).statusCode).toBe(200);
  });

  it('deletes my account: refresh cookie cleared, session ended, sign-in refused, erasure event recorded', async () => {
    const session = await harness.signUp({ displayName: 'Jules Parti' });
    const response = await harness.http({
      method: 'DELETE',
      url: '/api/v1/me',
      headers: bearer(session),
      payload: { currentPassword: session.registration.password },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ accountId: session.accountId });
    expect(refreshCookieOf(response)).toBe('');

    const refresh = await harness.http({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      cookies: { passerelle_refresh: session.refreshCookie },
    });
    expect(refresh.statusCode).toBe(401);
    expect((await harness.signIn(session)).statusCode).toBe(401);
    const events = await harness.sql(
      `SELECT id FROM profiles.outbox WHERE subject = 'evt.profiles.account.erased.v1' AND payload->>'accountId' = $1`,
      [session.accountId],
    );
    expect(events).toHaveLength(1);

    const retry = await harness.http({
      method: 'DELETE',
      url: '/api/v1/me',
      headers: bearer(session),
      payload: { currentPassword: session.registration.password },
    });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(response.json());
  });
});
