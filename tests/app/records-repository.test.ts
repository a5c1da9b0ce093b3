// A local write is the record and its outbox ops in one transaction; reads give plain objects.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createBeneficiary,
  eraseBeneficiary,
  getBeneficiary,
  listBeneficiaries,
  updateBeneficiary,
} from '../../src/app/db/beneficiaries-repository';
import { SYNCED_COLLECTIONS, type DeclicDatabase } from '../../src/app/db/database';
import { deviceClientId } from '../../src/app/db/device-meta';
import { pendingCount, readPushBatch } from '../../src/app/db/outbox-repository';
import { ErasedRecordError, readRecord, writeFields, writeRecords } from '../../src/app/db/records-repository';
import { collections } from '../../src/shared/schema/collections';
import { uuidv7 } from '../../src/shared/schema/ids';
import { loggedInClientDb, newDevice } from '../fixtures/client-db';

let db: DeclicDatabase;
afterEach(() => {
  db?.close();
  vi.restoreAllMocks();
});

describe('writing a bénéficiaire on the tablet', () => {
  it('stores the record and one op per field in the outbox, in push order', async () => {
    db = await loggedInClientDb();
    const id = await createBeneficiary(db, { firstName: 'Yvette', commune: 'Nérac', birthYear: 1948 });
    const { ops, clientId } = await readPushBatch(db, 100);
    expect(ops.map((op) => [op.recordId, op.field, op.value])).toEqual([
      [id, 'firstName', 'Yvette'],
      [id, 'commune', 'Nérac'],
      [id, 'birthYear', 1948],
    ]);
    expect(ops.every((op) => op.hlc.endsWith(`-${clientId}`) && op.base === null)).toBe(true);
    expect([...ops].sort((a, b) => (a.hlc < b.hlc ? -1 : 1))).toEqual(ops);
    expect(await getBeneficiary(db, id)).toMatchObject({
      id,
      firstName: 'Yvette',
      commune: 'Nérac',
      birthYear: 1948,
      lastName: null,
      deleted: false,
      conflicts: {},
    });
  });

  it('stamps a change with the stamp it replaces, and writes no op for an unchanged field', async () => {
    db = await loggedInClientDb();
    const id = await createBeneficiary(db, { firstName: 'Yvette', commune: 'Nérac' });
    const [first] = (await readPushBatch(db, 1)).ops;
    const ops = await writeFields(db, 'beneficiaries', id, { firstName: 'Yvonne', commune: 'Nérac' });
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({ field: 'firstName', value: 'Yvonne', base: first!.hlc });
    expect(ops[0]!.hlc > first!.hlc).toBe(true);
    expect(await db.outbox.count()).toBe(3);
    // Three field writes to send, one change as the aidant counts it: this file.
    expect(await pendingCount(db)).toBe(1);
  });

  it('leaves the record, the outbox and the clock untouched when the outbox write fails', async () => {
    db = await loggedInClientDb();
    const id = await createBeneficiary(db, { firstName: 'Yvette' });
    const before = await db.records('beneficiaries').get(id);
    const clockBefore = await db.meta.get('hlc');
    db.outbox.hook('creating', () => {
      throw new Error('disque plein');
    });
    await expect(updateBeneficiary(db, id, { firstName: 'Yvonne', notes: 'RDV CAF' })).rejects.toThrow();
    expect(await db.records('beneficiaries').get(id)).toEqual(before);
    expect(await db.outbox.count()).toBe(1);
    expect(await db.meta.get('hlc')).toEqual(clockBefore);
  });

  it('refuses unknown fields and invalid values before writing anything', async () => {
    db = await loggedInClientDb();
    const id = uuidv7();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(writeFields(db, 'beneficiaries', id, { nir: '1 84 12 75 123 456' })).rejects.toThrow('ne connaît pas ces données');
    await expect(writeFields(db, 'beneficiaries', id, { birthYear: 1700 })).rejects.toThrow('L’année de naissance n’a pas été enregistrée');
    await expect(writeFields(db, 'beneficiaries', 'not-a-uuid', { firstName: 'A' })).rejects.toThrow('cette fiche est introuvable');
    expect(await pendingCount(db)).toBe(0);
    expect(await readRecord(db, 'beneficiaries', id)).toBeUndefined();
  });

  it('erases a bénéficiaire at once: no value stays, pending values leave the outbox, the tombstone is sent', async () => {
    db = await loggedInClientDb();
    const id = await createBeneficiary(db, { firstName: 'Yvette', phone: '06 12 34 56 78', notes: 'Dossier APL' });
    const other = await createBeneficiary(db, { firstName: 'Karim' });
    await eraseBeneficiary(db, id);
    const stored = await db.records('beneficiaries').get(id);
    expect(Object.keys(stored!.fields)).toEqual(['deleted']);
    expect(JSON.stringify(stored)).not.toContain('Yvette');
    const { ops } = await readPushBatch(db, 100);
    expect(ops.filter((op) => op.recordId === id).map((op) => [op.field, op.value])).toEqual([['deleted', true]]);
    expect(ops.filter((op) => op.recordId === other)).toHaveLength(1);
    expect(await getBeneficiary(db, id)).toBeUndefined();
    expect((await listBeneficiaries(db)).map((b) => b.id)).toEqual([other]);
    await expect(updateBeneficiary(db, id, { firstName: 'Yvette' })).rejects.toBeInstanceOf(ErasedRecordError);
  });

  it('lists bénéficiaires by last name then first name, French order', async () => {
    db = await loggedInClientDb();
    await createBeneficiary(db, { firstName: 'Zoé', lastName: 'Élie' });
    await createBeneficiary(db, { firstName: 'Anne', lastName: 'Martin' });
    await createBeneficiary(db, { firstName: 'Bruno', lastName: 'Durand' });
    expect((await listBeneficiaries(db)).map((b) => b.lastName)).toEqual(['Durand', 'Élie', 'Martin']);
  });
});

