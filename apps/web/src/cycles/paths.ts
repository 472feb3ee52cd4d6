export const cyclePaths = {
  list: '/staff/cycles',
  detail: '/staff/cycles/:cycleId',
} as const;

export const cyclePath = (cycleId: string) => `/staff/cycles/${encodeURIComponent(cycleId)}`;
