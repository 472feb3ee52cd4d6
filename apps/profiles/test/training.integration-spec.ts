import {
  APPROVE_MENTOR,
  ErrorCode,
  GET_MENTOR_FOR_STAFF,
  GET_TRAINING_MODULE,
  LIST_TRAINING_MODULES,
  SUBMIT_TRAINING_ATTEMPT,
  type MentorQueueEntry,
  type TrainingAttemptResult,
  type TrainingModuleList,
  type TrainingModuleView,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { TrainingExpirySweep } from '../src/onboarding/training-expiry-sweep.js';
import { aStaffMember, onboardingSteps, rightAnswers, wrongAnswers } from './onboarding-helpers.js';
import { failure, useProfilesHarness } from './profiles-harness.js';

const MODULE = 'active-listening';
const MONTH_MS = 30 * 24 * 3600_000;

describe('mentor training', () => {
  // A shorter validity than the default, to see the setting is applied.
  const profiles = useProfilesHarness({ TRAINING_VALIDITY_MONTHS: '6' });
  const steps = onboardingSteps(profiles);
  const staff = aStaffMember();

  const list = (actor: ActorRef) => profiles.call<TrainingModuleList>(LIST_TRAINING_MODULES, {}, actor);
  const submit = (actor: ActorRef, answers: { questionId: string; choiceId: string }[], moduleId = MODULE) =>
    profiles.call<TrainingAttemptResult>(SUBMIT_TRAINING_ATTEMPT, { moduleId, answers }, actor);

  it('lists the four seeded modules, not started', async () => {
    const alumnus = await steps.register();
    const modules = await list(alumnus);
    expect(modules.items.map((module) => module.id)).toEqual([
      'role-of-a-mentor',
      'active-listening',
      'confidentiality',
      'how-a-session-runs',
    ]);
    expect(modules).toMatchObject({ complete: false, validityMonths: 6 });
    expect(modules.items.every((module) => module.state === 'not-started')).toBe(true);
  });

  it('sends the quiz without its answers', async () => {
    const alumnus = await steps.register();
    const module = await profiles.call<TrainingModuleView>(
      GET_TRAINING_MODULE,
      { moduleId: MODULE },
      alumnus,
    );
    expect(module.questions.length).toBeGreaterThanOrEqual(3);
    expect(module.contentFr).toContain('écoute');
    expect(JSON.stringify(module)).not.toContain('correctChoiceId');
    expect(
      module.questions.every(
        (question) => Object.keys(question).sort().join() === 'choices,id,promptEn,promptFr',
      ),
    ).toBe(true);
  });

  it('scores on the server: below the pass mark nothing is recorded and no answer is revealed', async () => {
    const alumnus = await steps.register();
    const answers = wrongAnswers(MODULE);
    // Two right out of four: 50 %, under the 75 % mark.
    const twoRight = [...rightAnswers(MODULE).slice(0, 2), ...answers.slice(2)];
    const result = await submit(alumnus, twoRight);
    expect(result).toMatchObject({ passed: false, correctAnswers: 2, questionCount: 4, passMarkPercent: 75 });
    expect(result.corrections).toEqual([]);
    expect(
      await profiles.sql('SELECT 1 FROM profiles.training_completions WHERE account_id = $1', [
        alumnus.userId,
      ]),
    ).toEqual([]);
  });

  it('records a pass at the mark, valid for the configured months, with the answers', async () => {
    const alumnus = await steps.register();
    const threeRight = [...rightAnswers(MODULE).slice(0, 3), wrongAnswers(MODULE)[3]!];
    const result = await submit(alumnus, threeRight);
    expect(result).toMatchObject({ passed: true, alreadyPassed: false, correctAnswers: 3 });
    expect(result.corrections).toHaveLength(4);
    const validFor = Date.parse(result.validUntil!) - Date.parse(result.passedAt!);
    expect(validFor).toBeGreaterThan(5.9 * MONTH_MS);
    expect(validFor).toBeLessThan(6.2 * MONTH_MS);
    const modules = await list(alumnus);
    expect(modules.items.find((module) => module.id === MODULE)).toMatchObject({ state: 'passed' });
  });

  it('returns the existing pass when submitted again while valid, whatever the answers', async () => {
    const alumnus = await steps.register();
    const first = await submit(alumnus, rightAnswers(MODULE));
    const again = await submit(alumnus, wrongAnswers(MODULE));
    expect(again).toMatchObject({
      passed: true,
      alreadyPassed: true,
      correctAnswers: 4,
      passedAt: first.passedAt,
      validUntil: first.validUntil,
    });
  });

  it('names incomplete or unknown answers and records nothing', async () => {
    const alumnus = await steps.register();
    const incomplete = await failure(submit(alumnus, rightAnswers(MODULE).slice(0, 2)));
    expect(incomplete.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(JSON.stringify(incomplete.details)).toContain('answers');
    const unknownChoice = rightAnswers(MODULE).map((answer, index) =>
      index === 0 ? { ...answer, choiceId: 'nope' } : answer,
    );
    expect((await failure(submit(alumnus, unknownChoice))).code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(
      await profiles.sql('SELECT 1 FROM profiles.training_completions WHERE account_id = $1', [
        alumnus.userId,
      ]),
    ).toEqual([]);
  });

  it('answers 404 for an unknown module and 403 to a student', async () => {
    const alumnus = await steps.register();
    expect((await failure(submit(alumnus, rightAnswers(MODULE), 'juggling'))).code).toBe(ErrorCode.NOT_FOUND);
    const student = await steps.register('student');
    expect((await failure(submit(student, rightAnswers(MODULE)))).code).toBe(ErrorCode.FORBIDDEN);
    expect((await failure(list(student))).code).toBe(ErrorCode.FORBIDDEN);
  });

  it('an expired pass must be taken again; the sweep makes the mentor unavailable and announces it', async () => {
    const mentor = await steps.readyMentor();
    await profiles.call(APPROVE_MENTOR, { accountId: mentor.userId }, staff);
    expect(await steps.mentorEvents(mentor.userId)).toEqual(['approved', 'available']);

    await profiles.sql(
      `UPDATE profiles.training_completions SET passed_at = now() - interval '7 months', valid_until = now() - interval '1 month'
       WHERE account_id = $1 AND module_id = $2`,
      [mentor.userId, MODULE],
    );
    expect((await list(mentor)).items.find((module) => module.id === MODULE)).toMatchObject({
      state: 'expired',
    });
    expect(await profiles.service.get(TrainingExpirySweep).run()).toBeGreaterThanOrEqual(1);
    const entry = await profiles.call<MentorQueueEntry>(
      GET_MENTOR_FOR_STAFF,
      { accountId: mentor.userId },
      staff,
    );
    expect(entry).toMatchObject({
      status: 'approved',
      available: false,
      training: { validModules: 3, complete: false },
    });
    expect(await steps.mentorEvents(mentor.userId)).toEqual(['approved', 'available', 'unavailable']);
    // A second sweep finds nothing new to announce.
    await profiles.service.get(TrainingExpirySweep).run();
    expect(await steps.mentorEvents(mentor.userId)).toHaveLength(3);

    // Taking the module again is scored (not idempotent any more) and makes them available again.
    const retaken = await submit(mentor, rightAnswers(MODULE));
    expect(retaken).toMatchObject({ passed: true, alreadyPassed: false });
    expect(Date.parse(retaken.validUntil!)).toBeGreaterThan(Date.now() + 5 * MONTH_MS);
    expect(await steps.mentorEvents(mentor.userId)).toEqual([
      'approved',
      'available',
      'unavailable',
      'available',
    ]);
  });
});
