/** Words shorter than this match exactly; longer ones also match as a prefix. */
const PREFIX_MIN_LENGTH = 3;
/** More words add little to a directory search and make the query slower. */
const MAX_WORDS = 8;

/**
 * Turns what a person typed into `to_tsquery` syntax: every word must match,
 * each word of 3+ letters as a prefix of a stem ("dév" finds "développeur";
 * "développeuse", stemmed "developp", finds "développeur" too). Only letters and
 * digits are kept, so nothing typed can inject tsquery operators. Accents and
 * case are handled by the text search configuration (unaccent), not here.
 * Null when nothing searchable was typed.
 */
export function toPrefixTsQuery(text: string): string | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms = words
    .slice(0, MAX_WORDS)
    .map((word) => (word.length >= PREFIX_MIN_LENGTH ? `${word}:*` : word));
  return terms.length > 0 ? terms.join(' & ') : null;
}
