// The pieces of a record form's base: what changed since it opened, the stamps it had seen, and a record
// whose stamps are not known (a copy made elsewhere) never turning the value it replaces into a conflict.
import { describe, expect, it } from 'vitest';
import { readRecord, readRow, writeFields } from '../../src/app/db/records-repository';
import { changedSince, formWrite, stampOf } from '../../src/app/forms/use-record-form';
import { loggedInClientDb } from '../fixtures/client-db';

describe('changedSince', () => {
  it.each([
    [{ a: 'x', b: 1 }, { a: 'x', b: 2 }, { b: 2 }],
    [{ a: null, b: 1 }, { a: 'y', b: 1 }, { a: 'y' }],
    [{ a: ['p', 'q'] }, { a: ['p', 'q'] }, {}],
    [{ a: undefined }, { a: null }, {}],
  ])('from %j to %j: %j', (base, typed, changed) => {
    expect(changedSince<Record<string, unknown>>(base, typed)).toEqual(changed);
  });
});

describe('formWrite', () => {
  const toStored = (v: { notes: string; commune: string }) => ({ notes: v.notes || null, commune: v.commune || null });
  it('gives the stamps the form opened with for the changed fields, null for a field that had no value', () => {
    const base = { values: { notes: 'a', commune: '' }, stamps: { notes: 'h1' } };
    expect(formWrite({ base, typed: { notes: 'b', commune: 'Nérac' } }, toStored)).toEqual({
      changes: { notes: 'b', commune: 'Nérac' },
      seen: { notes: 'h1', commune: null },
    });
  });

  it('gives no stamp when the record’s stamps were not known', () => {
    const base = { values: { notes: 'a', commune: '' }, stamps: null };
    expect(formWrite({ base, typed: { notes: 'b', commune: '' } }, toStored)).toEqual({ changes: { notes: 'b' }, seen: {} });
  });
});

describe('a record of unknown origin', () => {
  it('has no known stamps, and a write over it replaces the tablet’s value without keeping it as a conflict', async () => {
    const db = await loggedInClientDb();
    const id = '0190c0de-0000-7000-8000-0000000000aa';
    await writeFields(db, 'beneficiaries', id, { firstName: 'Yvette', notes: 'Première' });
    const read = (await readRecord(db, 'beneficiaries', id))!;
    expect(stampOf(read, 'notes')).toBe((await readRow(db, 'beneficiaries', id))?.fields.notes?.winner.hlc);
    const copy = { ...read };
    expect(stampOf(copy, 'notes')).toBeUndefined();
    await writeFields(db, 'beneficiaries', id, { notes: 'Seconde' }, { notes: stampOf(copy, 'notes') });
    expect(await readRecord(db, 'beneficiaries', id)).toMatchObject({ notes: 'Seconde', conflicts: {} });
    db.close();
  });
});
