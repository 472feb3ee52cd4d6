/** Where the request pages live (the find-a-mentor page belongs to the suggestions feature). */
export const requestPaths = {
  mine: '/requests',
  incoming: '/requests/incoming',
  findMentor: '/find-a-mentor',
} as const;
