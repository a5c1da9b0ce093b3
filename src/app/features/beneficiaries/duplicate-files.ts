// Files that may be one person (La Coop's rule: at least 2 of last name, first name, phone, e-mail), found in
// memory on decrypted values: when a file is being created, and across the tablet's files for « Doublons possibles ».
import { allowedTypos, boundedEditDistance } from '../../search/edit-distance';
import { normalizeName } from './person-matching';

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
