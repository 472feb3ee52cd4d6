import { Role, START_SESSION, type SessionGrant } from '@passerelle/contracts';
import { startProfilesHarness, type ProfilesHarness } from './profiles-harness.js';
import { startProfilesService } from '../src/app.js';
import { loadConfig } from '@passerelle/nest-common';
import { ProfilesConfig } from '../src/config/profiles.config.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/seed/demo-accounts.js';

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

  it('changes nothing when the service starts again on the same data', async () => {
    const before = await profiles.sql('SELECT id, password_hash FROM profiles.accounts ORDER BY id');
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
  });
});
