// Search over the catalogue and guides forgives accents, case and small typos, and puts titles first.
import { describe, expect, it } from 'vitest';
import { buildPackIndex } from '../../src/app/catalogue/search-documents';
import { contentPackSchema } from '../../src/shared/schema/content';
import { allowedTypos, boundedEditDistance } from '../../src/app/search/edit-distance';
import { foldText, stem, tokenize } from '../../src/app/search/normalize';
import { buildSearchIndex, search, type SearchDocument } from '../../src/app/search/search-index';
import { fixturePack } from '../fixtures/content-pack-fixture';

const pack = fixturePack();
const index = buildPackIndex(pack);
const first = (query: string, kind?: string) => search(index, query, kind ? { kind } : {})[0]?.id;

describe('normalising text', () => {
  it.each([
    ['Prime d’Activité', 'prime d’activite'],
    ['CŒUR ÉLÉPHANT', 'coeur elephant'],
    ['Ça Sécurité Île', 'ca securite ile'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('splits words, drops French filler words, and keeps both spellings of hyphenated words', () => {
    expect(tokenize('Créer une adresse e-mail pour la CAF')).toEqual(['creer', 'adresse', 'mail', 'email', 'caf']);
  });

  it.each([
    ['declaration', 'declarer'],
    ['declarez', 'declarer'],
    ['retraites', 'retraite'],
  ])('gives %s and %s the same stem', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it('leaves short words whole', () => {
    expect(stem('caf')).toBe('caf');
    expect(stem('rsa')).toBe('rsa');
  });
});

describe('typo distance (Damerau-Levenshtein)', () => {
  it.each([
    ['vitale', 'vitale', 0],
    ['vitalle', 'vitale', 1],
    ['retraitte', 'retraite', 1],
    ['franceconect', 'franceconnect', 1],
    ['pasesport', 'passeport', 1],
    ['psaseport', 'passeport', 1], // two letters swapped
    ['retriate', 'retraite', 1],
    ['decalraton', 'declaration', 2],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(boundedEditDistance(a, b, 2)).toBe(distance);
  });

  it('stops past the bound', () => {
    expect(boundedEditDistance('passeport', 'prime', 1)).toBe(2);
    expect(boundedEditDistance('carte', 'vitale', 2)).toBe(3);
  });

  it.each([
    [3, 0],
    [4, 1],
    [7, 1],
    [8, 2],
    [13, 2],
  ])('allows %i-letter words %i typo(s)', (length, typos) => {
    expect(allowedTypos(length)).toBe(typos);
  });
});

describe('search over the fixture pack', () => {
  it('is built from a valid pack', () => {
    expect(contentPackSchema.safeParse(pack).success).toBe(true);
  });

  it.each([
    ['prime activite', 'prime-activite'],
    ['PRIME D’ACTIVITÉ', 'prime-activite'],
    ['carte vitalle', 'carte-vitale'],
    ['franceconect', 'utiliser-franceconnect'],
    ['declaration revenus', 'declaration-revenus'],
    ['retraitte', 'demande-retraite'],
    ['passeport', 'passeport'],
    ['adresse mail', 'creer-adresse-email'],
    ['email', 'creer-adresse-email'],
    ['code sms', 'recevoir-code-sms'],
    ['rsa', 'rsa'],
    ['carte identite', 'carte-identite'],
    ['relevé de carrière', 'releve-carriere'],
  ])('"%s" → %s first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  it('finds a word while it is being typed (prefix), even a French filler word on the way', () => {
    expect(first('pass')).toBe('passeport');
    expect(first('pas')).toBe('passeport');
    expect(first('prime act')).toBe('prime-activite');
  });

  it('does not stretch typo tolerance: short words must be exact, 4–7 letters one typo', () => {
    expect(search(index, 'rsx')).toEqual([]);
    expect(search(index, 'vitaxxe')).toEqual([]);
  });

  it('answers nothing to an empty query or filler words only', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'de la ')).toEqual([]);
  });

  it('keeps one kind of item when asked', () => {
    const hits = search(index, 'mot de passe', { kind: 'guide' });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.kind === 'guide')).toBe(true);
  });

  it('puts an item that answers every word before one that answers some', () => {
    const ids = search(index, 'carte vitale').map((hit) => hit.id);
    expect(ids.indexOf('carte-vitale')).toBeLessThan(ids.indexOf('carte-identite'));
  });
});

describe('ranking', () => {
  const doc = (id: string, fields: Partial<SearchDocument>): SearchDocument => ({
    id,
    kind: 'demarche',
    title: '',
    keywords: '',
    summary: '',
    body: '',
    ...fields,
  });

  it('weights a word in a title over the same word in a body', () => {
    const small = buildSearchIndex([
      doc('body', { title: 'Autre chose', body: 'Il faut un justificatif de domicile, un justificatif de domicile récent.' }),
      doc('title', { title: 'Justificatif de domicile', body: 'Une facture suffit.' }),
    ]);
    expect(search(small, 'justificatif domicile').map((hit) => hit.id)).toEqual(['title', 'body']);
  });

  it('prefers the exact word to a word with a typo', () => {
    const small = buildSearchIndex([doc('typo', { title: 'Vital' }), doc('exact', { title: 'Vitale' })]);
    expect(search(small, 'vitale')[0]?.id).toBe('exact');
  });
});
