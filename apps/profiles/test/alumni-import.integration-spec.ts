import {
  ALUMNI_IMPORT_MAX_ROWS,
  ErrorCode,
  IMPORT_ALUMNI,
  REGISTER_ACCOUNT,
  Role,
  type AccountView,
  type ImportAlumniReport,
} from '@passerelle/contracts';
import type { ActorRef, DomainError } from '@passerelle/nest-common';
import { aRegistration } from '@passerelle/testing';
import { useProfilesHarness } from './profiles-harness.js';

describe('alumni import over NATS', () => {
  const profiles = useProfilesHarness();
  let staff: ActorRef;
  beforeAll(async () => {
    const account = await profiles.call<AccountView>(REGISTER_ACCOUNT, aRegistration());
    await profiles.sql(`UPDATE profiles.accounts SET role = 'staff' WHERE id = $1`, [account.id]);
    staff = { userId: account.id, role: Role.Staff };
  });

  it('refuses a student even when the call does not come through the gateway', async () => {
    const error = await profiles
      .call(
        IMPORT_ALUMNI,
        { mode: 'dry-run', csv: 'email,display_name\na@example.org,A' },
        {
          userId: staff.userId,
          role: Role.Student,
        },
      )
      .catch((failure: DomainError) => failure);
    expect(error).toMatchObject({ code: ErrorCode.FORBIDDEN });
  });

  it(`applies the largest file (${ALUMNI_IMPORT_MAX_ROWS} alumni) in one transaction, then finds it unchanged`, async () => {
    const lines = Array.from(
      { length: ALUMNI_IMPORT_MAX_ROWS },
      (_, index) =>
        `bulk${index}@example.org,Alumni ${index},${1990 + (index % 30)},Master ${index % 7},Entreprise ${index % 50},Consultant,consulting,Lyon,FR`,
    );
    const csv = [
      'email,display_name,graduation_year,programme,employer,job_title,sector,city,country',
      ...lines,
    ].join('\n');
    const started = Date.now();
    const applied = await profiles.client.request<ImportAlumniReport>(
      IMPORT_ALUMNI,
      { mode: 'apply', csv },
      { correlationId: 'bulk-import', actor: staff },
      60_000,
    );
    const applyMs = Date.now() - started;
    expect(applied.counts).toEqual({ create: ALUMNI_IMPORT_MAX_ROWS, update: 0, unchanged: 0, error: 0 });
    const [count] = await profiles.sql<{ count: string }>(
      `SELECT count(*) FROM profiles.alumnus_profiles p JOIN profiles.accounts a ON a.id = p.account_id WHERE a.email LIKE 'bulk%'`,
    );
    expect(Number(count!.count)).toBe(ALUMNI_IMPORT_MAX_ROWS);

    const dryStarted = Date.now();
    const again = await profiles.client.request<ImportAlumniReport>(
      IMPORT_ALUMNI,
      { mode: 'dry-run', csv },
      { correlationId: 'bulk-dry-run', actor: staff },
      60_000,
    );
    const dryRunMs = Date.now() - dryStarted;
    expect(again.counts.unchanged).toBe(ALUMNI_IMPORT_MAX_ROWS);
    console.log(
      `alumni import of ${ALUMNI_IMPORT_MAX_ROWS} rows: apply ${applyMs} ms, dry run ${dryRunMs} ms`,
    );
  }, 120_000);
});
