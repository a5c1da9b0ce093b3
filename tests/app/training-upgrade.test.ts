// The tablet's database from version 2 (before « Se former ») to version 5: the new table is there, what
// the tablet held stays, and the pull cursor is forgotten, so that the training records the older app
// skipped (it had no table for them, and its cursor went past them) come again at the next sync.
import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { VERSION_1_STORES, VERSION_2_STORES, type DeclicDatabase } from '../../src/app/db/database';
import { deviceClientId, readCursor } from '../../src/app/db/device-meta';
import { listTrainingProgress } from '../../src/app/db/training-progress-repository';
import { newDevice, openClientDb } from '../fixtures/client-db';

/** The database as the released app (version 2) made it, with a cursor and a record. */
async function versionTwoDevice() {
  const device = newDevice();
  const old = new Dexie('declic', { indexedDB: device, IDBKeyRange });
  old.version(1).stores(VERSION_1_STORES);
  old.version(2).stores(VERSION_2_STORES);
  await old.open();
  await old.table('meta').bulkPut([
    { key: 'clientId', value: 'tablette-accueil-0001' },
    { key: 'cursor', value: '4242' },
  ]);
  await old.table('orientations').put({ id: '0190a000-0000-7000-8000-000000000001', structureId: 's', fields: {}, updatedAt: 1 });
  old.close();
  return device;
}

let db: DeclicDatabase;
afterEach(() => db?.close());

describe('upgrading a tablet to « Se former »', () => {
  it('adds the progress table, keeps what the tablet held, and pulls again from the start', async () => {
    const device = await versionTwoDevice();
    db = await openClientDb({ device });
    // Version 5 brought the training progress; later versions add other tables.
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect(await listTrainingProgress(db)).toEqual([]);
    expect(await readCursor(db)).toBeNull();
    expect(await deviceClientId(db)).toBe('tablette-accueil-0001');
    expect(await db.records('orientations').count()).toBe(1);
  });

  it('keeps the cursor of a tablet already at version 5', async () => {
    const device = newDevice();
    db = await openClientDb({ device });
    await db.meta.put({ key: 'cursor', value: '77' });
    db.close();
    db = await openClientDb({ device });
    expect(await readCursor(db)).toBe('77');
  });
});
