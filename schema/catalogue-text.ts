/**
 * How catalogue search reads Czech: shared by the Worker's FTS5 queries and the PWA's offline index, so "trebon"
 * finds Třeboň and "seniorům" finds "seniory" in both.
 *
 * Folding: NFD, combining marks removed, lower case (what FTS5's `unicode61 remove_diacritics 2` does to the index).
 * Stemming: a light, query-side stemmer after the Dolamic & Savoy light Czech stemmer (the one Lucene's
 * CzechStemmer implements), cut down and rewritten here rather than taken from npm, because the index keeps whole
 * words and a stem is then matched as a PREFIX: a stem must be a prefix of every form of the word, so where Czech
 * changes a letter inside the word the stem stops before that letter. No npm package of it was found in the
 * package lists at hand. Rules, in order, on a folded word:
 *
 * | rule                                   | examples                                               |
 * |----------------------------------------|--------------------------------------------------------|
 * | irregular short words (table IRREGULAR)| dům, domu, domy, domě → dom (finds domov, domovy)      |
 * | one case/adjective ending, longest 1st | seniorům → senior, Třeboni → trebon, dluhy → dluh      |
 * | -ost/-osti/-ostmi (abstract nouns)     | závislosti, závislost → zavisl (finds závislý, -é)     |
 * | mobile e: -ec/-ek → stop before e      | bezdomovec, bezdomovci → bezdomov; starobinec → starobin|
 * | k/c/č alternation: stop before k or c  | pečovatelka, -ky, -ce → pecovatel (finds pečovatelská) |
 * | h/z, ch/š alternation: stop before it  | drahý / draze → dra… only from 5 letters left          |
 *
 * The rules apply to words of five letters or more and keep a stem of at least four letters (five after an
 * alternation cut), so short words are never stripped to nothing. ř/r, ů/o are folded by diacritics removal.
 */

/** Endings, folded, longest first so "ovych" wins over "y". */
const ENDINGS = [
  'atech', 'ovych', 'ovymi', 'ovemu', 'oveho', 'ostmi',
  'osti', 'ach', 'ech', 'ich', 'ami', 'emi', 'ymi', 'imi', 'ovi', 'ove', 'ovy', 'emu', 'eho', 'ymu', 'imu', 'ost', 'ym', 'im',
  'um', 'em', 'am', 'ou', 'mi', 'ho',
  'a', 'e', 'i', 'o', 'u', 'y',
];
/** Short words whose stem changes a vowel (dům / domy): the rules above would leave them unmatched. */
const IRREGULAR: Record<string, string> = { dum: 'dom', domu: 'dom', domy: 'dom', dome: 'dom', domem: 'dom', pes: 'ps', psa: 'ps' };
/** Consonants that alternate in declension (k/c/č, h/z/ž, ch/š) and the mobile e before c or k. */
const ALTERNATING = /(?:e[ck]|[kcz])$/;
const MIN_WORD = 5;
const MIN_STEM = 4;
const MIN_CUT_STEM = 5;
const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;

export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

export function stemCzech(folded: string): string {
  const irregular = IRREGULAR[folded];
  if (irregular) return irregular;
  if (folded.length < MIN_WORD || /\d/.test(folded)) return folded;
  let stem = folded;
  for (const ending of ENDINGS) {
    if (folded.endsWith(ending) && folded.length - ending.length >= MIN_STEM) {
      stem = folded.slice(0, -ending.length);
      break;
    }
  }
  const cut = ALTERNATING.exec(stem);
  if (cut && stem.length - cut[0].length >= MIN_CUT_STEM) stem = stem.slice(0, -cut[0].length);
  return stem;
}

/** Folded words of a text, in order, unstemmed. */
export function foldedWords(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The words of a query, folded and stemmed, at most eight; anything that is not a letter or digit separates words. */
export function searchTerms(query: string): string[] {
  const words = foldedWords(query).map((word) => stemCzech(word.slice(0, MAX_TERM_LENGTH)));
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
