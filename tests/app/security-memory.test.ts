// What stays in memory while the tablet is unlocked: the opened files, so that a list of thousands is not
// read and decrypted again — kept right by this tab's writes, dropped when another tab writes, gone at the lock.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createBeneficiary,
  getBeneficiary,
  listBeneficiaries,
  prepareBeneficiaries,
  updateBeneficiary,
} from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { LockedError } from '../../src/app/security/keyring';
import { preparePersonFiles } from '../../src/app/db/person-file-repository';
import { listPeople } from '../../src/app/db/person-index';
import { applyPulledOps } from '../../src/app/db/records-repository';
import { loadPersonFile } from '../../src/app/features/beneficiaries/person-file';
import { uuidv7 } from '../../src/shared/schema/ids';
import { deviceDataKey, loggedInClientDb, newDevice, openClientDb } from '../fixtures/client-db';

const opened: DeclicDatabase[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

async function tablet(device = newDevice()) {
  const db = await loggedInClientDb({ device });
  opened.push(db);
  return db;
}

const names = async (db: DeclicDatabase) => (await listBeneficiaries(db)).map((b) => b.firstName).sort();

describe('the files opened in memory', () => {
  it('lists again without reading or decrypting any row, and follows this tab’s own writes', async () => {
    const db = await tablet();
    const yvette = await createBeneficiary(db, { firstName: 'Yvette' });
    await createBeneficiary(db, { firstName: 'Karim' });
    const reads = vi.spyOn(db.records('beneficiaries'), 'toArray');
    expect(await names(db)).toEqual(['Karim', 'Yvette']);
    expect(await names(db)).toEqual(['Karim', 'Yvette']);
    await updateBeneficiary(db, yvette, { firstName: 'Yvonne' });
    await applyPulledOps(db, [
      {
        opId: uuidv7(),
        collection: 'beneficiaries',
        recordId: uuidv7(),
        field: 'firstName',
        value: 'Louis',
        hlc: `${Date.now()}-0000-autre-tablette`,
        base: null,
      },
    ]);
    expect(await names(db)).toEqual(['Karim', 'Louis', 'Yvonne']);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('reads again from memory, with no IndexedDB request, until a table changes', async () => {
    const db = await tablet();
    await createBeneficiary(db, { firstName: 'Yvette' });
    expect(await names(db)).toEqual(['Yvette']);
    const transactions = vi.spyOn(db, 'transaction');
    expect(await names(db)).toEqual(['Yvette']);
    expect(transactions).not.toHaveBeenCalled();
    await createBeneficiary(db, { firstName: 'Karim' });
    transactions.mockClear();
    expect(await names(db)).toEqual(['Karim', 'Yvette']);
    expect(transactions).toHaveBeenCalled();
  });

  it('opens a file with no IndexedDB request once the records about people were prepared', async () => {
    const db = await tablet();
    const yvette = await createBeneficiary(db, { firstName: 'Yvette' });
    await names(db);
    // What the list of files did: its index opened (the merge links a file's opening reads), the records prepared.
    await listPeople(db);
    await preparePersonFiles(db);
    const transactions = vi.spyOn(db, 'transaction');
    expect((await loadPersonFile(db, yvette))?.person.firstName).toBe('Yvette');
    expect(transactions).not.toHaveBeenCalled();
  });

  it('opens a file shown in the list once, ahead, then with no IndexedDB request until files change', async () => {
    const device = newDevice();
    const db = await tablet(device);
    const yvette = await createBeneficiary(db, { firstName: 'Yvette' });
    const karim = await createBeneficiary(db, { firstName: 'Karim' });
    // A fresh unlock: the list reads the index, no file is opened yet.
    const other = await openClientDb({ device });
    opened.push(other);
    const transactions = vi.spyOn(other, 'transaction');
    await prepareBeneficiaries(other, [yvette, karim]);
    expect(transactions).toHaveBeenCalledTimes(1);
    transactions.mockClear();
    expect((await getBeneficiary(other, yvette))?.firstName).toBe('Yvette');
    expect((await getBeneficiary(other, karim))?.firstName).toBe('Karim');
    expect(transactions).not.toHaveBeenCalled();
    // A change in another tab: the next reading goes to IndexedDB again, and sees it.
    await updateBeneficiary(db, yvette, { firstName: 'Yvonne' });
    expect((await getBeneficiary(other, yvette))?.firstName).toBe('Yvonne');
    expect(transactions).toHaveBeenCalled();
    other.keyring.close();
    expect(other.keyring.memo('rows:beneficiaries')).toBeUndefined();
  });

  it('sees what another tab of the same tablet wrote', async () => {
    const device = newDevice();
    const first = await tablet(device);
    await createBeneficiary(first, { firstName: 'Yvette' });
    expect(await names(first)).toEqual(['Yvette']);
    const other = await openClientDb({ device });
    opened.push(other);
    await createBeneficiary(other, { firstName: 'Karim' });
    expect(await names(first)).toEqual(['Karim', 'Yvette']);
  });

  it('keeps the list’s order until a file changes, then sorts again', async () => {
    const db = await tablet();
    await createBeneficiary(db, { firstName: 'Anne', lastName: 'Durand' });
    const martin = await createBeneficiary(db, { firstName: 'Bruno', lastName: 'Martin' });
    const lastNames = async () => (await listBeneficiaries(db)).map((b) => b.lastName);
    expect(await lastNames()).toEqual(['Durand', 'Martin']);
    expect(await lastNames()).toEqual(['Durand', 'Martin']);
    await updateBeneficiary(db, martin, { lastName: 'Aubert' });
    expect(await lastNames()).toEqual(['Aubert', 'Durand']);
  });

  it('hands out the same frozen list until a file changes, so that no view can change another’s', async () => {
    const db = await tablet();
    const yvette = await createBeneficiary(db, { firstName: 'Yvette' });
    const first = await listBeneficiaries(db);
    expect(await listBeneficiaries(db)).toBe(first);
    expect(() => ((first[0] as { firstName: string | null }).firstName = 'changé par une vue')).toThrow(TypeError);
    expect(await names(db)).toEqual(['Yvette']);
    await updateBeneficiary(db, yvette, { firstName: 'Yvonne' });
    const after = await listBeneficiaries(db);
    expect(after).not.toBe(first);
    expect(after.map((b) => b.firstName)).toEqual(['Yvonne']);
  });

  it('is gone with the lock', async () => {
    const device = newDevice();
    const db = await tablet(device);
    await createBeneficiary(db, { firstName: 'Yvette' });
    await listBeneficiaries(db);
    db.keyring.close();
    expect(db.keyring.memo('records:beneficiaries')).toBeUndefined();
    await expect(listBeneficiaries(db)).rejects.toBeInstanceOf(LockedError);
    db.keyring.open(await deviceDataKey(device));
    const reads = vi.spyOn(db.records('beneficiaries'), 'toArray');
    expect(await names(db)).toEqual(['Yvette']);
    expect(reads).toHaveBeenCalledTimes(1);
  });
});
