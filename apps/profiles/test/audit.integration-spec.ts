import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ErrorCode, LIST_AUDIT_ENTRIES, Role, type AuditEntryPage } from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { AuditTrail, auditActor } from '../src/audit/audit-trail.js';
import { DATA_SOURCE } from '../src/tokens.js';
import { failure, useProfilesHarness } from './profiles-harness.js';

describe('the audit log', () => {
  const profiles = useProfilesHarness();
  let trail: AuditTrail;
  let dataSource: DataSource;
  const staff: ActorRef = { userId: randomUUID(), role: Role.Staff };
  const student: ActorRef = { userId: randomUUID(), role: Role.Student };

  beforeAll(async () => {
    trail = profiles.service.get(AuditTrail);
    dataSource = profiles.service.get<DataSource>(DATA_SOURCE);
  });

  const list = (query: object, actor: ActorRef = staff) =>
    profiles.call<AuditEntryPage>(LIST_AUDIT_ENTRIES, query, actor);

  it('keeps who did what to whom, when and why, newest first', async () => {
    const subjectId = randomUUID();
    await dataSource.transaction((manager) =>
      trail.record(manager, {
        actorId: staff.userId,
        actorRole: staff.role,
        action: 'mentor.rejected',
        subjectId,
        reason: 'Profil incomplet',
        details: { previousStatus: 'pending' },
      }),
    );
    await dataSource.transaction((manager) =>
      trail.record(manager, {
        actorId: staff.userId,
        actorRole: staff.role,
        action: 'mentor.approved',
        subjectId,
      }),
    );

    const page = await list({ subjectId });
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(page.items.map((entry) => entry.action)).toEqual(['mentor.approved', 'mentor.rejected']);
    expect(page.items[1]).toMatchObject({
      actorId: staff.userId,
      actorRole: 'staff',
      subjectId,
      objectId: null,
      reason: 'Profil incomplet',
      details: { previousStatus: 'pending' },
    });
    expect(Date.parse(page.items[1]!.occurredAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('keeps nothing when the audited change is rolled back', async () => {
    const subjectId = randomUUID();
    await expect(
      dataSource.transaction(async (manager) => {
        await trail.record(manager, {
          actorId: null,
          actorRole: null,
          action: 'mentor.suspended',
          subjectId,
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await list({ subjectId })).total).toBe(0);
  });

  it('refuses to record outside a transaction', async () => {
    await expect(
      trail.record(dataSource.manager, { actorId: null, actorRole: null, action: 'mentor.approved' }),
    ).rejects.toThrow(/transaction/);
  });

  it('filters by action and pages', async () => {
    const subjectId = randomUUID();
    await dataSource.transaction(async (manager) => {
      for (let i = 0; i < 3; i += 1) {
        await trail.record(manager, {
          ...auditActor(staff),
          action: 'charter.published',
          objectId: `v${i}`,
          subjectId,
        });
      }
    });
    const second = await list({ subjectId, action: 'charter.published', page: 2, pageSize: 2 });
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.items).toHaveLength(1);
  });

  it('is for staff only', async () => {
    const error = await failure(list({}, student));
    expect(error.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('names a bad filter', async () => {
    const error = await failure(list({ subjectId: 'nope' }));
    expect(error.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(JSON.stringify(error.details)).toContain('subjectId');
  });
});
