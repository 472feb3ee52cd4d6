import {
  APPROVE_MENTOR,
  ERASE_MY_ACCOUNT,
  ErrorCode,
  LIST_MATCHING_FACTS,
  PROFILE_UPDATED,
  SUSPEND_MENTOR,
  UPDATE_MY_ACCOUNT,
  UPDATE_MY_PROFILE,
  type MatchingFacts,
  type MatchingFactsPage,
  type ProfileUpdatedEvent,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { aStaffMember, onboardingSteps } from './onboarding-helpers.js';
import { failure, useProfilesHarness } from './profiles-harness.js';

describe('matching facts (the read model matching rebuilds from)', () => {
  const profiles = useProfilesHarness();
  const steps = onboardingSteps(profiles);
  const staff = aStaffMember();

  const page = (request: { afterAccountId?: string; limit: number }) =>
    profiles.call<MatchingFactsPage>(LIST_MATCHING_FACTS, request);
  const updateMine = (actor: ActorRef, changes: object) => profiles.call(UPDATE_MY_PROFILE, changes, actor);
  const lastEventOf = async (accountId: string): Promise<ProfileUpdatedEvent> => {
    const rows = await profiles.sql<{ payload: ProfileUpdatedEvent }>(
      `SELECT payload FROM profiles.outbox WHERE subject = $1 AND payload->>'accountId' = $2 ORDER BY position`,
      [PROFILE_UPDATED, accountId],
    );
    return rows.at(-1)!.payload;
  };
  /** Every page, following nextAfterAccountId as the rebuild does. */
  const allFacts = async (limit: number): Promise<MatchingFacts[]> => {
    const items: MatchingFacts[] = [];
    let afterAccountId: string | undefined;
    for (;;) {
      const reply = await page({ afterAccountId, limit });
      items.push(...reply.items);
      if (!reply.nextAfterAccountId) return items;
      afterAccountId = reply.nextAfterAccountId;
    }
  };

  it('carries the name, job title, target roles and graduation year in profile.updated', async () => {
    const alumnus = await steps.register('alumnus');
    await updateMine(alumnus, { alumnus: { jobTitle: 'Data analyst', graduationYear: 2015 } });
    expect(await lastEventOf(alumnus.userId)).toMatchObject({
      jobTitle: 'Data analyst',
      graduationYear: 2015,
      targetRoles: [],
    });

    const student = await steps.register('student');
    await updateMine(student, {
      student: { targetRoles: ['Data engineer'], expectedGraduationYear: 2027 },
    });
    expect(await lastEventOf(student.userId)).toMatchObject({
      jobTitle: null,
      targetRoles: ['Data engineer'],
      graduationYear: 2027,
    });
  });

  it('records profile.updated when the display name changes in the account settings', async () => {
    const alumnus = await steps.register('alumnus');
    await profiles.call(UPDATE_MY_ACCOUNT, { displayName: 'Inès Haddad' }, alumnus);
    expect(await lastEventOf(alumnus.userId)).toMatchObject({ displayName: 'Inès Haddad' });
  });

  it('lists every alumnus and student once, page after page, with the event payload and the mentor standing', async () => {
    const mentor = await steps.readyMentor();
    await profiles.call(APPROVE_MENTOR, { accountId: mentor.userId }, staff);
    await updateMine(mentor, { alumnus: { jobTitle: 'Contrôleur de gestion', capacity: 2 } });
    const suspended = await steps.readyMentor();
    await profiles.call(APPROVE_MENTOR, { accountId: suspended.userId }, staff);
    await profiles.call(SUSPEND_MENTOR, { accountId: suspended.userId, reason: 'Plainte reçue' }, staff);
    const student = await steps.register('student');
    await updateMine(student, { student: { targetRoles: ['Contrôleur de gestion'] } });

    const facts = await allFacts(2);
    const ids = facts.map((item) => item.accountId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());

    const byId = new Map(facts.map((item) => [item.accountId, item]));
    const { updatedAt: _eventTime, ...event } = await lastEventOf(mentor.userId);
    expect(byId.get(mentor.userId)).toMatchObject({
      ...event,
      approval: 'approved',
      availableToMentor: true,
    });
    expect(byId.get(suspended.userId)).toMatchObject({ approval: 'suspended', availableToMentor: false });
    expect(byId.get(student.userId)).toMatchObject({
      role: 'student',
      targetRoles: ['Contrôleur de gestion'],
      approval: 'none',
      availableToMentor: false,
      capacity: null,
    });
  });

  it('leaves out staff and erased accounts', async () => {
    const erased = await steps.register('alumnus');
    await profiles.call(ERASE_MY_ACCOUNT, { currentPassword: 'correct horse battery staple' }, erased);
    const ids = (await allFacts(500)).map((item) => item.accountId);
    expect(ids).not.toContain(erased.userId);
    const staffIds = await profiles.sql<{ id: string }>(
      `SELECT id FROM profiles.accounts WHERE role IN ('staff', 'admin')`,
    );
    for (const { id } of staffIds) expect(ids).not.toContain(id);
  });

  it('refuses a page larger than 500 or a malformed cursor, naming the field', async () => {
    const tooLarge = await failure(page({ limit: 501 }));
    expect(tooLarge.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(tooLarge.details.fields?.map((field: { field: string }) => field.field)).toEqual(['limit']);
    const cursor = await failure(page({ afterAccountId: 'nope', limit: 10 }));
    expect(cursor.details.fields?.map((field: { field: string }) => field.field)).toEqual(['afterAccountId']);
  });
});
