import { randomUUID } from 'node:crypto';
import {
  ACCEPT_CHARTER,
  GET_CURRENT_CHARTER,
  REGISTER_ACCOUNT,
  REQUEST_MENTORSHIP_ROLE,
  Role,
  SUBMIT_TRAINING_ATTEMPT,
  type AccountView,
  type CurrentCharterView,
  type TrainingAttemptResult,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { aRegistration } from '@passerelle/testing';
import { TRAINING_CATALOGUE } from '../src/onboarding/training-catalogue.js';
import type { ProfilesHarness } from './profiles-harness.js';

/** The right answers of a module, as the quiz form would send them. */
export const rightAnswers = (moduleId: string) =>
  TRAINING_CATALOGUE.find((module) => module.id === moduleId)!.questions.map((question) => ({
    questionId: question.id,
    choiceId: question.correctChoiceId,
  }));

/** Every answer wrong. */
export const wrongAnswers = (moduleId: string) =>
  TRAINING_CATALOGUE.find((module) => module.id === moduleId)!.questions.map((question) => ({
    questionId: question.id,
    choiceId: question.choices.find((choice) => choice.id !== question.correctChoiceId)!.id,
  }));

export const aStaffMember = (): ActorRef => ({ userId: randomUUID(), role: Role.Staff });

/** Steps of the onboarding over NATS, as a person would take them. */
export function onboardingSteps(profiles: ProfilesHarness) {
  const register = async (role: 'alumnus' | 'student' = 'alumnus'): Promise<ActorRef> => {
    const account = await profiles.call<AccountView>(REGISTER_ACCOUNT, aRegistration({ role }));
    return { userId: account.id, role: account.role };
  };
  const acceptCurrentCharter = async (actor: ActorRef) => {
    const charter = await profiles.call<CurrentCharterView>(GET_CURRENT_CHARTER, {}, actor);
    return profiles.call(ACCEPT_CHARTER, { version: charter.version }, actor);
  };
  const passAllModules = async (actor: ActorRef) => {
    for (const module of TRAINING_CATALOGUE) {
      await profiles.call<TrainingAttemptResult>(
        SUBMIT_TRAINING_ATTEMPT,
        { moduleId: module.id, answers: rightAnswers(module.id) },
        actor,
      );
    }
  };
  /** An alumnus who asked to mentor, accepted the charter and passed the training: only approval is missing. */
  const readyMentor = async (): Promise<ActorRef> => {
    const mentor = await register('alumnus');
    await profiles.call(REQUEST_MENTORSHIP_ROLE, { motivation: 'Transmettre ce que j’ai appris' }, mentor);
    await acceptCurrentCharter(mentor);
    await passAllModules(mentor);
    return mentor;
  };
  /** The mentor events recorded in the outbox for one account, oldest first. */
  const mentorEvents = async (accountId: string) =>
    (
      await profiles.sql<{ payload: { status: string } }>(
        `SELECT payload FROM profiles.outbox
         WHERE subject = 'evt.profiles.mentor.status-changed.v1' AND payload->>'accountId' = $1
         ORDER BY position`,
        [accountId],
      )
    ).map((row) => row.payload.status);
  return { register, acceptCurrentCharter, passAllModules, readyMentor, mentorEvents };
}