describe('writing many records at once (a directory import)', () => {
  it('reads and writes the batch together, and writes what writeFields would for each record', async () => {
    db = await loggedInClientDb();
    const kept = await createBeneficiary(db, { firstName: 'Yvette', commune: 'Nérac' });
    const [, keptCommune] = (await readPushBatch(db, 2)).ops;
    const table = db.records('beneficiaries');
    const oneByOne = vi.spyOn(table, 'get');
    const together = vi.spyOn(table, 'bulkGet');
    const fresh = Array.from({ length: 30 }, () => uuidv7());
    const count = await writeRecords(db, 'beneficiaries', [
      ...fresh.map((recordId, i) => ({ recordId, changes: { firstName: `Personne ${i}`, commune: 'Agen' } })),
      { recordId: kept, changes: { firstName: 'Yvette', commune: 'Mézin' } },
      // The same record twice in a batch: the second write sees the first.
      { recordId: fresh[0]!, changes: { commune: 'Layrac' } },
      // Erased later in the same batch: only its tombstone is sent.
      { recordId: fresh[1]!, changes: { deleted: true } },
    ]);
    expect(oneByOne).not.toHaveBeenCalled();
    expect(together).toHaveBeenCalledTimes(1);
    const ops = (await readPushBatch(db, 500)).ops.slice(2);
    expect(count).toBe(ops.length);
    expect(ops.filter((op) => op.recordId === fresh[1])).toEqual([expect.objectContaining({ field: 'deleted', value: true })]);
    expect(ops.find((op) => op.recordId === kept)).toMatchObject({ field: 'commune', value: 'Mézin', base: keptCommune!.hlc });
    expect(ops.filter((op) => op.recordId === fresh[0]).map((op) => [op.field, op.value])).toEqual([
      ['firstName', 'Personne 0'],
      ['commune', 'Agen'],
      ['commune', 'Layrac'],
    ]);
    expect(ops).toHaveLength(29 * 2 + 1 + 1 + 1);
    expect([...ops].sort((a, b) => (a.hlc < b.hlc ? -1 : 1))).toEqual(ops);
    expect(await getBeneficiary(db, fresh[0]!)).toMatchObject({ firstName: 'Personne 0', commune: 'Layrac' });
    expect(await getBeneficiary(db, kept)).toMatchObject({ firstName: 'Yvette', commune: 'Mézin' });
    expect((await listBeneficiaries(db)).map((b) => b.id)).not.toContain(fresh[1]);
  });
});

describe('the device identity', () => {
  it('makes the clientId once per device and keeps it across restarts', async () => {
    const device = newDevice();
    db = await loggedInClientDb({ device });
    const clientId = await deviceClientId(db);
    expect(clientId).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    db.close();
    db = await loggedInClientDb({ device });
    expect(await deviceClientId(db)).toBe(clientId);
  });

  it('never stamps backwards, even when the wall clock goes back after a restart', async () => {
    const device = newDevice();
    db = await loggedInClientDb({ device, now: () => Date.UTC(2026, 5, 1, 12) });
    const first = await createBeneficiary(db, { firstName: 'Yvette' });
    db.close();
    db = await loggedInClientDb({ device, now: () => Date.UTC(2026, 5, 1, 11) });
    await updateBeneficiary(db, first, { firstName: 'Yvonne' });
    const [a, b] = (await readPushBatch(db, 10)).ops;
    expect(b!.hlc > a!.hlc).toBe(true);
    expect((await getBeneficiary(db, first))?.firstName).toBe('Yvonne');
  });

  it('has a table for every synced collection of the shared schema', () => {
    expect([...SYNCED_COLLECTIONS].sort()).toEqual(Object.keys(collections).sort());
  });
});
