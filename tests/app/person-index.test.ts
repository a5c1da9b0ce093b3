// The sealed index of the files (person-index.ts): what the list and its search read, opened as ONE blob
// at unlock. Kept by every write of a file (created, changed, pulled, erased, emptied), sealed like the
// records, built again when missing or stale (a tablet updated from a version without it), right across tabs.
import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBeneficiary, eraseBeneficiary, updateBeneficiary } from '../../src/app/db/beneficiaries-repository';
import { DeclicDatabase, type PersonIndexRow } from '../../src/app/db/database';
import { wipeDevice } from '../../src/app/db/device-wipe';
import { keptFileId, mergeFiles, reconcileMergedFiles } from '../../src/app/db/file-merge-repository';
import { erasePersonFile, filesMergedInto } from '../../src/app/db/person-file-repository';
import { listPeople, onIndexProgress, type IndexProgress } from '../../src/app/db/person-index';
import { applyPulledOps } from '../../src/app/db/records-repository';
import { chooseStructure } from '../../src/app/db/session-repository';
import { Keyring, LockedError } from '../../src/app/security/keyring';
import { unwrapDataKey } from '../../src/app/security/keys';
import { loadWrappedKey } from '../../src/app/db/key-repository';
import { placeOf, seal, unseal } from '../../src/app/security/seal';
import { uuidv7 } from '../../src/shared/schema/ids';
import type { Op } from '../../src/shared/schema/sync';
import { importDatabase } from '../fixtures/database-export';
import { DATABASE_V2_PASSPHRASE, databaseV2 } from '../fixtures/database-v2';
import { deviceDataKey, loggedInClientDb, newDevice, openClientDb } from '../fixtures/client-db';

const opened: DeclicDatabase[] = [];
afterEach(() => {
  opened.splice(0).forEach((db) => db.close());
  vi.restoreAllMocks();
});

async function tablet(device = newDevice()) {
  const db = await loggedInClientDb({ device });
  opened.push(db);
  return db;
}

const names = (people: readonly { firstName: string | null }[]) => people.map((p) => p.firstName).sort();

/**
 * What a fresh unlock of `device` lists (another instance: nothing in memory), and how many blobs it
 * decrypted to list them: 1 when the stored index was current, one per file when it had to be built.
 */
async function atNextUnlock(device: IDBFactory) {
  const db = await openClientDb({ device });
  opened.push(db);
  const decrypt = vi.spyOn(globalThis.crypto.subtle, 'decrypt');
  const people = await listPeople(db);
  const decrypted = decrypt.mock.calls.length;
  decrypt.mockRestore();
  return { names: names(people), decrypted, people };
}

/** The index as stored, opened with the device's key (what it would reveal once unsealed). */
async function storedIndex(db: DeclicDatabase, device: IDBFactory): Promise<string> {
  const row = (await db.personIndex.get('beneficiaries')) as PersonIndexRow;
  return JSON.stringify(await unseal(await deviceDataKey(device), placeOf('personIndex', 'beneficiaries'), row.sealed));
}

function pulled(recordId: string, field: string, value: unknown, ms: number): Op {
  return { opId: uuidv7(ms), collection: 'beneficiaries', recordId, field, value, hlc: `${ms}-0000-autre-tablette-01`, base: null };
}

