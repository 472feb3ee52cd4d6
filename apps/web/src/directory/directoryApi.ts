// Type-only imports of the contracts (the classes would bundle class-validator).
import type {
  DirectoryCard,
  DirectoryPage,
  DirectorySort,
  SearchDirectoryRequest,
  SkillPage,
  SkillView,
} from '@passerelle/contracts';
import { api } from '../api/client';

export type { DirectoryCard, DirectoryPage, DirectorySort, SearchDirectoryRequest };

export const directoryApi = {
  search: (query: URLSearchParams) => api.call<DirectoryPage>('GET', `/directory?${query.toString()}`),
};

/** Every skill of the taxonomy (a few hundred at most), for the skill filter. */
export async function allSkills(locale: string): Promise<SkillView[]> {
  const skills: SkillView[] = [];
  for (let page = 1; ; page += 1) {
    const query = new URLSearchParams({ locale, page: String(page), pageSize: '100' });
    const result = await api.call<SkillPage>('GET', `/skills?${query.toString()}`);
    skills.push(...result.items);
    if (skills.length >= result.total || result.items.length === 0) return skills;
  }
}
