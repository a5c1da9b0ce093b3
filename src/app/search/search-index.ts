// Offline full-text search: an inverted index built once, queried with prefixes, stems and typos.
import { allowedTypos, boundedEditDistance } from './edit-distance';
import { stem, tokenize } from './normalize';

/** What is searchable in one item; each field has its weight (a title counts more than the body). */
export interface SearchDocument {
  id: string;
  kind: string;
  title: string;
  keywords: string;
  summary: string;
  body: string;
}

/** How much a word counts, by where it appears. */
export const FIELD_WEIGHTS = { title: 10, keywords: 3, summary: 2, body: 1 } as const;
type Field = keyof typeof FIELD_WEIGHTS;
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

/** One result, best first. */
export interface SearchHit {
  id: string;
  kind: string;
  score: number;
}

interface Posting {
  doc: number;
  weight: number;
}

/** How well a word of the index answers a word of the query (1 = the same word). */
const QUALITY = { exact: 1, stem: 0.9, prefix: 0.75, typo1: 0.7, typo2: 0.5 } as const;

/** A hit scoring under this share of the best one is left out. */
const RELEVANCE_FLOOR = 0.1;

/** The inverted index; build it with buildSearchIndex(). */
export interface SearchIndex {
  docs: Array<{ id: string; kind: string; title: string }>;
  /** Every indexed word, sorted (for prefix ranges). */
  terms: string[];
  postings: Map<string, Posting[]>;
  stems: Map<string, string[]>;
  /** Indexed words by length (for typo scans). */
  byLength: Map<number, string[]>;
  /** Matches of query words already looked up (typing letter by letter repeats them). */
  cache: Map<string, Map<string, number>>;
}

/** Builds the index of `documents`. */
export function buildSearchIndex(documents: SearchDocument[]): SearchIndex {
  const postings = new Map<string, Posting[]>();
  documents.forEach((document, doc) => {
    for (const [term, weight] of documentWeights(document)) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ doc, weight });
    }
  });
  const terms = [...postings.keys()].sort();
  const stems = new Map<string, string[]>();
  const byLength = new Map<number, string[]>();
  for (const term of terms) {
    push(stems, stem(term), term);
    push(byLength, term.length, term);
  }
  const docs = documents.map(({ id, kind, title }) => ({ id, kind, title }));
  return { docs, terms, postings, stems, byLength, cache: new Map() };
}

/** The weight of each word in one document: field weight × (1 + ln count), titles normalised by length. */
function documentWeights(document: SearchDocument): Map<string, number> {
  const weights = new Map<string, number>();
  for (const field of FIELDS) {
    const tokens = tokenize(document[field]);
    const counts = new Map<string, number>();
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
    // A word in a short title says more about the item than the same word in a long one.
    const lengthFactor = field === 'title' ? 2 / Math.max(2, counts.size) : 1;
    for (const [token, count] of counts) {
      weights.set(token, (weights.get(token) ?? 0) + FIELD_WEIGHTS[field] * lengthFactor * (1 + Math.log(count)));
    }
  }
  return weights;
}

/** The documents that answer `query`, best first; `kind` keeps one kind of item. */
export function search(index: SearchIndex, query: string, options: { kind?: string; limit?: number } = {}): SearchHit[] {
  const words = [...new Set(tokenize(query))];
  const typing = typedWord(query, words);
  if (words.length === 0 && !typing) return [];
  const totals = new Map<number, { score: number; matched: number }>();
  for (const word of typing ? [...words, typing] : words) {
    for (const [doc, score] of wordScores(index, word)) {
      const total = totals.get(doc) ?? { score: 0, matched: 0 };
      total.score += score;
      if (word !== typing) total.matched += 1;
      totals.set(doc, total);
    }
  }
  const ranked: Array<{ doc: number; id: string; kind: SearchHit['kind']; score: number }> = [];
  for (const [doc, { score, matched }] of totals) {
    const found = index.docs[doc];
    if (!found || (options.kind && found.kind !== options.kind)) continue;
    // An item that answers every word of the query comes before one that answers some of them.
    ranked.push({ doc, id: found.id, kind: found.kind, score: score * (words.length === 0 ? 1 : (matched / words.length) ** 2) });
  }
  // Ties keep the pack's order (no locale-aware comparison: its first use costs a collator at a keystroke).
  ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
  // Far weaker hits (one common word of the query, in passing) only hide the good ones.
  const floor = (ranked[0]?.score ?? 0) * RELEVANCE_FLOOR;
  return ranked
    .filter((hit) => hit.score >= floor)
    .slice(0, options.limit ?? 50)
    .map(({ id, kind, score }) => ({ id, kind, score }));
}

/**
 * The word being typed at the end of the query when tokenize() dropped it ("pas" on the way to
 * "passeport"): it still counts as a prefix, but an item need not match it.
 */
function typedWord(query: string, words: string[]): string | undefined {
  if (/[^\p{L}\p{N}]$/u.test(query)) return undefined;
  const last = tokenize(query, true).pop();
  return last && last.length >= 2 && !words.includes(last) ? last : undefined;
}

/** For one query word: each document's best score over the index words it matches. */
function wordScores(index: SearchIndex, word: string): Map<number, number> {
  const scores = new Map<number, number>();
  const documentCount = index.docs.length;
  for (const [term, quality] of termMatches(index, word)) {
    const list = index.postings.get(term);
    if (!list) continue;
    const idf = Math.log(1 + documentCount / list.length);
    for (const { doc, weight } of list) {
      const score = quality * weight * idf;
      if (score > (scores.get(doc) ?? 0)) scores.set(doc, score);
    }
  }
  return scores;
}

/** The index words that `word` may mean, with how well each matches. */
export function termMatches(index: SearchIndex, word: string): Map<string, number> {
  const cached = index.cache.get(word);
  if (cached) return cached;
  const matches = new Map<string, number>();
  const offer = (term: string, quality: number) => {
    if (quality > (matches.get(term) ?? 0)) matches.set(term, quality);
  };
  if (index.postings.has(word)) offer(word, QUALITY.exact);
  for (const term of index.stems.get(stem(word)) ?? []) offer(term, QUALITY.stem);
  if (word.length >= 2) for (const term of prefixRange(index.terms, word)) offer(term, QUALITY.prefix);
  // Typos are looked for only when the word is not a known one: a real word is taken as meant.
  if (!index.postings.has(word)) addTypos(index, word, offer);
  if (index.cache.size > 2000) index.cache.clear();
  index.cache.set(word, matches);
  return matches;
}

function addTypos(index: SearchIndex, word: string, offer: (term: string, quality: number) => void): void {
  const max = allowedTypos(word.length);
  for (let length = word.length - max; max > 0 && length <= word.length + max; length++) {
    for (const term of index.byLength.get(length) ?? []) {
      const distance = boundedEditDistance(word, term, max);
      if (distance === 1) offer(term, QUALITY.typo1);
      else if (distance === 2 && max >= 2) offer(term, QUALITY.typo2);
    }
  }
}

/** The sorted terms that start with `prefix` (binary search, then a walk). */
function prefixRange(terms: string[], prefix: string): string[] {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((terms[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  const out: string[] = [];
  for (let i = low; i < terms.length; i++) {
    const term = terms[i];
    if (term === undefined || !term.startsWith(prefix)) break;
    out.push(term);
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
