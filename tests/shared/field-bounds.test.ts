// The shared schemas bound every synced text and list, refuse what a store would change (NUL, half a
// surrogate pair) and accept only dates that exist: one aidant cannot make every pull huge, and the
// tablet, SQLite and PostgreSQL accept and refuse the same values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collections, fieldSpec, maxLengthOf } from '../../src/shared/schema/collections';
import { diagnosticAnswersSchema } from '../../src/shared/schema/diagnostic';
import { isCalendarDate, isoDate, isStorableText } from '../../src/shared/schema/fields';

const allFields = Object.entries(collections).flatMap(([collection, spec]) =>
  Object.entries(spec.fields).map(([field, f]) => ({ collection, field, spec: f })),
);
const textFields = allFields.filter(({ spec }) => spec.maxLength !== undefined);

describe('per-field bounds', () => {
  it.each([
    ['beneficiaries', 'firstName', 100],
    ['beneficiaries', 'lastName', 100],
    ['beneficiaries', 'commune', 100],
    ['beneficiaries', 'phone', 40],
    ['beneficiaries', 'email', 200],
    ['beneficiaries', 'notes', 10_000],
    ['accompagnements', 'note', 5000],
    ['orientations', 'reason', 2000],
    ['passNumeriques', 'number', 40],
    ['localPartners', 'name', 120],
    ['localPartners', 'phone', 40],
    ['localPartners', 'openingHours', 500],
    ['localPartners', 'sourceId', 200],
    ['localNotes', 'body', 4000],
    ['workshops', 'title', 120],
    ['workshops', 'registration', 300],
  ])('%s.%s holds at most %i characters, and forms can read the bound', (collection, field, max) => {
    expect(maxLengthOf(collection, field)).toBe(max);
    const { schema } = fieldSpec(collection, field)!;
    expect(schema.safeParse('é'.repeat(max)).success).toBe(true);
    expect(schema.safeParse('é'.repeat(max + 1)).success).toBe(false);
  });

  it('gives a bound to every text field, and the same bound as its schema', () => {
    expect(textFields.length).toBe(36);
    for (const { collection, field, spec } of textFields) {
      expect(spec.schema.safeParse('a'.repeat(spec.maxLength!)).success, `${collection}.${field}`).toBe(true);
      expect(spec.schema.safeParse('a'.repeat(spec.maxLength! + 1)).success, `${collection}.${field}`).toBe(false);
    }
    expect(maxLengthOf('beneficiaries', 'birthYear')).toBeUndefined();
    expect(maxLengthOf('inconnue', 'notes')).toBeUndefined();
  });

  it('accepts no string of 20,000 characters in any field, nor in a list of texts', () => {
    const huge = 'a'.repeat(20_000);
    for (const { collection, field, spec } of allFields) {
      expect(spec.schema.safeParse(huge).success, `${collection}.${field}`).toBe(false);
      expect(spec.schema.safeParse([huge]).success, `${collection}.${field}`).toBe(false);
    }
  });

  it('bounds the lists of a diagnostic', () => {
    const answers = diagnosticAnswersSchema.shape;
    expect(answers.equipment.safeParse(Array(5000).fill('tablette')).success).toBe(false);
    expect(answers.barriers.safeParse(Array(5000).fill('langue')).success).toBe(false);
    expect(answers.franceConnectAccounts.safeParse(Array(5000).fill('ameli')).success).toBe(false);
    expect(answers.demarchesNeeded.safeParse(Array(5000).fill('caf')).success).toBe(false);
    expect(answers.equipment.safeParse(['tablette', 'smartphone']).success).toBe(true);
  });
});

describe('the rule for NUL and broken characters', () => {
  it.each(['Dossier\u0000CAF', '\u0000', 'note \ud800', '\udc00 note', 'a\ud83d'])('refuses %j in every text field', (text) => {
    expect(isStorableText(text)).toBe(false);
    for (const { collection, field, spec } of textFields) expect(spec.schema.safeParse(text).success, `${collection}.${field}`).toBe(false);
  });

  it('keeps accents, emoji and every other character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        fc.pre(!text.includes('\0'));
        expect(isStorableText(text)).toBe(true);
        expect(fieldSpec('beneficiaries', 'notes')!.schema.safeParse(text).success).toBe(true);
      }),
    );
  });
});

describe('real calendar dates', () => {
  it.each(['2024-02-29', '2023-12-31', '2000-02-29', '1900-01-01', '2100-12-31', '2025-04-30'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
    expect(isoDate.safeParse(date).success).toBe(true);
  });

  it.each([
    '2024-13-45',
    '9999-99-99',
    '2023-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-00-10',
    '2025-01-00',
    '9999-12-31',
    '1899-12-31',
    '2101-01-01',
    '2024-1-05',
    ' 2024-01-05',
    '2024-01-05T00:00',
    '２０２４-01-05',
  ])('refuses %j', (date) => {
    expect(isCalendarDate(date)).toBe(false);
    expect(isoDate.safeParse(date).success).toBe(false);
  });

  it('agrees with the calendar on every day between 1900 and 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const real = new Date(Date.UTC(y, m - 1, d));
        const exists = m >= 1 && m <= 12 && d >= 1 && real.getUTCMonth() === m - 1 && real.getUTCDate() === d;
        expect(isCalendarDate(text)).toBe(exists);
      }),
      { numRuns: 3000 },
    );
  });
});
