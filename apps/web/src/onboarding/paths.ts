export const onboardingPaths = {
  wizard: '/onboarding',
  module: '/onboarding/training/:moduleId',
  queue: '/staff/mentors',
  mentor: '/staff/mentors/:accountId',
  charterEditor: '/staff/charter',
} as const;

export const modulePath = (moduleId: string) => `/onboarding/training/${encodeURIComponent(moduleId)}`;
export const mentorPath = (accountId: string) => `/staff/mentors/${encodeURIComponent(accountId)}`;
