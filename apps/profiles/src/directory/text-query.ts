/** Words shorter than this match exactly; longer ones also match as a prefix. */
const PREFIX_MIN_LENGTH = 3;
/** More words add little to a directory search and make the query slower. */
const MAX_WORDS = 8;

/**
 * Turns what a person typed into `to_tsquery` syntax: every word must match,
 * the last one (3+ letters) also as a prefix of a stem, as in a search box
 * that answers while typing ("dév" finds "développeur"; "développeuse",
 * stemmed "developp", finds "développeur" too). Earlier words match whole
 * stems: prefixes of every word made multi-word searches several times
 * slower at 100k alumni. Only letters and digits are kept, so nothing typed
 * can inject tsquery operators. Accents and case are handled by the text
 * search configuration (unaccent), not here. Null when nothing searchable was typed.
 */
export function toPrefixTsQuery(text: string): string | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const kept = words.slice(0, MAX_WORDS);
  const terms = kept.map((word, index) =>
    index === kept.length - 1 && word.length >= PREFIX_MIN_LENGTH ? `${word}:*` : word,
  );
  return terms.length > 0 ? terms.join(' & ') : null;
}
