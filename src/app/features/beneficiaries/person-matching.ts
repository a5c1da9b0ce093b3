// Finding people in memory (on decrypted values, never through an index): instant search by name or
// commune forgiving accents and case. The files that may be one person are in duplicate-files.ts.
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
// next list too (the people who did not change are the same objects). The list shown without a search
// needs only the order: the texts are made at the first search, or ahead in idle time (prepareSearch), so
// that unlocking the tablet does not wait for 5,000 names to be folded.
interface SearchList<P> {
  sorted: readonly P[];
  /** Each person's folded words, in the list's order: made at the first search or by prepareSearch. */
  texts?: readonly string[];
  /** For each letter, the positions of the people with a word starting with it: made with the texts. */
  wordStarts?: Map<string, number[]>;
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
function matchingPositions<P extends PersonSummary>(list: SearchList<P>, needles: string[]): number[] {
  const { last } = list;
  const texts = textsOf(list);
  const narrowing =
    last && last.needles.length === needles.length && needles.every((needle, i) => needle.startsWith(itemAt(last.needles, i)));
  const matches = (i: number) => {
    const text = itemAt(texts, i);
    for (const needle of needles) if (!text.includes(needle)) return false;
    return true;
  };
  if (narrowing) return last.matched.filter(matches);
  // A new word, or a word changed: only the people with a word starting with its first letter can match; the
  // rarest first letter of the words typed gives the fewest people to look at.
  const starts = wordStartsOf(list);
  const candidates = needles
    .map((needle) => starts.get(needle.charAt(1)) ?? [])
    .reduce((fewest, positions) => (positions.length < fewest.length ? positions : fewest));
  return candidates.filter(matches);
}

/**
 * Makes ready, ahead, what the first search of this list needs (each person's text and the word starts): for
 * idle time once the list is shown, so that the first letter typed does not wait for it either.
 */
export function prepareSearch(people: readonly PersonSummary[]): void {
  wordStartsOf(searchListOf(people));
}

function textsOf<P extends PersonSummary>(list: SearchList<P>): readonly string[] {
  list.texts ??= list.sorted.map(searchText);
  return list.texts;
}

/** The list's word starts (one pass over its texts, once): each letter's positions, in the list's order, each once. */
function wordStartsOf<P extends PersonSummary>(list: SearchList<P>): Map<string, number[]> {
  if (list.wordStarts) return list.wordStarts;
  const starts = new Map<string, number[]>();
  textsOf(list).forEach((text, position) => {
    for (let at = text.indexOf(' '); at !== -1 && at + 1 < text.length; at = text.indexOf(' ', at + 1)) {
      const letter = text.charAt(at + 1);
      const positions = starts.get(letter);
      if (!positions) starts.set(letter, [position]);
      else if (positions[positions.length - 1] !== position) positions.push(position);
    }
  });
  list.wordStarts = starts;
  return starts;
}

/** The second pass, only when the first found nobody: every word typed is a word of the person's, give or take a typo or two. */
function searchWithTypos<P extends PersonSummary>(list: SearchList<P>, needles: string[]): P[] {
  const words = needles.map((needle) => needle.slice(1));
  if (words.every((word) => allowedTypos(word.length) === 0)) return [];
  const found: P[] = [];
  const texts = textsOf(list);
  for (let i = 0; i < list.sorted.length; i++) {
    const person = list.sorted[i];
    const own = texts[i]?.split(' ') ?? [];
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
    list = { sorted: [...people].sort(byLastContact) };
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
