// Type-only imports of the contracts (the classes would bundle class-validator).
import type {
  EndMentorshipBody,
  GoalProgressBody,
  MentorshipGoalFields,
  MentorshipPage,
  MentorshipView,
  StalledMentorshipPage,
  UpdateAgreementBody,
} from '@passerelle/contracts';
import { api } from '../api/client';

export type { MentorshipPage, MentorshipView, StalledMentorshipPage };
export type MentorshipGoal = MentorshipView['goals'][number];

export const PAGE_SIZE = 10;

const one = (mentorshipId: string) => `/matching/mentorships/${encodeURIComponent(mentorshipId)}`;
const goal = (mentorshipId: string, goalId: string) =>
  `${one(mentorshipId)}/goals/${encodeURIComponent(goalId)}`;

/** The lifecycle steps that take only an optional note. */
export type NoteAction = 'agreement/decline' | 'pause' | 'resume' | 'complete';

export const mentorshipsApi = {
  list: (page: number) =>
    api.call<MentorshipPage>('GET', `/matching/mentorships?page=${page}&pageSize=${PAGE_SIZE}`),
  get: (mentorshipId: string) => api.call<MentorshipView>('GET', one(mentorshipId)),
  acceptAgreement: (mentorshipId: string) =>
    api.call<MentorshipView>('POST', `${one(mentorshipId)}/agreement/accept`, {}),
  updateAgreement: (mentorshipId: string, body: UpdateAgreementBody) =>
    api.call<MentorshipView>('PATCH', `${one(mentorshipId)}/agreement`, body),
  step: (mentorshipId: string, action: NoteAction, note: string) =>
    api.call<MentorshipView>('POST', `${one(mentorshipId)}/${action}`, note ? { note } : {}),
  end: (mentorshipId: string, body: EndMentorshipBody) =>
    api.call<MentorshipView>('POST', `${one(mentorshipId)}/end`, body),
  addGoal: (mentorshipId: string, fields: MentorshipGoalFields) =>
    api.call<MentorshipView>('POST', `${one(mentorshipId)}/goals`, { goal: fields }),
  updateGoal: (mentorshipId: string, goalId: string, fields: MentorshipGoalFields) =>
    api.call<MentorshipView>('PATCH', goal(mentorshipId, goalId), { goal: fields }),
  recordProgress: (mentorshipId: string, goalId: string, body: GoalProgressBody) =>
    api.call<MentorshipView>('POST', `${goal(mentorshipId, goalId)}/progress`, body),
  stalled: (page: number) =>
    api.call<StalledMentorshipPage>(
      'GET',
      `/staff/matching/mentorships/stalled?page=${page}&pageSize=${PAGE_SIZE}`,
    ),
};
