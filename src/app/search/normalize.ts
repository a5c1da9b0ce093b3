// Text normalisation for search: accents and case folded, words split, French filler words dropped.

/** Words too common in French to help a search. */
const STOP_WORDS = new Set([
  'a',
  'au',
  'aux',
  'avec',
  'ce',
  'ces',
  'd',
  'dans',
  'de',
  'des',
  'du',
  'en',
  'est',
  'et',
  'il',
  'elle',
  'l',
  'la',
  'le',
  'les',
  'ma',
  'mes',
  'mon',
  'ne',
  'ou',
  'par',
  'pas',
  'pour',
  'qu',
  'que',
  'qui',
  's',
  'sa',
  'se',
  'ses',
  'son',
  'sur',
  'un',
  'une',
  'y',
]);

/** Lower case, without diacritics (NFD then combining marks removed), ligatures spelled out. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/** True for a word that carries no meaning on its own in a French search. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/**
 * The words of `text`, folded. A hyphenated word also gives its joined form ("e-mail" → "mail",
 * "email"), so that either spelling finds it. Stop words and single letters are dropped unless
 * `keepAll` is set (the word being typed at the end of a query).
 */
export function tokenize(text: string, keepAll = false): string[] {
  const out: string[] = [];
  for (const chunk of foldText(text).split(/[^a-z0-9-]+/)) {
    const parts = chunk.split('-').filter((p) => p.length > 0);
    if (parts.length > 1) parts.push(parts.join(''));
    for (const part of parts) {
      if (keepAll || (part.length > 1 && !STOP_WORDS.has(part))) out.push(part);
    }
  }
  return out;
}

const SUFFIXES = [
  'issements',
  'issement',
  'ations',
  'ation',
  'ements',
  'ement',
  'atrice',
  'ateur',
  'euses',
  'euse',
  'eurs',
  'eur',
  'er',
  'ez',
  'ee',
  'es',
  'e',
];

/**
 * A light French stem, so that "déclaration", "déclarer" and "déclarez" meet ("declar").
 * Deliberately timid: short words are kept whole and at least four letters remain.
 */
export function stem(word: string): string {
  if (word.length < 5 || /\d/.test(word)) return word;
  let w = word.endsWith('s') || word.endsWith('x') ? word.slice(0, -1) : word;
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}
