import type { SuggestionFilter } from '@passerelle/contracts/matching-codes';

/** The page's address holds the programme and the filters, so reloading or going back keeps them. */
export const FILTER_KEYS: readonly SuggestionFilter[] = [
  'sector',
  'language',
  'maxTimeZoneGapHours',
  'topic',
  'format',
];

/** Time-zone limits offered, in hours. */
export const TIME_ZONE_GAPS = [0, 1, 2, 3, 6, 9, 12] as const;

/** What to ask the API for: the programme, the filters set and the reader's language. */
export function suggestionQuery(
  params: URLSearchParams,
  programmeId: string,
  locale: string,
): URLSearchParams {
  const query = new URLSearchParams({ programmeId, locale: locale.startsWith('en') ? 'en' : 'fr' });
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  return query;
}

export function activeFilters(params: URLSearchParams): SuggestionFilter[] {
  return FILTER_KEYS.filter((key) => params.get(key));
}
