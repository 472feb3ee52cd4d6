import {
  END_SESSION,
  ErrorCode,
  REFRESH_SESSION,
  REGISTER_ACCOUNT,
  START_SESSION,
  type AccountView,
  type SessionGrant,
} from '@passerelle/contracts';
import { aRegistration } from '@passerelle/testing';
import { WRONG_CREDENTIALS } from '../src/accounts/accounts.service.js';
import { failure, useProfilesHarness } from './profiles-harness.js';

describe('sessions over NATS', () => {
  const profiles = useProfilesHarness();
  const registration = aRegistration({ role: 'alumnus' });
  let account: AccountView;

  beforeAll(async () => {
    account = await profiles.call<AccountView>(REGISTER_ACCOUNT, registration);
  });

  const signIn = () =>
    profiles.call<SessionGrant>(START_SESSION, {
      email: registration.email,
      password: registration.password,
    });
  const refresh = (refreshToken: string) => profiles.call<SessionGrant>(REFRESH_SESSION, { refreshToken });
  const liveTokens = async (sessionId: string): Promise<number> => {
    const [row] = await profiles.sql<{ count: string }>(
      'SELECT count(*) FROM profiles.refresh_tokens WHERE family_id = $1 AND revoked_at IS NULL AND used_at IS NULL',
      [sessionId],
    );
    return Number(row?.count);
  };

  it('signs in with the email in any case and records the activity', async () => {
    const grant = await profiles.call<SessionGrant>(START_SESSION, {
      email: registration.email.toUpperCase(),
      password: registration.password,
    });
    expect(grant.account.id).toBe(account.id);
    expect(grant.account.lastActiveAt).not.toBeNull();
    expect(grant.refreshToken).toMatch(/^[0-9a-f-]{36}\.[\w-]{43}$/);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const wrongPassword = await failure(
      profiles.call(START_SESSION, { email: registration.email, password: 'not the password' }),
    );
    const unknownEmail = await failure(
      profiles.call(START_SESSION, { email: 'nobody@example.org', password: 'not the password' }),
    );
    expect(wrongPassword).toMatchObject({ code: ErrorCode.UNAUTHENTICATED, message: WRONG_CREDENTIALS });
    expect(unknownEmail).toMatchObject({ code: ErrorCode.UNAUTHENTICATED, message: WRONG_CREDENTIALS });
  });

  it('takes about as long for an unknown email as for a wrong password', async () => {
    const time = async (email: string): Promise<number> => {
      const started = process.hrtime.bigint();
      await failure(profiles.call(START_SESSION, { email, password: 'not the password' }));
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const known: number[] = [];
    const unknown: number[] = [];
    // Interleaved rounds and medians: a busy machine slows single calls, not one path more than the other.
    for (let round = 0; round < 9; round += 1) {
      known.push(await time(registration.email));
      unknown.push(await time(`nobody.${round}@example.org`));
    }
    // Both paths run one argon2id verification; without the decoy the unknown email answers ~10x faster.
    expect(median(unknown) / median(known)).toBeGreaterThan(0.5);
  });

  it('rotates the refresh token on every use, within the same session', async () => {
    const first = await signIn();
    const second = await refresh(first.refreshToken);
    expect(second.sessionId).toBe(first.sessionId);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const third = await refresh(second.refreshToken);
    expect(third.sessionId).toBe(first.sessionId);
  });

  it('ends the whole session when an old refresh token is presented again', async () => {
    const first = await signIn();
    const second = await refresh(first.refreshToken);
    await expect(failure(refresh(first.refreshToken))).resolves.toMatchObject({
      code: ErrorCode.UNAUTHENTICATED,
    });
    // The thief replayed the old token; the legitimate newer one dies with the family.
    await expect(failure(refresh(second.refreshToken))).resolves.toMatchObject({
      code: ErrorCode.UNAUTHENTICATED,
    });
    expect(await liveTokens(first.sessionId)).toBe(0);
  });

  it('lets only one of two concurrent uses of the same token win', async () => {
    const grant = await signIn();
    const outcomes = await Promise.allSettled([refresh(grant.refreshToken), refresh(grant.refreshToken)]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
  });

  it('refuses an expired refresh token and ends its session', async () => {
    const grant = await signIn();
    await profiles.sql(
      `UPDATE profiles.refresh_tokens SET expires_at = now() - interval '1 minute' WHERE family_id = $1`,
      [grant.sessionId],
    );
    await expect(failure(refresh(grant.refreshToken))).resolves.toMatchObject({
      code: ErrorCode.UNAUTHENTICATED,
    });
    const [row] = await profiles.sql<{ revoked: boolean }>(
      'SELECT bool_and(revoked_at IS NOT NULL) AS revoked FROM profiles.refresh_tokens WHERE family_id = $1',
      [grant.sessionId],
    );
    expect(row?.revoked).toBe(true);
  });

  it('refuses forged and malformed refresh tokens', async () => {
    const grant = await signIn();
    const [id] = grant.refreshToken.split('.');
    const forged = `${id}.${'A'.repeat(43)}`;
    await expect(failure(refresh(forged))).resolves.toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    await expect(failure(refresh('garbage'))).resolves.toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    // A forged secret proves nothing, so it must not end the real session either.
    await expect(refresh(grant.refreshToken)).resolves.toMatchObject({ sessionId: grant.sessionId });
  });

  it('signs out: the refresh token stops working', async () => {
    const grant = await signIn();
    await expect(profiles.call(END_SESSION, { refreshToken: grant.refreshToken })).resolves.toEqual({
      ended: true,
    });
    await expect(failure(refresh(grant.refreshToken))).resolves.toMatchObject({
      code: ErrorCode.UNAUTHENTICATED,
    });
  });

  it('refuses to sign in a suspended account', async () => {
    const suspended = aRegistration();
    const created = await profiles.call<AccountView>(REGISTER_ACCOUNT, suspended);
    await profiles.sql(`UPDATE profiles.accounts SET status = 'suspended' WHERE id = $1`, [created.id]);
    await expect(
      failure(profiles.call(START_SESSION, { email: suspended.email, password: suspended.password })),
    ).resolves.toMatchObject({ code: ErrorCode.FORBIDDEN });
  });
});
