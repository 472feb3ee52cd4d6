import { createHmac } from 'node:crypto';
import { ErrorCode } from '@passerelle/contracts';
import { aRegistration } from '@passerelle/testing';
import {
  refreshCookieOf,
  startGatewayHarness,
  TEST_JWT_SECRET,
  type GatewayHarness,
} from './gateway-harness.js';

const base64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function handMadeToken(header: object, claims: object, secret: string): string {
  const unsigned = `${base64url(header)}.${base64url(claims)}`;
  const signature = secret ? createHmac('sha256', secret).update(unsigned).digest('base64url') : '';
  return `${unsigned}.${signature}`;
}

describe('sign-up, sign-in and sessions over HTTP', () => {
  let harness: GatewayHarness;

  beforeAll(async () => {
    harness = await startGatewayHarness();
  });

  afterAll(async () => {
    await harness.stop();
  });

  const countAccounts = async (email: string): Promise<number> => {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: harness.database.url });
    await client.connect();
    const result = await client.query('SELECT count(*) FROM profiles.accounts WHERE email = $1', [
      email.toLowerCase(),
    ]);
    await client.end();
    return Number(result.rows[0].count);
  };

  describe('sign-up', () => {
    it('creates the account, signs the person in and sets an httpOnly SameSite=Strict refresh cookie', async () => {
      const registration = aRegistration({ role: 'alumnus', locale: 'en', timeZone: 'America/Montreal' });
      const response = await harness.http({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: registration,
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        accessToken: expect.any(String),
        expiresIn: 900,
        account: { email: registration.email, role: 'alumnus', locale: 'en', timeZone: 'America/Montreal' },
      });
      const cookie = response.cookies.find((candidate) => candidate.name === 'passerelle_refresh');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });
      expect(response.body).not.toContain(cookie?.value);
    });

    it.each([
      ['email', { email: 'not an email' }],
      ['password', { password: 'short' }],
      ['role', { role: 'staff' }],
      ['displayName', { displayName: 12 }],
      ['timeZone', { timeZone: 'Moon/Base' }],
      ['favouriteColour', { favouriteColour: 'blue' }],
    ])('answers 400 VALIDATION_FAILED naming %s, and stores nothing', async (field, overrides) => {
      const registration = { ...aRegistration(), ...overrides };
      const response = await harness.http({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: registration,
      });
      expect(response.statusCode).toBe(400);
      const { error } = response.json();
      expect(error).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, correlationId: expect.any(String) });
      expect(error.message).toContain(field);
      expect(error.details.fields.map((entry: { field: string }) => entry.field)).toContain(field);
      if (typeof registration.email === 'string' && registration.email.includes('@')) {
        expect(await countAccounts(registration.email)).toBe(0);
      }
    });

    it('answers 409 CONFLICT for an email already used, whatever its case', async () => {
      const { registration } = await harness.signUp();
      const response = await harness.http({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: aRegistration({ email: registration.email.toUpperCase() }),
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe(ErrorCode.CONFLICT);
      expect(await countAccounts(registration.email)).toBe(1);
    });

    it('answers 400 for a body that is not JSON', async () => {
      const response = await harness.http({
        method: 'POST',
        url: '/api/v1/auth/register',
        headers: { 'content-type': 'application/json' },
        payload: '{"email": ',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe(ErrorCode.VALIDATION_FAILED);
    });

    it('answers 413 PAYLOAD_TOO_LARGE for a body over the limit', async () => {
      const response = await harness.http({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: { ...aRegistration(), displayName: 'x'.repeat(200 * 1024) },
      });
      expect(response.statusCode).toBe(413);
      expect(response.json().error.code).toBe(ErrorCode.PAYLOAD_TOO_LARGE);
    });
  });

  describe('sign-in', () => {
    it('signs in and reads the account with the access token', async () => {
      const { registration } = await harness.signUp();
      const login = await harness.http({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: registration.email, password: registration.password },
      });
      expect(login.statusCode).toBe(200);
      const me = await harness.http({
        method: 'GET',
        url: '/api/v1/me',
        headers: { authorization: `Bearer ${login.json().accessToken}` },
      });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ email: registration.email, displayName: registration.displayName });
    });

    it('answers a wrong password and an unknown email with the same 401', async () => {
      const { registration } = await harness.signUp();
      const wrongPassword = await harness.http({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: registration.email, password: 'wrong password!' },
      });
      const unknownEmail = await harness.http({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'nobody@example.org', password: 'wrong password!' },
      });
      expect(wrongPassword.statusCode).toBe(401);
      expect(unknownEmail.statusCode).toBe(401);
      expect(wrongPassword.json().error.message).toBe(unknownEmail.json().error.message);
      expect(wrongPassword.json().error.code).toBe(ErrorCode.UNAUTHENTICATED);
    });

    it('answers 400 naming the field for a malformed sign-in', async () => {
      const response = await harness.http({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { password: 'x' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details.fields.map((entry: { field: string }) => entry.field)).toContain(
        'email',
      );
    });
  });

  describe('access tokens', () => {
    it('refuses a request without a token', async () => {
      const response = await harness.http({ method: 'GET', url: '/api/v1/me' });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe(ErrorCode.UNAUTHENTICATED);
    });

    it.each([
      ['alg none', (sub: string) => handMadeToken({ alg: 'none', typ: 'JWT' }, claims(sub), '')],
      [
        'another key',
        (sub: string) =>
          handMadeToken({ alg: 'HS256', typ: 'JWT' }, claims(sub), 'another-secret-of-enough-length-123'),
      ],
      [
        'HS512 with the right key',
        (sub: string) => handMadeToken({ alg: 'HS512', typ: 'JWT' }, claims(sub), TEST_JWT_SECRET),
      ],
      [
        'an expired token',
        (sub: string) => handMadeToken({ alg: 'HS256', typ: 'JWT' }, claims(sub, -60), TEST_JWT_SECRET),
      ],
    ])('refuses a token signed with %s', async (_case, forge) => {
      const { accountId } = await harness.signUp();
      const response = await harness.http({
        method: 'GET',
        url: '/api/v1/me',
        headers: { authorization: `Bearer ${forge(accountId)}` },
      });
      expect(response.statusCode).toBe(401);
    });

    it('accepts a hand-made token with the right key and claims (the forgery tests above test something)', async () => {
      const { accountId } = await harness.signUp();
      const response = await harness.http({
        method: 'GET',
        url: '/api/v1/me',
        headers: {
          authorization: `Bearer ${handMadeToken({ alg: 'HS256', typ: 'JWT' }, claims(accountId), TEST_JWT_SECRET)}`,
        },
      });
      expect(response.statusCode).toBe(200);
    });
  });

  describe('refresh and sign-out', () => {
    const refresh = (cookie: string) =>
      harness.http({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { passerelle_refresh: cookie } });

    it('rotates the refresh cookie and gives a new access token', async () => {
      const session = await harness.signUp();
      const response = await refresh(session.refreshCookie);
      expect(response.statusCode).toBe(200);
      expect(response.json().accessToken).toEqual(expect.any(String));
      expect(refreshCookieOf(response)).not.toBe(session.refreshCookie);
    });

    it('revokes the whole session when an old refresh token is reused', async () => {
      const session = await harness.signUp();
      const rotated = refreshCookieOf(await refresh(session.refreshCookie)) ?? '';
      const replay = await refresh(session.refreshCookie);
      expect(replay.statusCode).toBe(401);
      expect((await refresh(rotated)).statusCode).toBe(401);
    });

    it('answers 401 without a refresh cookie', async () => {
      const response = await harness.http({ method: 'POST', url: '/api/v1/auth/refresh' });
      expect(response.statusCode).toBe(401);
    });

    it('signs out: 204, the cookie is cleared and no longer refreshes', async () => {
      const session = await harness.signUp();
      const logout = await harness.http({
        method: 'POST',
        url: '/api/v1/auth/logout',
        cookies: { passerelle_refresh: session.refreshCookie },
      });
      expect(logout.statusCode).toBe(204);
      expect(refreshCookieOf(logout)).toBe('');
      expect((await refresh(session.refreshCookie)).statusCode).toBe(401);
    });
  });
});

function claims(sub: string, expiresInSeconds = 600): object {
  const now = Math.floor(Date.now() / 1000);
  return {
    sub,
    role: 'student',
    sid: sub,
    iss: 'passerelle',
    aud: 'passerelle-api',
    iat: now,
    exp: now + expiresInSeconds,
  };
}
