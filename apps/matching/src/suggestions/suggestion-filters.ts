import type { ListSuggestionsQuery, SuggestionFilter } from '@passerelle/contracts';
import type { IndexedMentor } from './suggestion-index.js';

/** The filters that narrow the mentors themselves (the time-zone limit is the mentee's hard filter instead). */
type MentorFilters = Pick<ListSuggestionsQuery, 'sector' | 'language' | 'topic' | 'format'>;

/** Keeps the mentors every chosen filter accepts; null when none is chosen (the index searches them all). */
export function mentorFilterOf(filters: MentorFilters): ((mentor: IndexedMentor) => boolean) | null {
  const { sector, language, topic, format } = filters;
  if (!sector && !language && !topic && !format) return null;
  return ({ facts, formats }) =>
    (!sector || facts.sector === sector) &&
    (!language || facts.languages.includes(language)) &&
    (!topic || facts.topics.includes(topic)) &&
    (!format || formats.includes(format));
}

/** The filters the query sets, in the order the page shows them. */
export function chosenFilters(query: ListSuggestionsQuery): SuggestionFilter[] {
  const chosen: SuggestionFilter[] = [];
  if (query.sector) chosen.push('sector');
  if (query.language) chosen.push('language');
  if (query.maxTimeZoneGapHours !== undefined) chosen.push('maxTimeZoneGapHours');
  if (query.topic) chosen.push('topic');
  if (query.format) chosen.push('format');
  return chosen;
}

/** The query without one filter. */
export function withoutFilter(query: ListSuggestionsQuery, filter: SuggestionFilter): ListSuggestionsQuery {
  const { [filter]: _dropped, ...rest } = query;
  return rest as ListSuggestionsQuery;
}
