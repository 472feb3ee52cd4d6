import {
  CHANGE_MY_PASSWORD,
  ErrorCode,
  GET_MY_ACCOUNT,
  pingSubject,
  REGISTER_ACCOUNT,
  Role,
  START_SESSION,
  UPDATE_MY_ACCOUNT,
  type AccountView,
  type ChangeMyPasswordReply,
  type SessionGrant,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { aRegistration } from '@passerelle/testing';
import { failure, useProfilesHarness } from './profiles-harness.js';

describe('accounts over NATS', () => {
  const profiles = useProfilesHarness();

  const register = (overrides = {}) => profiles.call<AccountView>(REGISTER_ACCOUNT, aRegistration(overrides));
  const actorOf = (account: AccountView, sessionId?: string): ActorRef => ({
    userId: account.id,
    role: account.role,
    sessionId,
  });

  it('answers its ping', async () => {
    await expect(profiles.call(pingSubject('profiles'), {})).resolves.toMatchObject({ service: 'profiles' });
  });

  it('registers a student with French and Paris time as defaults, without exposing the password', async () => {
    const account = await register({ email: 'Ines.Garcia@Example.org', displayName: '  Inès Garcia ' });
    expect(account).toMatchObject({
      email: 'ines.garcia@example.org',
      displayName: 'Inès Garcia',
      role: Role.Student,
      locale: 'fr',
      timeZone: 'Europe/Paris',
      status: 'active',
    });
    expect(JSON.stringify(account)).not.toMatch(/password|hash/i);
  });

  it('refuses a second account with the same email in another case', async () => {
    await register({ email: 'paul.roux@example.org' });
    const error = await failure(register({ email: 'PAUL.Roux@example.org' }));
    expect(error).toMatchObject({ code: ErrorCode.CONFLICT });
    expect(error.details.fields?.[0]?.field).toBe('email');
  });

  it.each([
    ['email', { email: 'paul@' }],
    ['password', { password: 'short' }],
    ['role', { role: 'admin' }],
    ['timeZone', { timeZone: 'Europe/Atlantis' }],
    ['displayName', { displayName: ['array'] }],
    ['isStaff', { isStaff: true }],
  ])('refuses a registration with a bad %s, naming it, and stores nothing', async (field, overrides) => {
    const email = `bad.${field.toLowerCase()}@example.org`;
    const error = await failure(
      profiles.call(REGISTER_ACCOUNT, { ...aRegistration({ email }), ...overrides }),
    );
    expect(error.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(error.details.fields?.map((entry) => entry.field)).toContain(field);
    await expect(profiles.sql('SELECT id FROM profiles.accounts WHERE email = $1', [email])).resolves.toEqual(
      [],
    );
  });

  it('reads and updates only the actor’s own account', async () => {
    const account = await register();
    const updated = await profiles.call<AccountView>(
      UPDATE_MY_ACCOUNT,
      { displayName: 'Camille D.', locale: 'en', timeZone: 'America/Montreal' },
      actorOf(account),
    );
    expect(updated).toMatchObject({
      id: account.id,
      displayName: 'Camille D.',
      locale: 'en',
      timeZone: 'America/Montreal',
    });
    await expect(profiles.call(GET_MY_ACCOUNT, {}, actorOf(account))).resolves.toEqual(updated);
  });

  it('refuses to read an account without an actor', async () => {
    await expect(failure(profiles.call(GET_MY_ACCOUNT, {}))).resolves.toMatchObject({
      code: ErrorCode.UNAUTHENTICATED,
    });
  });

  it('refuses an invalid time zone on update and keeps the old one', async () => {
    const account = await register({ timeZone: 'Africa/Dakar' });
    const error = await failure(profiles.call(UPDATE_MY_ACCOUNT, { timeZone: 'Paris' }, actorOf(account)));
    expect(error.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(error.message).toContain('timeZone');
    await expect(profiles.call(GET_MY_ACCOUNT, {}, actorOf(account))).resolves.toMatchObject({
      timeZone: 'Africa/Dakar',
    });
  });

  it('changes the password only with the current one, and ends the other sessions', async () => {
    const registration = aRegistration();
    const account = await register(registration);
    const credentials = { email: registration.email, password: registration.password };
    const here = await profiles.call<SessionGrant>(START_SESSION, credentials);
    await profiles.call<SessionGrant>(START_SESSION, credentials);
    await profiles.call<SessionGrant>(START_SESSION, credentials);

    const wrong = await failure(
      profiles.call(
        CHANGE_MY_PASSWORD,
        { currentPassword: 'not my password', newPassword: 'a brand new secret' },
        actorOf(account, here.sessionId),
      ),
    );
    expect(wrong.code).toBe(ErrorCode.UNAUTHENTICATED);

    const changed = await profiles.call<ChangeMyPasswordReply>(
      CHANGE_MY_PASSWORD,
      { currentPassword: registration.password, newPassword: 'a brand new secret' },
      actorOf(account, here.sessionId),
    );
    expect(changed.revokedSessions).toBe(2);
    await expect(failure(profiles.call(START_SESSION, credentials))).resolves.toMatchObject({
      code: ErrorCode.UNAUTHENTICATED,
    });
    await expect(
      profiles.call(START_SESSION, { email: registration.email, password: 'a brand new secret' }),
    ).resolves.toMatchObject({ account: { id: account.id } });
  });
});
