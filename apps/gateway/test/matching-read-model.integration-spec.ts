import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { LIST_MATCHING_FACTS, type MatchingFactsPage } from '@passerelle/contracts';
import { createDataSource, rebuildReadModel } from '@passerelle/matching';
import { NatsRpcClient } from '@passerelle/nest-common';
import { waitUntil } from '@passerelle/testing';
import { bearer, useGatewayHarness, type SignedIn } from './gateway-harness.js';

/** Profiles and matching as they run: profiles' outbox publishes, matching's inbox applies. */
describe('matching’s read model of the profiles', () => {
  const harness = useGatewayHarness();

  const memberOf = async (accountId: string) =>
    (
      await harness.sql<{ display_name: string; target_roles: string[]; places_taken: number }>(
        'SELECT display_name, target_roles, places_taken FROM matching.members WHERE account_id = $1',
        [accountId],
      )
    )[0];
  const saveStudentProfile = (session: SignedIn, targetRoles: string[]) =>
    harness.http({
      method: 'PUT',
      url: '/api/v1/me/profile',
      headers: bearer(session),
      payload: { student: { targetRoles, languages: ['fr'] } },
    });

  it('gets a student’s saved profile through profiles’ outbox and the inbox', async () => {
    const student = await harness.signUp({ role: 'student', displayName: 'Léa Martin' });
    expect((await saveStudentProfile(student, ['Data analyst'])).statusCode).toBe(200);
    await waitUntil(async () => (await memberOf(student.accountId)) !== undefined, 'the member row');
    expect(await memberOf(student.accountId)).toMatchObject({
      display_name: 'Léa Martin',
      target_roles: ['Data analyst'],
    });
  });

  describe('rebuilt from profiles', () => {
    let dataSource: DataSource;
    let profiles: NatsRpcClient;

    beforeAll(async () => {
      dataSource = await createDataSource(harness.database.url, 2).initialize();
      profiles = new NatsRpcClient({ url: harness.nats.url, name: 'rebuild-test', timeoutMs: 10_000 });
      await profiles.connect();
    });
    afterAll(async () => {
      await profiles.close();
      await dataSource.destroy();
    });

    const rebuild = () =>
      rebuildReadModel(
        dataSource,
        (request) =>
          profiles.request<MatchingFactsPage>(LIST_MATCHING_FACTS, request, { correlationId: randomUUID() }),
        { pageSize: 2 },
      );

    it('puts back lost rows and stale facts, keeps the places taken, and forgets members profiles no longer has', async () => {
      const lost = await harness.signUp({ role: 'student', displayName: 'Perdu Lost' });
      const stale = await harness.signUp({ role: 'student', displayName: 'Ancien Nom' });
      await saveStudentProfile(lost, ['Data analyst']);
      await saveStudentProfile(stale, ['Data analyst']);
      await waitUntil(
        async () =>
          (await memberOf(lost.accountId)) !== undefined && (await memberOf(stale.accountId)) !== undefined,
        'both member rows',
      );
      // Events lost on the way: a row gone, one behind, and a member whose account profiles no longer lists.
      await harness.sql('DELETE FROM matching.members WHERE account_id = $1', [lost.accountId]);
      await harness.sql(
        `UPDATE matching.members SET display_name = 'Out of date', target_roles = '{}', places_taken = 1,
           profile_updated_at = '2000-01-01' WHERE account_id = $1`,
        [stale.accountId],
      );
      const ghost = randomUUID();
      await harness.sql(
        `INSERT INTO matching.members (account_id, role, display_name, time_zone, profile_updated_at, changed_at)
         VALUES ($1, 'alumnus', 'Ghost', 'UTC', '2000-01-01', '2000-01-01')`,
        [ghost],
      );

      const report = await rebuild();

      expect(report.erased).toBe(1);
      expect(report.listed).toBeGreaterThanOrEqual(2);
      expect(await memberOf(lost.accountId)).toMatchObject({ display_name: 'Perdu Lost' });
      expect(await memberOf(stale.accountId)).toMatchObject({
        display_name: 'Ancien Nom',
        target_roles: ['Data analyst'],
        places_taken: 1,
      });
      expect(await memberOf(ghost)).toBeUndefined();

      // Run again, nothing left to repair.
      const again = await rebuild();
      expect(again).toMatchObject({ changed: 0, erased: 0 });
    });
  });
});
