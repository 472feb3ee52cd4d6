/**
 * How directory text is indexed and queried. Every text goes through both the
 * French and the English configuration (profiles.directory_fr / _en, created by
 * the Directory migration: unaccent, then the language's Snowball stemmer), so
 * a query matches in either language and accents never matter.
 *
 * The vector is computed when a document is written and stored in a column
 * with a GIN index, so no immutable wrapper around unaccent is needed (only an
 * index on an expression would require one).
 */
export const TEXT_SEARCH_CONFIGS = ['profiles.directory_fr', 'profiles.directory_en'] as const;

/** Importance of each part of a document, for relevance: A (most) … D. */
export type SearchWeight = 'A' | 'B' | 'C' | 'D';

/** SQL: the weighted French + English vector of a text expression (null counts as empty). */
export function weightedVectorSql(textSql: string, weight: SearchWeight): string {
  const vectors = TEXT_SEARCH_CONFIGS.map((config) => `to_tsvector('${config}', coalesce(${textSql}, ''))`);
  return `setweight(${vectors.join(' || ')}, '${weight}')`;
}

/** SQL: the tsquery of a parameter holding `to_tsquery` syntax (see toPrefixTsQuery), in either language. */
export function tsQuerySql(parameter: string): string {
  return TEXT_SEARCH_CONFIGS.map((config) => `to_tsquery('${config}', ${parameter})`).join(' || ');
}
