// Type-only imports of the contracts (the classes would bundle class-validator); the few
// constants the pages need are repeated below, typed by the contracts' literals so a change
// there fails the type check here.
import type {
  COHORT_YEARS as CONTRACT_COHORT_YEARS,
  CYCLE_ENTRY_FILTERS as CONTRACT_ENTRY_FILTERS,
  CYCLE_TOP_K as CONTRACT_TOP_K,
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

export const CYCLE_TOP_K: typeof CONTRACT_TOP_K = { default: 25, min: 3, max: 50 };
export const COHORT_YEARS: typeof CONTRACT_COHORT_YEARS = { min: 1950, max: 2100 };
export const ENTRY_FILTERS: typeof CONTRACT_ENTRY_FILTERS = ['all', 'paired', 'unpaired', 'locked'];

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
