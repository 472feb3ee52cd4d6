export const mentorshipPaths = {
  list: '/mentorships',
  detail: '/mentorships/:mentorshipId',
  stalled: '/staff/stalled',
} as const;

export const mentorshipPath = (mentorshipId: string) => `/mentorships/${encodeURIComponent(mentorshipId)}`;
