import {
  Role,
  SEARCH_DIRECTORY,
  START_SESSION,
  type DirectoryPage,
  type SessionGrant,
} from '@passerelle/contracts';
import { startProfilesHarness, type ProfilesHarness } from './profiles-harness.js';
import { startProfilesService } from '../src/app.js';
import { loadConfig } from '@passerelle/nest-common';
import { ProfilesConfig } from '../src/config/profiles.config.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/seed/demo-accounts.js';
import { DEMO_POPULATION } from '../src/seed/seeder.js';

describe('accounts created at start', () => {
  let profiles: ProfilesHarness;
  const seedEnv = {
    DEMO_DATA: 'true',
    ADMIN_EMAIL: 'Admin@Example.org',
    ADMIN_PASSWORD: 'first admin password',
  };

  beforeAll(async () => {
    profiles = await startProfilesHarness(seedEnv);
  });

  afterAll(async () => {
    await profiles.stop();
  });

  it('creates the first administrator from ADMIN_EMAIL and ADMIN_PASSWORD', async () => {
    const grant = await profiles.call<SessionGrant>(START_SESSION, {
      email: 'admin@example.org',
      password: 'first admin password',
    });
    expect(grant.account.role).toBe(Role.Admin);
  });

  it('loads every demo account with the demo password, staff included', async () => {
    for (const demo of DEMO_ACCOUNTS) {
      const grant = await profiles.call<SessionGrant>(START_SESSION, {
        email: demo.email,
        password: DEMO_PASSWORD,
      });
      expect(grant.account).toMatchObject({ role: demo.role, displayName: demo.displayName });
    }
  });

  it('loads the generated alumni and students with their profiles, skills and availability', async () => {
    // The demo logins have their own profiles (demo-profiles.ts): counted apart.
    const generated = `account_id NOT IN (SELECT id FROM profiles.accounts WHERE email LIKE '%@demo.passerelle.org')`;
    const [counts] = await profiles.sql<{ alumni: string; students: string; skills: string; slots: string }>(
      `SELECT (SELECT count(*) FROM profiles.alumnus_profiles WHERE ${generated}) AS alumni,
              (SELECT count(*) FROM profiles.student_profiles WHERE ${generated}) AS students,
              (SELECT count(DISTINCT account_id) FROM profiles.person_skills WHERE ${generated}) AS skills,
              (SELECT count(DISTINCT account_id) FROM profiles.availability_slots WHERE ${generated}) AS slots`,
    );
    expect(counts).toEqual({
      alumni: String(DEMO_POPULATION.alumni),
      students: String(DEMO_POPULATION.students),
      skills: String(DEMO_POPULATION.alumni + DEMO_POPULATION.students),
      slots: String(DEMO_POPULATION.alumni + DEMO_POPULATION.students),
    });
  });

  it('fills the directory with mentors across continents, some full, some left for staff to approve', async () => {
    const idOf = async (email: string) =>
      (await profiles.sql<{ id: string }>('SELECT id FROM profiles.accounts WHERE email = $1', [email]))[0]!
        .id;
    const student = { userId: await idOf('lea.martin@demo.passerelle.org'), role: Role.Student };
    const staff = { userId: await idOf('staff@demo.passerelle.org'), role: Role.Staff };
    const search = (actor: typeof student, query: object) =>
      profiles.call<DirectoryPage>(SEARCH_DIRECTORY, query, actor);

    const mentors = await search(student, { availableOnly: true, pageSize: 100 });
    expect(mentors.total).toBeGreaterThanOrEqual(DEMO_POPULATION.alumni * 0.6);
    expect((await search(student, { hasFreeCapacity: false })).total).toBeGreaterThan(0);
    for (const country of ['FR', 'SN', 'CI', 'MA', 'CA']) {
      expect((await search(student, { country })).total).toBeGreaterThan(0);
    }
    expect(mentors.items.some((card) => card.answersWithinAFewDays === true)).toBe(true);
    expect(mentors.items.some((card) => card.answersWithinAFewDays === null)).toBe(true);

    // Staff also see the mentors waiting for approval, suspended, or whose training expired.
    const everyone = await search(staff, { pageSize: 100 });
    expect(everyone.total).toBeGreaterThan((await search(student, {})).total);
    const [queue] = await profiles.sql<{ pending: string }>(
      `SELECT count(*) AS pending FROM profiles.mentors WHERE status = 'pending'`,
    );
    expect(Number(queue?.pending)).toBeGreaterThan(0);
  });

  it('announces the generated people as any member is announced, so matching learns its mentors', async () => {
    const generated = `payload->>'accountId' NOT IN (SELECT id::text FROM profiles.accounts WHERE email LIKE '%@demo.passerelle.org')`;
    const [profilesEvents] = await profiles.sql<{ people: string; events: string }>(
      `SELECT count(DISTINCT payload->>'accountId') AS people, count(*) AS events FROM profiles.outbox
        WHERE subject = 'evt.profiles.profile.updated.v1' AND ${generated}`,
    );
    const population = DEMO_POPULATION.alumni + DEMO_POPULATION.students;
    expect(profilesEvents).toEqual({ people: String(population), events: String(population) });
    // Every mentor available in profiles was announced approved, then available; pending ones not at all.
    const [standing] = await profiles.sql<{
      available: string;
      announced: string;
      pending_announced: string;
    }>(
      `SELECT (SELECT count(*) FROM profiles.mentors WHERE available) AS available,
              (SELECT count(*) FROM profiles.outbox WHERE subject = 'evt.profiles.mentor.status-changed.v1'
                 AND payload->>'status' = 'available' AND ${generated}) AS announced,
              (SELECT count(*) FROM profiles.outbox o JOIN profiles.mentors m ON m.account_id::text = o.payload->>'accountId'
                WHERE o.subject = 'evt.profiles.mentor.status-changed.v1' AND m.status = 'pending') AS pending_announced`,
    );
    expect(Number(standing!.announced)).toBeGreaterThan(0);
    expect(Number(standing!.announced)).toBeLessThanOrEqual(Number(standing!.available));
    expect(standing!.pending_announced).toBe('0');
  });

  it('fills the demo logins’ profiles through the profile rules, once', async () => {
    const rows = await profiles.sql<{ email: string; employer: string | null; goals: string }>(
      `SELECT a.email, p.employer,
              (SELECT count(*) FROM profiles.smart_goals g WHERE g.account_id = a.id) AS goals
         FROM profiles.accounts a LEFT JOIN profiles.alumnus_profiles p ON p.account_id = a.id
        WHERE a.email IN ('julien.moreau@demo.passerelle.org', 'lea.martin@demo.passerelle.org')
        ORDER BY a.email`,
    );
    expect(rows).toEqual([
      { email: 'julien.moreau@demo.passerelle.org', employer: 'BNP Paribas', goals: '0' },
      { email: 'lea.martin@demo.passerelle.org', employer: null, goals: '1' },
    ]);
    const [events] = await profiles.sql<{ count: string }>(
      `SELECT count(*) FROM profiles.outbox o JOIN profiles.accounts a ON a.id::text = o.payload->>'accountId'
        WHERE o.subject = 'evt.profiles.profile.updated.v1' AND a.email = 'julien.moreau@demo.passerelle.org'`,
    );
    expect(Number(events!.count)).toBeGreaterThan(0);
  });

  it('changes nothing when the service starts again on the same data', async () => {
    const before = await profiles.sql('SELECT id, password_hash FROM profiles.accounts ORDER BY id');
    const profilesBefore = await profiles.sql(
      'SELECT account_id, updated_at FROM profiles.alumnus_profiles ORDER BY account_id',
    );
    const second = await startProfilesService(
      loadConfig(ProfilesConfig, {
        DATABASE_URL: profiles.database.url,
        NATS_URL: profiles.nats.url,
        LOG_LEVEL: 'silent',
        ...seedEnv,
      }),
    );
    await second.close();
    await expect(
      profiles.sql('SELECT id, password_hash FROM profiles.accounts ORDER BY id'),
    ).resolves.toEqual(before);
    await expect(
      profiles.sql('SELECT account_id, updated_at FROM profiles.alumnus_profiles ORDER BY account_id'),
    ).resolves.toEqual(profilesBefore);
  });
});
