import {
  ACCOUNT_ERASED,
  ERASE_MY_ACCOUNT,
  ErrorCode,
  EXPORT_MY_DATA,
  GET_MY_ACCOUNT,
  PERSONAL_DATA_EXPORT_FORMAT,
  REFRESH_SESSION,
  REGISTER_ACCOUNT,
  START_SESSION,
  UPDATE_MY_ACCOUNT,
  UPDATE_MY_PROFILE,
  type AccountView,
  type EraseMyAccountReply,
  type PersonalDataExport,
  type SessionGrant,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { aRegistration } from '@passerelle/testing';
import { erasedEmailPlaceholder } from '../src/accounts/account-personal-data.js';
import { PersonalDataRegistry } from '../src/privacy/personal-data.registry.js';
import { failure, useProfilesHarness } from './profiles-harness.js';

describe('personal data export and account erasure over NATS', () => {
  const profiles = useProfilesHarness();

  /** A registered person signed in twice (two sessions), as the gateway would see them. */
  async function personWithTwoSessions(name: string) {
    const registration = aRegistration({ displayName: name });
    const account = await profiles.call<AccountView>(REGISTER_ACCOUNT, registration);
    const credentials = { email: registration.email, password: registration.password };
    const first = await profiles.call<SessionGrant>(START_SESSION, credentials);
    const second = await profiles.call<SessionGrant>(START_SESSION, credentials);
    const actor: ActorRef = { userId: account.id, role: account.role, sessionId: first.sessionId };
    return { registration, account, actor, sessions: [first, second] };
  }

  /** Every table of the schema whose row, as text, contains `needle`. */
  async function tablesContaining(needle: string): Promise<string[]> {
    const tables = await profiles.sql<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'profiles' AND table_type = 'BASE TABLE'`,
    );
    expect(tables.length).toBeGreaterThan(3);
    const found: string[] = [];
    for (const { table_name } of tables) {
      const [row] = await profiles.sql<{ count: string }>(
        `SELECT count(*) FROM profiles."${table_name}" AS t WHERE t::text ILIKE $1`,
        [`%${needle}%`],
      );
      if (Number(row?.count) > 0) found.push(table_name);
    }
    return found;
  }

  it('registers the account and sessions parts', () => {
    expect(profiles.service.get(PersonalDataRegistry).names()).toEqual(
      expect.arrayContaining(['account', 'sessions']),
    );
  });

  it('exports the account and its sessions, without any password or token hash', async () => {
    const { account, actor, sessions } = await personWithTwoSessions('Chloé Export');
    const exported = await profiles.call<PersonalDataExport>(EXPORT_MY_DATA, {}, actor);
    expect(exported).toMatchObject({
      format: PERSONAL_DATA_EXPORT_FORMAT,
      accountId: account.id,
      parts: {
        account: { id: account.id, email: account.email, displayName: 'Chloé Export', role: 'student' },
      },
    });
    const exportedSessions = exported.parts.sessions as { sessionId: string }[];
    expect(exportedSessions.map((session) => session.sessionId).sort()).toEqual(
      sessions.map((session) => session.sessionId).sort(),
    );
    const [stored] = await profiles.sql<{ password_hash: string }>(
      'SELECT password_hash FROM profiles.accounts WHERE id = $1',
      [account.id],
    );
    const [token] = await profiles.sql<{ secret_hash: string }>(
      'SELECT secret_hash FROM profiles.refresh_tokens WHERE account_id = $1 LIMIT 1',
      [account.id],
    );
    const text = JSON.stringify(exported);
    expect(text).not.toContain(stored!.password_hash);
    expect(text).not.toContain(token!.secret_hash);
    expect(text).not.toMatch(/hash|password/i);
  });

  it('refuses the erasure with a wrong password (401 naming currentPassword) and changes nothing', async () => {
    const { account, actor, registration } = await personWithTwoSessions('Hugo Mauvais');
    const error = await failure(
      profiles.call(ERASE_MY_ACCOUNT, { currentPassword: 'not-my-password' }, actor),
    );
    expect(error.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect(error.details.fields?.[0]?.field).toBe('currentPassword');
    await expect(profiles.call<AccountView>(GET_MY_ACCOUNT, {}, actor)).resolves.toMatchObject({
      email: registration.email,
      status: 'active',
    });
    const live = await profiles.sql('SELECT id FROM profiles.refresh_tokens WHERE account_id = $1', [
      account.id,
    ]);
    expect(live).toHaveLength(2);
    const events = await profiles.sql(`SELECT id FROM profiles.outbox WHERE payload->>'accountId' = $1`, [
      account.id,
    ]);
    expect(events).toEqual([]);
  });

  it('refuses an erasure request without a password, naming the field', async () => {
    const { actor } = await personWithTwoSessions('Léa Sansmot');
    const error = await failure(profiles.call(ERASE_MY_ACCOUNT, {}, actor));
    expect(error.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(error.details.fields?.map((field) => field.field)).toContain('currentPassword');
  });

  it('erases the account: nothing personal left in any table, sessions ended, event recorded, sign-in refused', async () => {
    const { account, actor, registration, sessions } = await personWithTwoSessions('Mathilde Effacée');
    const reply = await profiles.call<EraseMyAccountReply>(
      ERASE_MY_ACCOUNT,
      { currentPassword: registration.password },
      actor,
    );
    expect(reply.accountId).toBe(account.id);

    await expect(tablesContaining(registration.email)).resolves.toEqual([]);
    await expect(tablesContaining('Mathilde Effacée')).resolves.toEqual([]);
    const [row] = await profiles.sql<Record<string, unknown>>(
      'SELECT email, display_name, password_hash, status, last_active_at FROM profiles.accounts WHERE id = $1',
      [account.id],
    );
    expect(row).toEqual({
      email: erasedEmailPlaceholder(account.id),
      display_name: '',
      password_hash: null,
      status: 'erased',
      last_active_at: null,
    });

    const events = await profiles.sql<{ subject: string; payload: object }>(
      `SELECT subject, payload FROM profiles.outbox WHERE payload->>'accountId' = $1`,
      [account.id],
    );
    expect(events).toEqual([
      { subject: ACCOUNT_ERASED, payload: { accountId: account.id, erasedAt: reply.erasedAt } },
    ]);

    for (const session of sessions) {
      const refused = await failure(profiles.call(REFRESH_SESSION, { refreshToken: session.refreshToken }));
      expect(refused.code).toBe(ErrorCode.UNAUTHENTICATED);
    }
    const signIn = await failure(
      profiles.call(START_SESSION, { email: registration.email, password: registration.password }),
    );
    expect(signIn.code).toBe(ErrorCode.UNAUTHENTICATED);
    // The access token still valid for a few minutes cannot write a name back.
    const update = await failure(profiles.call(UPDATE_MY_ACCOUNT, { displayName: 'Mathilde' }, actor));
    expect(update.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('erases what the other features hold too: the alumnus profile leaves nothing in any table', async () => {
    const registration = aRegistration({ role: 'alumnus', displayName: 'Bastien Profil' });
    const account = await profiles.call<AccountView>(REGISTER_ACCOUNT, registration);
    const actor: ActorRef = { userId: account.id, role: account.role };
    await profiles.call(
      UPDATE_MY_PROFILE,
      {
        alumnus: {
          employer: 'Maison Bastien-Profil',
          bio: 'Ancien de la promo Bastien-Profil, ravi d’aider.',
          linkedinUrl: 'https://www.linkedin.com/in/bastien-profil',
          city: 'Grenoble',
        },
      },
      actor,
    );
    const exported = await profiles.call<PersonalDataExport>(EXPORT_MY_DATA, {}, actor);
    expect(JSON.stringify(exported)).toContain('Maison Bastien-Profil');
    await expect(tablesContaining('Bastien-Profil')).resolves.not.toEqual([]);

    await profiles.call(ERASE_MY_ACCOUNT, { currentPassword: registration.password }, actor);
    // The access token still valid for a few minutes cannot put a profile back.
    const rewrite = await failure(
      profiles.call(UPDATE_MY_PROFILE, { alumnus: { bio: 'Bastien-Profil again' } }, actor),
    );
    expect(rewrite.code).toBe(ErrorCode.NOT_FOUND);
    await expect(tablesContaining('Bastien-Profil')).resolves.toEqual([]);
    await expect(tablesContaining('Bastien Profil')).resolves.toEqual([]);
    await expect(tablesContaining(registration.email)).resolves.toEqual([]);
  });

  it('answers a retried erasure the same way, without a second event', async () => {
    const { account, actor, registration } = await personWithTwoSessions('Nathan Retry');
    const first = await profiles.call<EraseMyAccountReply>(
      ERASE_MY_ACCOUNT,
      { currentPassword: registration.password },
      actor,
    );
    const second = await profiles.call<EraseMyAccountReply>(
      ERASE_MY_ACCOUNT,
      { currentPassword: registration.password },
      actor,
    );
    expect(second).toEqual(first);
    const events = await profiles.sql(`SELECT id FROM profiles.outbox WHERE payload->>'accountId' = $1`, [
      account.id,
    ]);
    expect(events).toHaveLength(1);
  });

  it('lets the person sign up again with the same email after the erasure', async () => {
    const { actor, registration } = await personWithTwoSessions('Sarah Retour');
    await profiles.call(ERASE_MY_ACCOUNT, { currentPassword: registration.password }, actor);
    await expect(profiles.call<AccountView>(REGISTER_ACCOUNT, registration)).resolves.toMatchObject({
      email: registration.email,
      status: 'active',
    });
  });
});
