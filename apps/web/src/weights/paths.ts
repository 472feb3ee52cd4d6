export const weightsPaths = {
  page: '/staff/weights',
} as const;
