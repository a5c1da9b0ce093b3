// The pages that list people (Activité, a new atelier, a new suivi, the mandates to renew, the statistics and La
// Coop's export) read them from the sealed index of the files: after an unlock they open one blob, not every file.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { dismissDuplicate, mergeFiles, planMerge } from '../../src/app/db/file-merge-repository';
import { listAllFiles, listPeopleByName } from '../../src/app/db/people-lists';
import { loadStatsInput } from '../../src/app/features/activity/dashboard/structure-stats';
import { loadPossibleDuplicates } from '../../src/app/features/beneficiaries/DuplicatesPage';
import { loggedInClientDb, newDevice, openClientDb } from '../fixtures/client-db';

const opened: DeclicDatabase[] = [];
afterEach(() => {
  opened.splice(0).forEach((db) => db.close());
  vi.restoreAllMocks();
});

/** A tablet with four files, two of them one person merged; returns the device and the files' ids. */
async function tabletWithFiles() {
  const device = newDevice();
  const db = await loggedInClientDb({ device });
  opened.push(db);
  const ids = {
    zoe: await createBeneficiary(db, { firstName: 'Zoé', lastName: 'Abadie' }),
    emile: await createBeneficiary(db, { firstName: 'Émile', lastName: 'Roux', birthYear: 1948 }),
    eva: await createBeneficiary(db, { firstName: 'Eva', lastName: 'Roux', commune: 'Nérac' }),
    twin: await createBeneficiary(db, { firstName: 'Eva', lastName: 'Roux' }),
  };
  await mergeFiles(db, ids.eva, ids.twin);
  return { device, ids };
}

/** A fresh unlock of `device` (nothing in memory), and how many blobs `read` decrypts. */
async function decryptedBy<T>(device: IDBFactory, read: (db: DeclicDatabase) => Promise<T>): Promise<{ value: T; decrypted: number }> {
  const db = await openClientDb({ device });
  opened.push(db);
  const decrypt = vi.spyOn(globalThis.crypto.subtle, 'decrypt');
  const value = await read(db);
  const decrypted = decrypt.mock.calls.length;
  decrypt.mockRestore();
  return { value, decrypted };
}

describe('the people pages list', () => {
  it('come by last then first name, merged files left out, from one blob', async () => {
    const { device, ids } = await tabletWithFiles();
    const { value, decrypted } = await decryptedBy(device, listPeopleByName);
    expect(value.map((p) => p.id)).toEqual([ids.zoe, ids.emile, ids.eva]);
    expect(decrypted).toBe(1);
  });

  it('are, for the statistics, every file with what they read (merged ones too), still from one blob', async () => {
    const { device, ids } = await tabletWithFiles();
    const { value, decrypted } = await decryptedBy(device, loadStatsInput);
    const files = [...value.beneficiaries].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(files.map((f) => [f.id, f.birthYear ?? null, f.commune ?? null, f.mergedInto ?? null])).toEqual([
      [ids.zoe, null, null, null],
      [ids.emile, 1948, null, null],
      [ids.eva, null, 'Nérac', null],
      [ids.twin, null, null, ids.eva],
    ]);
    expect(decrypted).toBe(1);
  });

  it('are the same arrays while no file changes', async () => {
    const { device } = await tabletWithFiles();
    const db = await openClientDb({ device });
    opened.push(db);
    expect(await listPeopleByName(db)).toBe(await listPeopleByName(db));
    expect(await listAllFiles(db)).toBe(await listAllFiles(db));
    const before = await listPeopleByName(db);
    await createBeneficiary(db, { firstName: 'Nina', lastName: 'Bertin' });
    expect(await listPeopleByName(db)).not.toBe(before);
  });

  it('give « Doublons possibles » from the blob and the files of the pairs alone, a pair said distinct left out', async () => {
    const device = newDevice();
    const db = await loggedInClientDb({ device });
    opened.push(db);
    await listPeopleByName(db); // the index is there, and each write below keeps it
    for (const [firstName, lastName] of [
      ['Zoé', 'Abadie'],
      ['Nina', 'Bertin'],
      ['Paul', 'Castex'],
      ['Léon', 'Dupuy'],
      ['Alice', 'Fabre'],
      ['Hugo', 'Garcia'],
      ['Lina', 'Hébrard'],
      ['Yves', 'Lacoste'],
    ])
      await createBeneficiary(db, { firstName, lastName });
    const jean = await createBeneficiary(db, { firstName: 'Jean', lastName: 'Martin', phone: '06 12 34 56 78' });
    const jeanAgain = await createBeneficiary(db, { firstName: 'Jean', lastName: 'Martin', phone: '0612345678' });
    const marie = await createBeneficiary(db, { firstName: 'Marie', lastName: 'Petit', email: 'marie.petit@example.fr' });
    const otherMarie = await createBeneficiary(db, { firstName: 'Marie', lastName: 'Petit', email: 'marie.petit@example.fr' });
    await dismissDuplicate(db, marie, otherMarie);

    const { value, decrypted } = await decryptedBy(device, loadPossibleDuplicates);
    expect(value.map((pair) => [pair.first.id, pair.second.id, pair.criteria])).toEqual([
      [jean, jeanAgain, ['nom', 'prenom', 'telephone']],
    ]);
    // The index, then the four files of the two pairs found (the second said distinct): not the twelve files.
    expect(decrypted).toBe(5);
    // « Ce ne sont pas les mêmes personnes » then opens the older file of the pair alone, and the index it keeps.
    const dismissal = await decryptedBy(device, (fresh) => dismissDuplicate(fresh, jeanAgain, jean));
    expect(dismissal.decrypted).toBe(2);
    // « Fusionner » plans the merge from the index and the two files.
    const plan = await decryptedBy(device, (fresh) => planMerge(fresh, jean, jeanAgain));
    expect(plan.value?.other.id).toBe(jeanAgain);
    expect(plan.decrypted).toBe(3);
  });
});
