import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorCode } from '@passerelle/contracts';
import { startGatewayHarness, type GatewayHarness } from './gateway-harness.js';

describe('the HTTP edge', () => {
  let harness: GatewayHarness;
  const webDist = mkdtempSync(join(tmpdir(), 'passerelle-web-'));
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Passerelle</title><div id="root"></div>');
  writeFileSync(join(webDist, 'app.js'), 'console.log("app")');

  beforeAll(async () => {
    harness = await startGatewayHarness({ AUTH_RATE_LIMIT_PER_MINUTE: '5', WEB_DIST_DIR: webDist });
  });

  afterAll(async () => {
    await harness.stop();
  });

  it('limits sign-in attempts: the sixth in a minute gets 429 RATE_LIMITED', async () => {
    const attempt = () =>
      harness.http({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'x@example.org', password: 'guess' },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await attempt()).statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    const limited = await attempt();
    expect(limited.json().error.code).toBe(ErrorCode.RATE_LIMITED);
  });

  it('does not rate-limit reading one’s account', async () => {
    const response = await harness.http({ method: 'GET', url: '/api/v1/me' });
    for (let i = 0; i < 8; i += 1) await harness.http({ method: 'GET', url: '/api/v1/me' });
    expect(response.statusCode).toBe(401);
    expect((await harness.http({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });

  it('answers an unknown API route with a JSON 404 envelope', async () => {
    const response = await harness.http({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({
      code: ErrorCode.NOT_FOUND,
      correlationId: expect.any(String),
    });
  });

  it('keeps the caller’s correlation id in the response and the error body', async () => {
    const response = await harness.http({
      method: 'GET',
      url: '/api/v1/me',
      headers: { 'x-correlation-id': 'support-ticket-4242' },
    });
    expect(response.headers['x-correlation-id']).toBe('support-ticket-4242');
    expect(response.json().error.correlationId).toBe('support-ticket-4242');
  });

  it('sends security headers', async () => {
    const response = await harness.http({ method: 'GET', url: '/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('serves the web app, and its page for client-side routes', async () => {
    const home = await harness.http({ method: 'GET', url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('<div id="root">');
    expect((await harness.http({ method: 'GET', url: '/app.js' })).body).toContain('console.log');
    const deepLink = await harness.http({ method: 'GET', url: '/compte' });
    expect(deepLink.statusCode).toBe(200);
    expect(deepLink.headers['content-type']).toContain('text/html');
  });

  it('publishes an OpenAPI document whose schemas come from the contracts', async () => {
    const response = await harness.http({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/register',
        '/api/v1/auth/login',
        '/api/v1/me',
        '/api/v1/me/password',
      ]),
    );
    const register = document.components.schemas.RegisterAccountRequest;
    expect(register.required).toEqual(expect.arrayContaining(['email', 'password', 'displayName', 'role']));
    expect(register.properties.password.minLength).toBe(10);
    expect((await harness.http({ method: 'GET', url: '/api/docs' })).statusCode).toBe(200);
  });

  it('refuses CORS to origins that were not configured', async () => {
    const response = await harness.http({
      method: 'OPTIONS',
      url: '/api/v1/auth/register',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});
