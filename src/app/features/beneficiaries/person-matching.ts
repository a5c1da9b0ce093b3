// Finding people in memory (on decrypted values, never through an index): instant search by name or
// commune forgiving accents and case, and the people who look like the one being created.
import { itemAt } from '../../../shared/item-at';
import { allowedTypos, boundedEditDistance } from '../../search/edit-distance';
import { foldText } from '../../search/normalize';

/** What search and duplicate checks read of a person. */
export interface PersonSummary {
  id: string;
  firstName: string | null;
  lastName: string | null;
  birthYear: number | null;
  commune: string | null;
  lastContactOn: string | null;
}

/** A name or commune folded for comparison: no accents, lower case, one space between words. */
export function normalizeName(text: string | null | undefined): string {
  return foldText(text ?? '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const collator = new Intl.Collator('fr');

/** Most recent contact first; people never met last, by name. */
export function byLastContact(a: PersonSummary, b: PersonSummary): number {
  const x = a.lastContactOn ?? '';
  const y = b.lastContactOn ?? '';
  if (x !== y) return x < y ? 1 : -1;
  // The name as shown ("Prénom Nom"), compared part by part: no string is built per comparison.
  return collator.compare(a.firstName ?? '', b.firstName ?? '') || collator.compare(a.lastName ?? '', b.lastName ?? '');
}

// Search runs at every keystroke over thousands of people. Once per list (the list is a new array
// whenever a file changes), the people are sorted and each one's words folded into one searchable text,
// " marie martin agen": a word typed matches when " " + word is in it. Each person's text is kept for the
// next list too (the people who did not change are the same objects).
interface SearchList<P> {
  sorted: readonly P[];
  texts: readonly string[];
  /** The last words searched and the positions they matched: a letter typed after them looks only there. */
  last?: { needles: string[]; matched: number[] };
}
const searchLists = new WeakMap<readonly PersonSummary[], SearchList<PersonSummary>>();
const searchTexts = new WeakMap<PersonSummary, string>();

/**
 * The people whose first name, last name or commune start with every word typed ("mar agen" finds
 * Marie of Agen; "eloise" finds Éloïse), most recent contact first. An empty query gives everyone.
 * When nobody matches, a name misspelled by a letter or two is forgiven ("gerrard" finds Gérard).
 */
export function searchPeople<P extends PersonSummary>(people: readonly P[], query: string): P[] {
  const list = searchListOf(people);
  const needles = normalizeName(query)
    .split(' ')
    .filter(Boolean)
    .map((word) => ` ${word}`);
  if (needles.length === 0) return [...list.sorted];
  const matched = matchingPositions(list, needles);
  list.last = { needles, matched };
  return matched.length > 0 ? matched.map((i) => itemAt(list.sorted, i)) : searchWithTypos(list, needles);
}

/**
 * The positions of the people whose text holds every needle. When the words typed only grew since the
 * last search (a letter added), only the people it matched can match (a text holding " mart" holds
 * " mar"): typing forward looks at fewer and fewer people.
 */
function matchingPositions<P>(list: SearchList<P>, needles: string[]): number[] {
  const { texts, last } = list;
  const narrowing =
    last && last.needles.length === needles.length && needles.every((needle, i) => needle.startsWith(itemAt(last.needles, i)));
  const matches = (i: number) => {
    const text = itemAt(texts, i);
    for (const needle of needles) if (!text.includes(needle)) return false;
    return true;
  };
  if (narrowing) return last.matched.filter(matches);
  const matched: number[] = [];
  for (let i = 0; i < texts.length; i++) if (matches(i)) matched.push(i);
  return matched;
}

/** The second pass, only when the first found nobody: every word typed is a word of the person's, give or take a typo or two. */
function searchWithTypos<P extends PersonSummary>(list: SearchList<P>, needles: string[]): P[] {
  const words = needles.map((needle) => needle.slice(1));
  if (words.every((word) => allowedTypos(word.length) === 0)) return [];
  const found: P[] = [];
  for (let i = 0; i < list.sorted.length; i++) {
    const person = list.sorted[i];
    const own = list.texts[i]?.split(' ') ?? [];
    const near = (word: string) => {
      const typos = allowedTypos(word.length);
      return own.some((w) => w.startsWith(word) || (typos > 0 && boundedEditDistance(word, w, typos) <= typos));
    };
    if (person && words.every(near)) found.push(person);
  }
  return found;
}

function searchListOf<P extends PersonSummary>(people: readonly P[]): SearchList<P> {
  let list = searchLists.get(people) as SearchList<P> | undefined;
  if (!list) {
    const sorted = [...people].sort(byLastContact);
    list = { sorted, texts: sorted.map(searchText) };
    searchLists.set(people, list);
  }
  return list;
}

function searchText(person: PersonSummary): string {
  let text = searchTexts.get(person);
  if (text === undefined) {
    text = ` ${normalizeName(`${person.firstName ?? ''} ${person.lastName ?? ''} ${person.commune ?? ''}`)}`;
    searchTexts.set(person, text);
  }
  return text;
}

/** What two files share (La Coop's rule): the last name, the first name, the phone, the e-mail. */
export type DuplicateCriterion = 'nom' | 'prenom' | 'telephone' | 'email';

/** Two files are possible duplicates when at least this many criteria match. */
export const DUPLICATE_THRESHOLD = 2;

/** What duplicate checks read of a person: their names and how to reach them (decrypted, in memory). */
export interface PersonContact {
  firstName: string | null;
  lastName: string | null;
  phone?: string | null;
  email?: string | null;
}

/** A phone number reduced to its digits, "+33 6 12…" and "0033 6…" read as "06 12…"; "" when too short to compare. */
export function normalizePhone(phone: string | null | undefined): string {
  let digits = (phone ?? '').replace(/\(0\)/g, '').replace(/[^0-9+]/g, '');
  if (digits.startsWith('+33')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0033')) digits = `0${digits.slice(4)}`;
  digits = digits.replace(/\+/g, '');
  return digits.length >= 6 ? digits : '';
}

/** An e-mail address as compared: trimmed, lower case. */
export function normalizeEmail(email: string | null | undefined): string {
  return (email ?? '').trim().toLowerCase();
}

/**
 * Two names are similar when equal once folded (accents, case, punctuation), or a letter or two apart on
 * longer names ("Josianne"/"Josiane"); short names must be equal ("Léa" is not "Léo"). Empty never matches.
 */
export function similarNames(a: string | null | undefined, b: string | null | undefined): boolean {
  return similarFolded(normalizeName(a), normalizeName(b));
}

function similarFolded(x: string, y: string): boolean {
  if (!x || !y) return false;
  if (x === y) return true;
  const allowed = allowedTypos(Math.min(x.length, y.length));
  return allowed > 0 && boundedEditDistance(x, y, allowed) <= allowed;
}

/** What the rule compares of a person, folded once per person object (the files' objects are shared and frozen). */
interface ContactKeys {
  last: string;
  first: string;
  phone: string;
  email: string;
}
const contactKeys = new WeakMap<PersonContact, ContactKeys>();

function keysOf(person: PersonContact): ContactKeys {
  let keys = contactKeys.get(person);
  if (!keys) {
    keys = {
      last: normalizeName(person.lastName),
      first: normalizeName(person.firstName),
      phone: normalizePhone(person.phone),
      email: normalizeEmail(person.email),
    };
    contactKeys.set(person, keys);
  }
  return keys;
}

/** The criteria two files share, in a fixed order. */
export function matchingCriteria(a: PersonContact, b: PersonContact): DuplicateCriterion[] {
  const [x, y] = [keysOf(a), keysOf(b)];
  const found: DuplicateCriterion[] = [];
  if (similarFolded(x.last, y.last)) found.push('nom');
  if (similarFolded(x.first, y.first)) found.push('prenom');
  if (x.phone && x.phone === y.phone) found.push('telephone');
  if (x.email && x.email === y.email) found.push('email');
  return found;
}

/** A person who may be the same as another, and the criteria they share. */
export interface DuplicateMatch<P> {
  person: P;
  criteria: DuplicateCriterion[];
}

/** The people who may be the same person as `candidate` (at least 2 of the 4 criteria), other than `exceptId`. */
export function findDuplicates<P extends PersonContact & { id: string }>(
  candidate: PersonContact,
  people: readonly P[],
  exceptId?: string,
): DuplicateMatch<P>[] {
  const found: DuplicateMatch<P>[] = [];
  for (const person of people) {
    if (person.id === exceptId) continue;
    const criteria = matchingCriteria(candidate, person);
    if (criteria.length >= DUPLICATE_THRESHOLD) found.push({ person, criteria });
  }
  return found;
}

/** Two files that may be one person. */
export interface DuplicatePair<P> {
  first: P;
  second: P;
  criteria: DuplicateCriterion[];
}

/**
 * Every pair of possible duplicates among `people`, except the pairs `dismissed` says are two people;
 * the pair's files in id order (the older file first: ids are made from the time).
 */
export function findDuplicatePairs<P extends PersonContact & { id: string }>(
  people: readonly P[],
  dismissed: (a: P, b: P) => boolean = () => false,
): DuplicatePair<P>[] {
  const sorted = [...people].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Two of the four criteria always include the last name, the phone or the e-mail: only files sharing
  // one of those keys are compared (a near last name shares a key made by deleting letters, see below).
  const order = new Map(sorted.map((person, index) => [person, index]));
  const candidates = new Map<P, Set<P>>();
  const buckets = new Map<string, P[]>();
  for (const person of sorted) {
    for (const key of bucketKeys(person)) {
      const bucket = buckets.get(key);
      if (!bucket) {
        buckets.set(key, [person]);
        continue;
      }
      for (const other of bucket) {
        const set = candidates.get(other) ?? new Set<P>();
        candidates.set(other, set);
        set.add(person);
      }
      bucket.push(person);
    }
  }
  const pairs: DuplicatePair<P>[] = [];
  for (const first of sorted) {
    const seconds = [...(candidates.get(first) ?? [])].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    for (const second of seconds) {
      const criteria = matchingCriteria(first, second);
      if (criteria.length >= DUPLICATE_THRESHOLD && !dismissed(first, second)) pairs.push({ first, second, criteria });
    }
  }
  return pairs;
}

/**
 * The keys two possible duplicates share at least one of: the phone, the e-mail, and the last name with up
 * to as many letters deleted as it may carry typos (two names a letter or two apart share such a form:
 * "lagarde" and "lagrade" both give "lagade").
 */
function bucketKeys(person: PersonContact): Set<string> {
  const keys = new Set<string>();
  const { phone, email, last } = keysOf(person);
  if (phone) keys.add(`t:${phone}`);
  if (email) keys.add(`e:${email}`);
  if (last) for (const form of deletions(last, allowedTypos(last.length))) keys.add(`n:${form}`);
  return keys;
}

/** `word` and every form of it with up to `max` letters deleted. */
function deletions(word: string, max: number): Set<string> {
  let level = new Set([word]);
  const all = new Set(level);
  for (let step = 0; step < max; step++) {
    const next = new Set<string>();
    for (const w of level) for (let i = 0; i < w.length; i++) next.add(w.slice(0, i) + w.slice(i + 1));
    for (const w of next) all.add(w);
    level = next;
  }
  return all;
}
