import { ErrorCode } from '@passerelle/contracts';
import { bearer, refreshCookieOf, useGatewayHarness } from './gateway-harness.js';

describe('my account over HTTP', () => {
  const harness = useGatewayHarness();

  it('updates the display name, language and time zone', async () => {
    const session = await harness.signUp();
    const response = await harness.http({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: bearer(session),
      payload: { displayName: 'Aïcha Benali', locale: 'en', timeZone: 'Africa/Casablanca' },
    });
    expect(response.statusCode).toBe(200);
    const reread = await harness.http({ method: 'GET', url: '/api/v1/me', headers: bearer(session) });
    expect(reread.json()).toMatchObject({
      displayName: 'Aïcha Benali',
      locale: 'en',
      timeZone: 'Africa/Casablanca',
    });
  });

  it.each([
    ['timeZone', { timeZone: 'Europe/Nowhere' }],
    ['locale', { locale: 'de' }],
    ['displayName', { displayName: '   ' }],
    ['role', { role: 'admin' }],
    ['email', { email: 'new@example.org' }],
  ])('refuses to change %s that way and changes nothing', async (field, changes) => {
    const session = await harness.signUp();
    const before = (
      await harness.http({ method: 'GET', url: '/api/v1/me', headers: bearer(session) })
    ).json();
    const response = await harness.http({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: bearer(session),
      payload: changes,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(response.json().error.details.fields.map((entry: { field: string }) => entry.field)).toContain(
      field,
    );
    const after = (await harness.http({ method: 'GET', url: '/api/v1/me', headers: bearer(session) })).json();
    expect(after).toEqual(before);
  });

  it('changes the password, keeps this session and ends the others', async () => {
    const here = await harness.signUp();
    const elsewhereCookie = refreshCookieOf(await harness.signIn(here)) ?? '';

    const change = await harness.http({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: bearer(here),
      payload: { currentPassword: here.registration.password, newPassword: 'une phrase de passe neuve' },
    });
    expect(change.statusCode).toBe(200);
    expect(change.json()).toEqual({ revokedSessions: 1 });

    const refresh = (cookie: string) =>
      harness.http({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { passerelle_refresh: cookie } });
    expect((await refresh(elsewhereCookie)).statusCode).toBe(401);
    expect((await refresh(here.refreshCookie)).statusCode).toBe(200);
    expect((await harness.signIn(here)).statusCode).toBe(401);
  });

  it('refuses a wrong current password and a too-short new one, naming the field', async () => {
    const session = await harness.signUp();
    const wrong = await harness.http({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: bearer(session),
      payload: { currentPassword: 'not the password', newPassword: 'une phrase de passe neuve' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.details.fields[0].field).toBe('currentPassword');
    const short = await harness.http({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: bearer(session),
      payload: { currentPassword: session.registration.password, newPassword: 'court' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details.fields[0].field).toBe('newPassword');
  });
});
