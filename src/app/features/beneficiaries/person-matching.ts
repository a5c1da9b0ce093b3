// Finding people in memory (on decrypted values, never through an index): instant search by name or
// commune forgiving accents and case, and the people who look like the one being created.
import { boundedEditDistance } from '../../../shared/search/edit-distance';
import { foldText } from '../../../shared/search/normalize';

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

/** "Prénom Nom" as shown on screen (the pseudonym alone when there is no last name). */
export function displayName(person: Pick<PersonSummary, 'firstName' | 'lastName'>): string {
  return [person.firstName, person.lastName].filter((part) => part && part.trim()).join(' ') || 'Sans nom';
}

const collator = new Intl.Collator('fr');

/** Most recent contact first; people never met last, by name. */
export function byLastContact(a: PersonSummary, b: PersonSummary): number {
  const x = a.lastContactOn ?? '';
  const y = b.lastContactOn ?? '';
  if (x !== y) return x < y ? 1 : -1;
  return collator.compare(displayName(a), displayName(b));
}

// Search runs at every keystroke over thousands of people: the sorted list and each person's folded
// words are computed once per list (the list is a new array whenever a file changes).
const sortedLists = new WeakMap<PersonSummary[], PersonSummary[]>();
const foldedWords = new WeakMap<PersonSummary, string[]>();

/**
 * The people whose first name, last name or commune start with every word typed ("mar agen" finds
 * Marie of Agen; "eloise" finds Éloïse), most recent contact first. An empty query gives everyone.
 */
export function searchPeople<P extends PersonSummary>(people: P[], query: string): P[] {
  let sorted = sortedLists.get(people) as P[] | undefined;
  if (!sorted) {
    sorted = [...people].sort(byLastContact);
    sortedLists.set(people, sorted);
  }
  const words = normalizeName(query).split(' ').filter(Boolean);
  return words.length === 0 ? [...sorted] : sorted.filter((person) => matchesAll(haystack(person), words));
}

function haystack(person: PersonSummary): string[] {
  let words = foldedWords.get(person);
  if (!words) {
    words = normalizeName(`${person.firstName ?? ''} ${person.lastName ?? ''} ${person.commune ?? ''}`).split(' ');
    foldedWords.set(person, words);
  }
  return words;
}

function matchesAll(words: string[], query: string[]): boolean {
  return query.every((q) => words.some((word) => word.startsWith(q)));
}

/** Why a person looks like the one being entered. */
export type DuplicateReason = 'meme-nom' | 'meme-nom-annee' | 'orthographe-proche';

/**
 * The people who may be the same person as `candidate`: same first and last name (accents and case
 * aside), or same last name and birth year, or a name spelled within one or two letters.
 */
export function findDuplicates<P extends PersonSummary>(
  candidate: Omit<PersonSummary, 'id' | 'lastContactOn' | 'commune'>,
  people: P[],
  exceptId?: string,
): { person: P; reason: DuplicateReason }[] {
  const first = normalizeName(candidate.firstName);
  const last = normalizeName(candidate.lastName);
  if (!first && !last) return [];
  const full = `${first} ${last}`.trim();
  const found: { person: P; reason: DuplicateReason }[] = [];
  for (const person of people) {
    if (person.id === exceptId) continue;
    const reason = duplicateReason(first, last, full, candidate.birthYear, person);
    if (reason) found.push({ person, reason });
  }
  return found;
}

function duplicateReason(
  first: string,
  last: string,
  full: string,
  birthYear: number | null,
  person: PersonSummary,
): DuplicateReason | null {
  const otherFirst = normalizeName(person.firstName);
  const otherLast = normalizeName(person.lastName);
  if (first && first === otherFirst && last === otherLast) return 'meme-nom';
  if (last && last === otherLast && birthYear !== null && birthYear === person.birthYear) return 'meme-nom-annee';
  const otherFull = `${otherFirst} ${otherLast}`.trim();
  // Short names differ by one letter too easily ("Léa"/"Léo"): only names of 6 letters or more count.
  if (full.length < 6 || otherFull.length < 6) return null;
  const allowed = full.length >= 12 ? 2 : 1;
  return boundedEditDistance(full, otherFull, allowed) <= allowed ? 'orthographe-proche' : null;
}
