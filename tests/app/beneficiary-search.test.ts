// Finding a person on the tablet: search by name or commune forgiving accents and case, most recent
// contact first; and the warning that a similar person already has a file.
import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../src/app/features/beneficiaries/duplicate-files';
import { prepareSearch, searchPeople, type PersonSummary } from '../../src/app/features/beneficiaries/person-matching';

let n = 0;
function person(
  firstName: string,
  lastName: string | null,
  commune: string | null,
  lastContactOn: string | null,
  birthYear: number | null = null,
): PersonSummary {
  n += 1;
  return { id: `p${n}`, firstName, lastName, commune, lastContactOn, birthYear };
}

const eloise = person('Éloïse', 'Marty', 'Tonneins', '2026-02-01', 1998);
const josiane = person('Josiane', 'Lavergne', 'Casteljaloux', '2026-03-01', 1951);
const marcel = person('Marcel', 'Lagarde', 'Agen', '2025-12-24', 1941);
const marie = person('Marie', 'Œillet', 'Sainte-Livrade-sur-Lot', null, 1960);
const nadia = person('Nadia', null, 'Agen', '2026-03-05', 1982);
const people = [eloise, josiane, marcel, marie, nadia];
const names = (list: PersonSummary[]) => list.map((p) => p.firstName);

describe('searching the files', () => {
  it('finds the same people letter by letter as at once: typed forward, erased, or with a word added', () => {
    const list = [...people];
    const typed = ['m', 'ma', 'mar', 'marc', 'mar', 'ma', 'ma a', 'ma ag', 'ma', 'l', 'la', 'lag', 'lav', 'x', 'xy', 'e', 'el', 'eloi'];
    const letterByLetter = typed.map((query) => names(searchPeople(list, query)));
    // A new list object each time: nothing kept from an earlier search.
    const atOnce = typed.map((query) => names(searchPeople([...people], query)));
    expect(letterByLetter).toEqual(atOnce);
    expect(letterByLetter[3]).toEqual(['Marcel']);
    expect(letterByLetter[5]).toEqual(['Éloïse', 'Marcel', 'Marie']);
    expect(letterByLetter[12]).toEqual(['Josiane']);
  });

  it.each([
    ['eloise', ['Éloïse']],
    ['ELOÏSE', ['Éloïse']],
    ['marty', ['Éloïse']],
    ['agen', ['Nadia', 'Marcel']],
    ['AGEN marc', ['Marcel']],
    ['ma', ['Éloïse', 'Marcel', 'Marie']],
    ['sainte livrade', ['Marie']],
    ['oeillet', ['Marie']],
    ['casteljaloux', ['Josiane']],
    ['  ', ['Nadia', 'Josiane', 'Éloïse', 'Marcel', 'Marie']],
    ['paris', []],
  ])('"%s" finds %j, most recent contact first', (query, expected) => {
    expect(names(searchPeople(people, query))).toEqual(expected);
  });

  it('puts people never met after everyone else, whatever their name', () => {
    const aaron = person('Aaron', 'Abadie', 'Agen', null);
    expect(names(searchPeople([aaron, nadia, marcel], 'agen'))).toEqual(['Nadia', 'Marcel', 'Aaron']);
  });

  it('looks for a new word among the people with a word of its first letter, whichever word comes first', () => {
    // Each query on a fresh list (no narrowing from the last search): a word's first letter picks the people.
    expect(names(searchPeople([...people], 'agen marc'))).toEqual(['Marcel']);
    expect(names(searchPeople([...people], 'marc agen'))).toEqual(['Marcel']);
    expect(names(searchPeople([...people], 'n agen'))).toEqual(['Nadia']);
    expect(names(searchPeople([...people], 'agen z'))).toEqual([]);
    expect(names(searchPeople([...people], 's l'))).toEqual(['Marie']);
  });

  it('shows the list without a search before folding anyone’s words, and folds them once, ahead or at the first letter', () => {
    // Each commune counts its reads: only a person's search text reads it (the order reads dates and names).
    let communeReads = 0;
    const countedPeople = () =>
      Array.from({ length: 50 }, (_, i) =>
        Object.defineProperty(person(`Personne${i}`, 'Lagarde', null, `2026-01-${String(1 + (i % 28)).padStart(2, '0')}`), 'commune', {
          get: () => {
            communeReads++;
            return i % 2 ? 'Agen' : 'Nérac';
          },
        }),
      );
    const prepared = countedPeople();
    expect(searchPeople(prepared, '')).toHaveLength(50);
    expect(communeReads).toBe(0);
    prepareSearch(prepared);
    expect(communeReads).toBe(50);
    expect(searchPeople(prepared, 'agen')).toHaveLength(25);
    expect(searchPeople(prepared, 'nerac')).toHaveLength(25);
    expect(communeReads).toBe(50);
    // Without the preparation, the first letter typed folds them, once.
    const unprepared = countedPeople();
    communeReads = 0;
    expect(searchPeople(unprepared, '')).toHaveLength(50);
    expect(communeReads).toBe(0);
    expect(searchPeople(unprepared, 'n')).toHaveLength(25);
    expect(searchPeople(unprepared, 'ne')).toHaveLength(25);
    expect(communeReads).toBe(50);
  });

  it('finds nobody by a word in the middle of a name (word starts only)', () => {
    expect(searchPeople(people, 'rty')).toEqual([]);
  });

  it.each([
    ['josianne', ['Josiane']],
    ['lavergnne', ['Josiane']],
    ['marcel lagard', ['Marcel']],
    ['castlejaloux', ['Josiane']],
  ])('forgives a typo when nobody matches exactly: "%s" finds %j', (query, expected) => {
    expect(names(searchPeople(people, query))).toEqual(expected);
  });

  it('does not guess on short words, nor when an exact match exists', () => {
    expect(searchPeople(people, 'ma x')).toEqual([]);
    expect(names(searchPeople(people, 'marie'))).toEqual(['Marie']);
  });
});

describe('the duplicate warning (La Coop: at least 2 of last name, first name, phone, e-mail)', () => {
  const candidate = (firstName: string, lastName: string | null, phone: string | null = null, email: string | null = null) => ({
    firstName,
    lastName,
    phone,
    email,
  });

  it.each([
    ['the same name, other accents and case', candidate('ELOISE', 'marty'), 'Éloïse', ['nom', 'prenom']],
    ['a one-letter typo in the first name', candidate('Josianne', 'Lavergne'), 'Josiane', ['nom', 'prenom']],
    ['two swapped letters in the last name', candidate('Marcel', 'Lagrade'), 'Marcel', ['nom', 'prenom']],
  ])('warns for %s', (_case, input, found, criteria) => {
    expect(findDuplicates(input, people).map((d) => [d.person.firstName, d.criteria])).toEqual([[found, criteria]]);
  });

  it.each([
    ['another person of the same family', candidate('Pierre', 'Lavergne')],
    ['nothing typed yet', candidate('', null)],
    ['a short name one letter away', candidate('Nadir', null)],
    ['a pseudonym alone, the same (one criterion of four)', candidate('nadia', null)],
  ])('does not warn for %s', (_case, input) => {
    expect(findDuplicates(input, people)).toEqual([]);
  });

  it('does not warn about the file being edited itself', () => {
    expect(findDuplicates(candidate('Josiane', 'Lavergne'), people, josiane.id)).toEqual([]);
  });
});