describe('the index of the files', () => {
  it('is built from the files when absent, with its progress said, then opens as one blob', async () => {
    const device = newDevice();
    const db = await tablet(device);
    for (const firstName of ['Yvette', 'Karim', 'Aïcha']) await createBeneficiary(db, { firstName, commune: 'Nérac', birthYear: 1950 });
    expect(await db.personIndex.count()).toBe(0);
    const steps: IndexProgress[] = [];
    const stop = onIndexProgress(db, (progress) => steps.push(progress));
    const people = await listPeople(db);
    stop();
    expect(names(people)).toEqual(['Aïcha', 'Karim', 'Yvette']);
    expect(people[0]).toEqual({
      id: expect.any(String),
      firstName: expect.any(String),
      lastName: null,
      commune: 'Nérac',
      birthYear: 1950,
      lastContactOn: null,
      status: null,
      phone: null,
      email: null,
      mergedInto: null,
    });
    expect(steps.at(0)).toEqual({ done: 0, total: 3 });
    expect(steps.at(-1)).toEqual({ done: 3, total: 3 });
    expect(await db.personIndex.count()).toBe(1);
    // The next unlock opens the stored index: one decryption, not one per file.
    expect(await atNextUnlock(device)).toMatchObject({ names: ['Aïcha', 'Karim', 'Yvette'], decrypted: 1 });
  });

  it('stays current through creation, change, pulled ops and erasure, without being built again', async () => {
    const device = newDevice();
    const db = await tablet(device);
    const yvette = await createBeneficiary(db, { firstName: 'Yvette', commune: 'Nérac' });
    await listPeople(db);
    const karim = await createBeneficiary(db, { firstName: 'Karim' });
    await updateBeneficiary(db, yvette, { commune: 'Mézin', lastContactOn: '2026-03-02' });
    const pulledId = uuidv7();
    const at = Date.now();
    await applyPulledOps(db, [pulled(pulledId, 'firstName', 'Fatima', at), pulled(pulledId, 'status', 'clos', at + 1)]);
    const next = await atNextUnlock(device);
    expect(next).toMatchObject({ names: ['Fatima', 'Karim', 'Yvette'], decrypted: 1 });
    expect(next.people.find((p) => p.id === yvette)).toMatchObject({ commune: 'Mézin', lastContactOn: '2026-03-02' });
    expect(next.people.find((p) => p.id === pulledId)).toMatchObject({ status: 'clos' });

    await eraseBeneficiary(db, karim);
    await applyPulledOps(db, [pulled(pulledId, 'deleted', true, at + 2)]);
    expect(await atNextUnlock(device)).toMatchObject({ names: ['Yvette'], decrypted: 1 });
    // The erased are gone from the sealed blob itself, not only from the list.
    expect(await storedIndex(db, device)).not.toMatch(/Karim|Fatima/);
  });

  it('leaves out a file merged into another, and carries what the duplicate check reads', async () => {
    const device = newDevice();
    const db = await tablet(device);
    const kept = await createBeneficiary(db, { firstName: 'Yvette', lastName: 'Roux', phone: '06 12 34 56 78' });
    const other = await createBeneficiary(db, { firstName: 'Yvette', lastName: 'Roux', email: 'yvette@exemple.fr' });
    expect(names(await listPeople(db))).toEqual(['Yvette', 'Yvette']);
    await mergeFiles(db, kept, other);
    const next = await atNextUnlock(device);
    expect(next).toMatchObject({ decrypted: 1 });
    expect(next.people.map((p) => p.id)).toEqual([kept]);
    expect(next.people[0]).toMatchObject({ phone: '06 12 34 56 78', email: 'yvette@exemple.fr', mergedInto: null });
  });

  it('answers the merge checks of a sync and of a file’s opening without opening any file', async () => {
    const device = newDevice();
    const db = await tablet(device);
    const yvette = await createBeneficiary(db, { firstName: 'Yvette' });
    const karim = await createBeneficiary(db, { firstName: 'Karim' });
    await listPeople(db);
    // A fresh unlock (nothing opened in memory): the list opens the index, then a sync ends and a file opens.
    const other = await openClientDb({ device });
    opened.push(other);
    await listPeople(other);
    const decrypt = vi.spyOn(globalThis.crypto.subtle, 'decrypt');
    expect(await reconcileMergedFiles(other)).toBe(0);
    expect(await keptFileId(other, yvette)).toBe(yvette);
    expect(await filesMergedInto(other, yvette)).toEqual([]);
    expect(decrypt).not.toHaveBeenCalled();
    await mergeFiles(other, yvette, karim);
    expect(await keptFileId(other, karim)).toBe(yvette);
    expect(await filesMergedInto(other, yvette)).toEqual([karim]);
  });

  it('is built again when it holds other fields than this version’s', async () => {
    const device = newDevice();
    const db = await tablet(device);
    await createBeneficiary(db, { firstName: 'Yvette', phone: '06 12 34 56 78' });
    await listPeople(db);
    // An index sealed by a version that kept fewer fields (no phone), at the current generation.
    const row = (await db.personIndex.get('beneficiaries')) as PersonIndexRow;
    const key = await deviceDataKey(device);
    const place = placeOf('personIndex', 'beneficiaries');
    const content = await unseal<{ generation: string; fields: string[]; people: unknown[][] }>(key, place, row.sealed);
    const older = { ...content, fields: content.fields.slice(0, 6), people: content.people.map((p) => p.slice(0, 7)) };
    await db.personIndex.put({ ...row, sealed: await seal(key, place, older) });
    expect(await atNextUnlock(device)).toMatchObject({ decrypted: 2 });
    const next = await atNextUnlock(device);
    expect(next).toMatchObject({ names: ['Yvette'], decrypted: 1 });
    expect(next.people[0]?.phone).toBe('06 12 34 56 78');
  });

  it('loses the person whose file is erased with everything about them', async () => {
    const device = newDevice();
    const db = await tablet(device);
    const yvette = await createBeneficiary(db, { firstName: 'Yvette' });
    await createBeneficiary(db, { firstName: 'Karim' });
    expect(names(await listPeople(db))).toEqual(['Karim', 'Yvette']);
    await erasePersonFile(db, yvette);
    expect(names(await listPeople(db))).toEqual(['Karim']);
    expect(await atNextUnlock(device)).toMatchObject({ names: ['Karim'], decrypted: 1 });
  });

  it('holds no name in clear: IndexedDB has only the sealed blob and a generation', async () => {
    const device = newDevice();
    const db = await tablet(device);
    await createBeneficiary(db, { firstName: 'Canari-7731', lastName: 'Canari-Nom', commune: 'Canari-sur-Baïse' });
    await listPeople(db);
    await createBeneficiary(db, { firstName: 'Canari-Deux' });
    const row = (await db.personIndex.get('beneficiaries')) as PersonIndexRow;
    expect(Object.keys(row).sort()).toEqual(['generation', 'key', 'sealed']);
    const raw = JSON.stringify(row, (_key, value: unknown) =>
      value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : value,
    );
    expect(raw).not.toContain('Canari');
    expect(await storedIndex(db, device)).toContain('Canari-Deux');
    // Sealed for its place: the blob does not open as a record.
    await expect(unseal(await deviceDataKey(device), placeOf('beneficiaries', 'beneficiaries'), row.sealed)).rejects.toThrow();
  });

  it('is deleted when found stale at a write, and built again at the next read', async () => {
    const device = newDevice();
    const db = await tablet(device);
    await createBeneficiary(db, { firstName: 'Yvette' });
    await listPeople(db);
    // A generation the index does not match (as after a write it missed).
    await db.meta.put({ key: 'generation:beneficiaries', value: 'autre' });
    await createBeneficiary(db, { firstName: 'Karim' });
    expect(await db.personIndex.count()).toBe(0);
    expect(await atNextUnlock(device)).toMatchObject({ names: ['Karim', 'Yvette'], decrypted: 2 });
    expect(await atNextUnlock(device)).toMatchObject({ names: ['Karim', 'Yvette'], decrypted: 1 });
  });

  it('goes with the files when the tablet changes structure, and with the wipe', async () => {
    const device = newDevice();
    const db = await tablet(device);
    await applyPulledOps(db, [pulled(uuidv7(), 'firstName', 'Yvette', Date.now())]);
    await listPeople(db);
    expect(await db.personIndex.count()).toBe(1);
    await chooseStructure(db, 'structure-autre');
    expect(await db.personIndex.count()).toBe(0);
    expect(await listPeople(db)).toEqual([]);
    await wipeDevice(db);
    expect(await db.personIndex.count()).toBe(0);
  });

  it('stays right when two tabs write in turn', async () => {
    const device = newDevice();
    const first = await tablet(device);
    await createBeneficiary(first, { firstName: 'Yvette' });
    expect(names(await listPeople(first))).toEqual(['Yvette']);
    const other = await openClientDb({ device });
    opened.push(other);
    await createBeneficiary(other, { firstName: 'Karim' });
    // The first tab's index in memory is older than the stored one: its next write starts from the stored one.
    await createBeneficiary(first, { firstName: 'Zoé' });
    expect(names(await listPeople(first))).toEqual(['Karim', 'Yvette', 'Zoé']);
    await createBeneficiary(other, { firstName: 'Aïcha' });
    expect(names(await listPeople(first))).toEqual(['Aïcha', 'Karim', 'Yvette', 'Zoé']);
    expect(await atNextUnlock(device)).toMatchObject({ names: ['Aïcha', 'Karim', 'Yvette', 'Zoé'], decrypted: 1 });
  });

  it('hands out the same frozen list until a file changes, and is gone with the lock', async () => {
    const db = await tablet();
    const yvette = await createBeneficiary(db, { firstName: 'Yvette' });
    const list = await listPeople(db);
    expect(await listPeople(db)).toBe(list);
    expect(() => ((list[0] as { firstName: string | null }).firstName = 'changé')).toThrow(TypeError);
    await updateBeneficiary(db, yvette, { firstName: 'Yvonne' });
    expect(names(await listPeople(db))).toEqual(['Yvonne']);
    db.keyring.close();
    await expect(listPeople(db)).rejects.toThrow(LockedError);
  });

  it('is built at the first unlock of a tablet updated from version 2', async () => {
    const fixture = databaseV2();
    const device = newDevice();
    await importDatabase(device, fixture);
    const keyring = new Keyring();
    const db = new DeclicDatabase('declic', { indexedDB: device, IDBKeyRange, keyring });
    opened.push(db);
    await db.open();
    keyring.open(await unwrapDataKey((await loadWrappedKey(db))!, DATABASE_V2_PASSPHRASE));
    const expected = (fixture.expected.records.beneficiaries ?? []) as {
      id: string;
      fields: Record<string, { winner: { value: unknown } }>;
    }[];
    const live = expected.filter((row) => row.fields.deleted?.winner.value !== true);
    expect(live.length).toBeGreaterThan(0);
    const people = await listPeople(db);
    expect(people.map((p) => p.id).sort()).toEqual(live.map((row) => row.id).sort());
    expect(people.map((p) => p.firstName).sort()).toEqual(live.map((row) => row.fields.firstName?.winner.value ?? null).sort());
    expect(await db.personIndex.count()).toBe(1);
  });
});
