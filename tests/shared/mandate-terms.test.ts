// Mandates in Aidants Connect's terms: the ten families, the four durations in days, and every mandate
// signed before issue 17 (démarches, duration in words) read as families and days, then written so.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demarcheFamilies } from '../../src/shared/mandate/legacy-families';
import { familiesOfDemarches, mandateTerms, migratedFields } from '../../src/shared/mandate/terms';
import { collections } from '../../src/shared/schema/collections';
import { demarcheSchema } from '../../src/shared/schema/content';
import {
  familyRevocationField,
  mandateDurationDays,
  mandateDurations,
  mandateFamilies,
  mandatesCollection,
  type MandateDuration,
} from '../../src/shared/schema/mandate';

const catalogue = readdirSync('src/content/demarches')
  .filter((f) => f.endsWith('.json'))
  .map((f) => demarcheSchema.parse(JSON.parse(readFileSync(`src/content/demarches/${f}`, 'utf8'))));

/** A mandate as the app wrote it before issue 17. */
const legacy = (demarcheIds: string[], duration: MandateDuration) => ({
  beneficiaryId: '0190aaaa-0000-7000-8000-000000000001',
  demarcheIds,
  duration,
  families: null,
  durationDays: null,
  templateVersion: null,
  startOn: '2026-03-10',
  revokedOn: null,
  aidantName: null,
});

describe('the families and durations of a mandate', () => {
  it('are Aidants Connect’s ten keys, in its order, and its four durations in days', () => {
    expect(mandateFamilies).toEqual([
      'papiers',
      'famille',
      'social',
      'travail',
      'logement',
      'transports',
      'argent',
      'justice',
      'etranger',
      'loisirs',
    ]);
    expect(mandateDurationDays).toEqual([1, 31, 182, 365]);
  });

  it('has one revocation date per family, so that two tablets revoking two families never overwrite each other', () => {
    const fields = mandatesCollection.fields as Record<string, { schema: { safeParse(v: unknown): { success: boolean } } }>;
    for (const family of mandateFamilies) {
      const field = fields[familyRevocationField(family)];
      expect(field, family).toBeDefined();
      expect(field!.schema.safeParse('2026-03-10').success).toBe(true);
      expect(field!.schema.safeParse(null).success).toBe(true);
    }
    expect(collections.mandates).toBe(mandatesCollection);
  });

  it('refuses an unknown family, a duration of other days, and no family at all', () => {
    const { families, durationDays } = mandatesCollection.fields;
    expect(families.schema.safeParse(['papiers', 'loisirs']).success).toBe(true);
    expect(families.schema.safeParse(['impots']).success).toBe(false);
    expect(families.schema.safeParse([]).success).toBe(false);
    expect(durationDays.schema.safeParse(182).success).toBe(true);
    expect(durationDays.schema.safeParse(30).success).toBe(false);
  });

  it('still accepts what an older app sends: démarche ids and a duration in words', () => {
    const { demarcheIds, duration } = mandatesCollection.fields;
    expect(demarcheIds.schema.safeParse(['rsa']).success).toBe(true);
    for (const word of mandateDurations) expect(duration.schema.safeParse(word).success).toBe(true);
  });
});

describe('the démarches of the catalogue', () => {
  it('each belong to one family, and the table names no démarche the catalogue lacks', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(56);
    const ids = catalogue.map((d) => d.id).sort();
    expect(ids.filter((id) => demarcheFamilies[id] === undefined)).toEqual([]);
    expect(Object.keys(demarcheFamilies).sort()).toEqual(ids);
    expect(Object.values(demarcheFamilies).every((f) => mandateFamilies.includes(f))).toBe(true);
  });

  it.each([
    ['titre-sejour-anef', 'etranger'],
    ['casier-judiciaire', 'justice'],
    ['declaration-revenus', 'argent'],
    ['permis-conduire-perte-vol', 'transports'],
    ['demande-logement-social', 'logement'],
    ['demande-retraite', 'travail'],
    ['rsa', 'social'],
    ['paje-naissance', 'famille'],
    ['passeport', 'papiers'],
  ])('%s is in %s', (id, family) => {
    expect(demarcheFamilies[id]).toBe(family);
  });

  it('give their families once each, in Aidants Connect’s order, an unknown id left out', () => {
    expect(familiesOfDemarches(['rsa', 'aides-logement', 'carte-vitale', 'passeport', 'plus-au-catalogue'])).toEqual([
      'papiers',
      'social',
      'logement',
    ]);
  });
});

describe('a mandate signed before issue 17', () => {
  it.each([
    ['1-jour', 1],
    ['1-mois', 31],
    ['6-mois', 182],
    ['1-an', 365],
  ] as [MandateDuration, number][])('“%s” reads as %i days, on the first template', (duration, days) => {
    expect(mandateTerms(legacy(['rsa'], duration))).toEqual({
      families: ['social'],
      durationDays: days,
      templateVersion: 1,
      revokedFamilies: {},
      legacy: true,
    });
  });

  it.each(catalogue.map((d) => [d.id]))('covering %s reads as its family', (id) => {
    expect(mandateTerms(legacy([id], '1-an'))?.families).toEqual([demarcheFamilies[id]]);
  });

  it('writes its families, days and template at its first edit, and nothing once written', () => {
    const old = legacy(['rsa', 'titre-sejour-anef'], '6-mois');
    expect(migratedFields(old)).toEqual({ families: ['social', 'etranger'], durationDays: 182, templateVersion: 1 });
    const migrated = { ...old, ...migratedFields(old), revokedOn_social: '2026-04-01' };
    expect(migratedFields(migrated)).toEqual({});
    expect(mandateTerms(migrated)).toEqual({
      families: ['social', 'etranger'],
      durationDays: 182,
      templateVersion: 1,
      revokedFamilies: { social: '2026-04-01' },
      legacy: false,
    });
  });

  it('is incomplete while its fields are still arriving', () => {
    expect(mandateTerms({ ...legacy(['rsa'], '1-an'), demarcheIds: null })).toBeUndefined();
    expect(mandateTerms({ ...legacy(['rsa'], '1-an'), duration: null })).toBeUndefined();
    expect(mandateTerms({ ...legacy(['rsa'], '1-an'), demarcheIds: null, families: ['social'], durationDays: 365 })).toBeUndefined();
    expect(migratedFields({ ...legacy(['rsa'], '1-an'), duration: null })).toEqual({});
  });
});

describe('a mandate made since issue 17', () => {
  it('reads its own fields, those of revoked families that it covers', () => {
    const record = {
      ...legacy(['rsa'], '1-an'),
      demarcheIds: null,
      duration: null,
      families: ['logement', 'papiers'],
      durationDays: 31,
      templateVersion: 2,
      revokedOn_logement: '2026-03-12',
      revokedOn_justice: '2026-03-12',
    };
    expect(mandateTerms(record)).toEqual({
      families: ['papiers', 'logement'],
      durationDays: 31,
      templateVersion: 2,
      revokedFamilies: { logement: '2026-03-12' },
      legacy: false,
    });
    expect(migratedFields(record)).toEqual({});
  });
});
