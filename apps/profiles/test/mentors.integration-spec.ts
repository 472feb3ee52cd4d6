import {
  APPROVE_MENTOR,
  ERASE_MY_ACCOUNT,
  ErrorCode,
  EXPORT_MY_DATA,
  GET_MENTOR_FOR_STAFF,
  GET_MY_ONBOARDING,
  LIST_MENTORS_FOR_STAFF,
  REGISTER_ACCOUNT,
  REJECT_MENTOR,
  REQUEST_MENTORSHIP_ROLE,
  SUSPEND_MENTOR,
  type AccountView,
  type MentorQueueEntry,
  type MentorQueuePage,
  type MyOnboardingView,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { aRegistration } from '@passerelle/testing';
import type { ExportedOnboarding } from '../src/onboarding/onboarding-personal-data.js';
import { aStaffMember, onboardingSteps } from './onboarding-helpers.js';
import { failure, useProfilesHarness } from './profiles-harness.js';

describe('mentor approval', () => {
  const profiles = useProfilesHarness();
  const steps = onboardingSteps(profiles);
  const staff = aStaffMember();

  const onboarding = (actor: ActorRef) => profiles.call<MyOnboardingView>(GET_MY_ONBOARDING, {}, actor);
  const entry = (accountId: string) =>
    profiles.call<MentorQueueEntry>(GET_MENTOR_FOR_STAFF, { accountId }, staff);
  const approve = (accountId: string, actor = staff) =>
    profiles.call<MentorQueueEntry>(APPROVE_MENTOR, { accountId }, actor);
  const reject = (accountId: string, reason: string, actor = staff) =>
    profiles.call<MentorQueueEntry>(REJECT_MENTOR, { accountId, reason }, actor);
  const suspend = (accountId: string, reason: string) =>
    profiles.call<MentorQueueEntry>(SUSPEND_MENTOR, { accountId, reason }, staff);
  const auditOf = (accountId: string) =>
    profiles.sql<{ action: string; actor_id: string; reason: string | null; details: object }>(
      `SELECT action, actor_id, reason, details FROM profiles.audit_entries WHERE subject_id = $1 ORDER BY occurred_at`,
      [accountId],
    );

  it('walks an alumnus through the steps, each one done in turn', async () => {
    const alumnus = await steps.register();
    expect((await onboarding(alumnus)).missing).toEqual([
      'mentor-request',
      'charter',
      'training',
      'approval',
    ]);

    const afterRequest = await profiles.call<MyOnboardingView>(
      REQUEST_MENTORSHIP_ROLE,
      { motivation: 'Aider' },
      alumnus,
    );
    expect(afterRequest).toMatchObject({ mentorStatus: 'pending', available: false });
    expect(afterRequest.missing).toEqual(['charter', 'training', 'approval']);

    await steps.acceptCurrentCharter(alumnus);
    expect((await onboarding(alumnus)).missing).toEqual(['training', 'approval']);
    await steps.passAllModules(alumnus);
    expect((await onboarding(alumnus)).missing).toEqual(['approval']);
    // Nothing is announced before staff approve.
    expect(await steps.mentorEvents(alumnus.userId)).toEqual([]);

    await approve(alumnus.userId);
    expect(await onboarding(alumnus)).toMatchObject({
      missing: [],
      mentorStatus: 'approved',
      available: true,
    });
    expect(await steps.mentorEvents(alumnus.userId)).toEqual(['approved', 'available']);
  });

  it('gives a student the charter step only, and refuses them the mentor request', async () => {
    const student = await steps.register('student');
    expect((await onboarding(student)).steps).toEqual([{ step: 'charter', done: false }]);
    expect((await failure(profiles.call(REQUEST_MENTORSHIP_ROLE, {}, student))).code).toBe(
      ErrorCode.FORBIDDEN,
    );
  });

  it('asking twice keeps one request', async () => {
    const alumnus = await steps.register();
    await profiles.call(REQUEST_MENTORSHIP_ROLE, { motivation: 'Première demande' }, alumnus);
    await profiles.call(REQUEST_MENTORSHIP_ROLE, { motivation: 'Seconde demande' }, alumnus);
    expect(await entry(alumnus.userId)).toMatchObject({ status: 'pending', motivation: 'Première demande' });
  });

  it('approving before the charter and training makes an approved mentor who is not available yet', async () => {
    const alumnus = await steps.register();
    await profiles.call(REQUEST_MENTORSHIP_ROLE, {}, alumnus);
    expect(await approve(alumnus.userId)).toMatchObject({ status: 'approved', available: false });
    expect(await steps.mentorEvents(alumnus.userId)).toEqual(['approved']);
    await steps.acceptCurrentCharter(alumnus);
    await steps.passAllModules(alumnus);
    expect(await entry(alumnus.userId)).toMatchObject({ available: true });
    expect(await steps.mentorEvents(alumnus.userId)).toEqual(['approved', 'available']);
  });

  it('lists pending mentors oldest first with their profile, charter and training status, paginated', async () => {
    const first = await steps.readyMentor();
    const second = await steps.register();
    await profiles.call(REQUEST_MENTORSHIP_ROLE, {}, second);
    const page = await profiles.call<MentorQueuePage>(
      LIST_MENTORS_FOR_STAFF,
      { status: 'pending', pageSize: 100 },
      staff,
    );
    const ids = page.items.map((item) => item.accountId);
    expect(ids.indexOf(first.userId)).toBeLessThan(ids.indexOf(second.userId));
    expect(page.items.every((item) => item.status === 'pending')).toBe(true);
    expect(page.items.find((item) => item.accountId === first.userId)).toMatchObject({
      charter: { current: true },
      training: { complete: true, validModules: 4, totalModules: 4 },
    });
    expect(page.items.find((item) => item.accountId === second.userId)).toMatchObject({
      charter: { current: false, acceptedVersion: null },
      training: { complete: false, validModules: 0 },
    });
    const paged = await profiles.call<MentorQueuePage>(
      LIST_MENTORS_FOR_STAFF,
      { status: 'pending', pageSize: 1, page: 2 },
      staff,
    );
    expect(paged).toMatchObject({ page: 2, pageSize: 1, total: page.total });
    expect(paged.items).toHaveLength(1);
  });

  it('rejects with a reason shown to the person and audited; a reason is required', async () => {
    const alumnus = await steps.readyMentor();
    const missing = await failure(profiles.call(REJECT_MENTOR, { accountId: alumnus.userId }, staff));
    expect(missing.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(JSON.stringify(missing.details)).toContain('reason');
    expect(await entry(alumnus.userId)).toMatchObject({ status: 'pending' });

    await reject(alumnus.userId, 'Parcours trop éloigné des besoins actuels');
    expect(await onboarding(alumnus)).toMatchObject({
      mentorStatus: 'rejected',
      decisionReason: 'Parcours trop éloigné des besoins actuels',
      available: false,
    });
    const audit = await auditOf(alumnus.userId);
    expect(audit.at(-1)).toMatchObject({
      action: 'mentor.rejected',
      actor_id: staff.userId,
      reason: 'Parcours trop éloigné des besoins actuels',
      details: { from: 'pending', to: 'rejected' },
    });
    // A rejected alumnus may ask again later.
    await profiles.call(REQUEST_MENTORSHIP_ROLE, {}, alumnus);
    expect(await entry(alumnus.userId)).toMatchObject({ status: 'pending' });
  });

  it('suspends an approved mentor with a reason: unavailable, announced and audited; approving again reinstates', async () => {
    const mentor = await steps.readyMentor();
    await approve(mentor.userId);
    expect(await suspend(mentor.userId, 'Signalement en cours d’examen')).toMatchObject({
      status: 'suspended',
      available: false,
      decisionReason: 'Signalement en cours d’examen',
    });
    expect(await steps.mentorEvents(mentor.userId)).toEqual([
      'approved',
      'available',
      'suspended',
      'unavailable',
    ]);
    expect((await auditOf(mentor.userId)).map((row) => row.action)).toEqual([
      'mentor.requested',
      'mentor.approved',
      'mentor.suspended',
    ]);
    // A suspended mentor cannot re-apply by themself.
    expect((await failure(profiles.call(REQUEST_MENTORSHIP_ROLE, {}, mentor))).code).toBe(ErrorCode.CONFLICT);
    await approve(mentor.userId);
    expect(await steps.mentorEvents(mentor.userId)).toEqual([
      'approved',
      'available',
      'suspended',
      'unavailable',
      'approved',
      'available',
    ]);
  });

  it('refuses decisions that do not apply to the current status', async () => {
    const alumnus = await steps.register();
    await profiles.call(REQUEST_MENTORSHIP_ROLE, {}, alumnus);
    const error = await failure(suspend(alumnus.userId, 'Pas encore approuvé'));
    expect(error.code).toBe(ErrorCode.CONFLICT);
    expect(error.message).toContain('this one is pending');
  });

  it('a student or an alumnus cannot decide: 403 and nothing changes', async () => {
    const candidate = await steps.readyMentor();
    for (const role of ['student', 'alumnus'] as const) {
      const person = await steps.register(role);
      expect((await failure(approve(candidate.userId, person))).code).toBe(ErrorCode.FORBIDDEN);
      expect((await failure(reject(candidate.userId, 'Je ne suis pas staff', person))).code).toBe(
        ErrorCode.FORBIDDEN,
      );
      expect((await failure(profiles.call(LIST_MENTORS_FOR_STAFF, {}, person))).code).toBe(
        ErrorCode.FORBIDDEN,
      );
    }
    expect(await entry(candidate.userId)).toMatchObject({ status: 'pending', decidedAt: null });
    expect((await auditOf(candidate.userId)).map((row) => row.action)).toEqual(['mentor.requested']);
    expect(await steps.mentorEvents(candidate.userId)).toEqual([]);
  });

  it('exports the onboarding data, and erasure removes it and announces the mentor unavailable', async () => {
    const registration = aRegistration({ role: 'alumnus' });
    const account = await profiles.call<AccountView>(REGISTER_ACCOUNT, registration);
    const mentor: ActorRef = { userId: account.id, role: account.role };
    await profiles.call(REQUEST_MENTORSHIP_ROLE, { motivation: 'Rendre ce que j’ai reçu' }, mentor);
    await steps.acceptCurrentCharter(mentor);
    await steps.passAllModules(mentor);
    await approve(mentor.userId);

    const exported = await profiles.call<{ parts: Record<string, ExportedOnboarding> }>(
      EXPORT_MY_DATA,
      {},
      mentor,
    );
    const onboardingPart = JSON.stringify(exported);
    expect(onboardingPart).toContain('Rendre ce que j’ai reçu');
    expect(onboardingPart).toContain('"charterAcceptances":[{"version":1');
    expect(onboardingPart).toContain('how-a-session-runs');

    await profiles.call(ERASE_MY_ACCOUNT, { currentPassword: registration.password }, mentor);
    for (const table of ['mentors', 'charter_acceptances', 'training_completions']) {
      expect(
        await profiles.sql(`SELECT 1 FROM profiles.${table} WHERE account_id = $1`, [mentor.userId]),
      ).toEqual([]);
    }
    expect(await steps.mentorEvents(mentor.userId)).toEqual(['approved', 'available', 'unavailable']);
  });

  it('answers 404 for someone who never asked to mentor', async () => {
    const student = await steps.register('student');
    expect((await failure(approve(student.userId))).code).toBe(ErrorCode.NOT_FOUND);
  });
});
