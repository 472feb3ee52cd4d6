// Type-only imports of the contracts (the classes would bundle class-validator).
import type {
  AuditEntryPage,
  CharterAcceptanceView,
  CharterStandingView,
  CharterVersionView,
  CurrentCharterView,
  MentorQueueEntry,
  MentorQueuePage,
  MentorStatus,
  MyOnboardingView,
  QuizAnswer,
  TrainingAttemptResult,
  TrainingModuleList,
  TrainingModuleView,
} from '@passerelle/contracts';
import { api } from '../api/client';

export type {
  AuditEntryView,
  CurrentCharterView,
  MentorQueueEntry,
  MentorQueuePage,
  MentorStatus,
  MyOnboardingView,
  OnboardingStep,
  TrainingAttemptResult,
  TrainingModuleList,
  TrainingModuleSummary,
  TrainingModuleView,
} from '@passerelle/contracts';

const mentor = (accountId: string) => `/staff/mentors/${encodeURIComponent(accountId)}`;

export const onboardingApi = {
  mine: () => api.call<MyOnboardingView>('GET', '/me/onboarding'),
  requestMentorship: (motivation: string) =>
    api.call<MyOnboardingView>('POST', '/me/onboarding/mentor-request', motivation ? { motivation } : {}),
  charter: () => api.call<CurrentCharterView>('GET', '/charter'),
  charterStanding: (accountId: string) =>
    api.call<CharterStandingView>('GET', `/staff/people/${encodeURIComponent(accountId)}/charter`),
  acceptCharter: (version: number) =>
    api.call<CharterAcceptanceView>('POST', '/charter/acceptances', { version }),
  publishCharter: (bodyFr: string, bodyEn: string) =>
    api.call<CharterVersionView>('POST', '/staff/charter', { bodyFr, bodyEn }),
  modules: () => api.call<TrainingModuleList>('GET', '/training'),
  module: (moduleId: string) =>
    api.call<TrainingModuleView>('GET', `/training/${encodeURIComponent(moduleId)}`),
  submitQuiz: (moduleId: string, answers: QuizAnswer[]) =>
    api.call<TrainingAttemptResult>('POST', `/training/${encodeURIComponent(moduleId)}/attempts`, {
      answers,
    }),
  queue: (status: MentorStatus | '', page: number) =>
    api.call<MentorQueuePage>(
      'GET',
      `/staff/mentors?${new URLSearchParams({ ...(status && { status }), page: String(page), pageSize: '20' }).toString()}`,
    ),
  mentor: (accountId: string) => api.call<MentorQueueEntry>('GET', mentor(accountId)),
  approve: (accountId: string) => api.call<MentorQueueEntry>('POST', `${mentor(accountId)}/approve`, {}),
  reject: (accountId: string, reason: string) =>
    api.call<MentorQueueEntry>('POST', `${mentor(accountId)}/reject`, { reason }),
  suspend: (accountId: string, reason: string) =>
    api.call<MentorQueueEntry>('POST', `${mentor(accountId)}/suspend`, { reason }),
  history: (accountId: string) =>
    api.call<AuditEntryPage>(
      'GET',
      `/audit?${new URLSearchParams({ subjectId: accountId, pageSize: '50' }).toString()}`,
    ),
};
