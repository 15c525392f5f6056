/**
 * How catalogue search reads Czech: shared by the Worker's FTS5 queries and the PWA's offline index, so "trebon"
 * finds Třeboň and "seniorům" finds "seniory" in both.
 *
 * Folding: NFD, combining marks removed, lower case (what FTS5's `unicode61 remove_diacritics 2` does to the index).
 * Stemming: a light, query-side suffix stripper. The index keeps whole words; a stripped query term is then matched
 * as a prefix, so "seniorům" → "senior*" finds senioři, seniory, seniorů and "Třeboni" → "trebon*" finds Třeboň.
 * It strips one common case or adjective ending of words of five letters or more and keeps at least four letters.
 * Vowel changes inside the stem (dům / domy, Tábor / Tábora is fine, pes / psa is not) are not handled.
 */

/** Endings, folded, longest first so "ovych" wins over "y". */
const ENDINGS = [
  'atech', 'ovych', 'ovymi', 'ovemu', 'oveho',
  'ach', 'ech', 'ich', 'ami', 'emi', 'ymi', 'imi', 'ovi', 'ove', 'ovy', 'emu', 'eho', 'ymu', 'imu', 'ym', 'im',
  'um', 'em', 'am', 'ou', 'mi', 'ho',
  'a', 'e', 'i', 'o', 'u', 'y',
];
const MIN_WORD = 5;
const MIN_STEM = 4;
const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;

export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

export function stemCzech(folded: string): string {
  if (folded.length < MIN_WORD || /\d/.test(folded)) return folded;
  for (const ending of ENDINGS) {
    if (folded.endsWith(ending) && folded.length - ending.length >= MIN_STEM) return folded.slice(0, -ending.length);
  }
  return folded;
}

/** The words of a query, folded and stemmed, at most eight; anything that is not a letter or digit separates words. */
export function searchTerms(query: string): string[] {
  const words = foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => stemCzech(word.slice(0, MAX_TERM_LENGTH)));
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/**
 * An FTS5 MATCH expression in which user input can only ever be prefix terms: every term is quoted and holds only
 * letters and digits, so quotes, `*`, `-`, `NEAR`, `AND`, `OR` and parentheses in the query are plain separators.
 * Terms are ANDed. Returns null for a query without any word.
 */
export function ftsMatchExpression(query: string): string | null {
  const terms = searchTerms(query);
  return terms.length ? terms.map((term) => `"${term}"*`).join(' ') : null;
}
