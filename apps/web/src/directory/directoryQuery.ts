import type { DirectorySort } from './directoryApi';

/** The sorts offered, in the order of the menu (the API's DIRECTORY_SORTS). */
export const SORTS: readonly DirectorySort[] = ['relevance', 'recent-activity', 'graduation-year'];

/** Filters kept in the address (so a search can be shared, bookmarked and undone with Back). */
export const FILTER_KEYS = [
  'q',
  'sector',
  'skill',
  'language',
  'country',
  'graduationYearFrom',
  'graduationYearTo',
  'utcOffsetFrom',
  'utcOffsetTo',
  'topic',
  'format',
  'hasFreeCapacity',
  'availableOnly',
  'sort',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const PAGE_SIZE = 12;

/** The address's search parameters with one filter changed; any change goes back to page 1. */
export function withFilter(params: URLSearchParams, key: FilterKey, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === '') next.delete(key);
  else next.set(key, value);
  next.delete('page');
  return next;
}

export function withPage(params: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(params);
  if (page <= 1) next.delete('page');
  else next.set('page', String(page));
  return next;
}

/** How many filters (text and sort aside) are set: shown on the panel and used for the empty state. */
export function activeFilterCount(params: URLSearchParams): number {
  return FILTER_KEYS.filter((key) => key !== 'q' && key !== 'sort' && params.get(key)).length;
}

/** What the page sends to the API: the known filters of the address, plus the page size. */
export function apiQuery(params: URLSearchParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1) query.set('page', String(page));
  query.set('pageSize', String(PAGE_SIZE));
  return query;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "il y a 3 jours", "yesterday"… in the reader's language; "now" under a minute. */
export function relativeTime(iso: string, now: Date, locale: string): string {
  const elapsed = new Date(iso).getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(elapsed) >= size) return format.format(Math.round(elapsed / size), unit);
  }
  return format.format(0, 'minute');
}

/** UTC offsets offered by the time-zone filter, in hours. */
export const UTC_OFFSETS: readonly number[] = Array.from({ length: 27 }, (_, index) => index - 12);

export function utcOffsetLabel(hours: number): string {
  return hours === 0 ? 'UTC' : `UTC${hours > 0 ? '+' : '−'}${Math.abs(hours)}`;
}
