// Type-only imports of the contracts' classes (they would bundle class-validator); the
// constants come from their dependency-free codes module.
import type {
  AssignmentFigures,
  CycleEntryFilter,
  CycleEntryPage,
  CycleEntryView,
  CyclePage,
  CycleSkipReason,
  CycleView,
  OpenCycleRequest,
  ProgrammeList,
  ProgrammeSummary,
} from '@passerelle/contracts';
import {
  COHORT_YEARS,
  CYCLE_ENTRY_FILTERS as ENTRY_FILTERS,
  CYCLE_TOP_K,
} from '@passerelle/contracts/matching-codes';
import { api } from '../api/client';
import type { Locale } from '../api/types';

export type {
  AssignmentFigures,
  CycleEntryFilter,
  CycleEntryPage,
  CycleEntryView,
  CycleSkipReason,
  CycleView,
  ProgrammeSummary,
};

export { COHORT_YEARS, CYCLE_TOP_K, ENTRY_FILTERS };

export const CYCLES_PAGE_SIZE = 10;
export const ENTRIES_PAGE_SIZE = 20;

const one = (cycleId: string) => `/staff/matching/cycles/${encodeURIComponent(cycleId)}`;

export interface EntriesQuery {
  show: CycleEntryFilter;
  page: number;
  locale: Locale;
}

export const cyclesApi = {
  programmes: () => api.call<ProgrammeList>('GET', '/matching/programmes'),
  list: (page: number) =>
    api.call<CyclePage>('GET', `/staff/matching/cycles?page=${page}&pageSize=${CYCLES_PAGE_SIZE}`),
  open: (body: OpenCycleRequest) => api.call<CycleView>('POST', '/staff/matching/cycles', body),
  get: (cycleId: string) => api.call<CycleView>('GET', one(cycleId)),
  entries: (cycleId: string, { show, page, locale }: EntriesQuery) =>
    api.call<CycleEntryPage>(
      'GET',
      `${one(cycleId)}/entries?show=${show}&locale=${locale}&page=${page}&pageSize=${ENTRIES_PAGE_SIZE}`,
    ),
  run: (cycleId: string) => api.call<CycleView>('POST', `${one(cycleId)}/run`, {}),
  lock: (cycleId: string, menteeId: string, locked: boolean) =>
    api.call<CycleView>('POST', `${one(cycleId)}/locks`, { menteeId, locked }),
  remove: (cycleId: string, menteeId: string) =>
    api.call<CycleView>('POST', `${one(cycleId)}/removals`, { menteeId }),
  swap: (cycleId: string, menteeId: string, otherMenteeId: string) =>
    api.call<CycleView>('POST', `${one(cycleId)}/swaps`, { menteeId, otherMenteeId }),
  publish: (cycleId: string) => api.call<CycleView>('POST', `${one(cycleId)}/publish`, {}),
};

export function isEntryFilter(value: string | null): value is CycleEntryFilter {
  return ENTRY_FILTERS.some((filter) => filter === value);
}
