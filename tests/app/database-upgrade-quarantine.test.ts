// The database of a tablet that ran the released version 3 (and the version-2 fixture) opens in the version
// that adds the quarantine (4): pending ops are kept, the quarantine starts empty, and an old op can be set
// aside and sent again.
import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { VERSION_1_STORES, VERSION_2_STORES, VERSION_3_STORES, type DeclicDatabase } from '../../src/app/db/database';
import { pendingCount } from '../../src/app/db/outbox-repository';
import { listQuarantine, quarantineOps, retryQuarantined } from '../../src/app/db/quarantine-repository';
import { newDevice, openClientDb } from '../fixtures/client-db';
import { importDatabase } from '../fixtures/database-export';
import { databaseV2 } from '../fixtures/database-v2';

const RECORD_ID = '01929a3c-4f00-7000-8000-000000000001';
const tickOp = {
  opId: 'op-de-la-version-3',
  collection: 'checklistItems',
  recordId: RECORD_ID,
  field: 'checked',
  value: true,
  hlc: '1760000000000-0000-tablette-accueil',
};

/** A device whose database was written by version 3, the release before the quarantine (its frozen stores). */
async function version3Device() {
  const device = newDevice();
  const released = new Dexie('declic', { indexedDB: device, IDBKeyRange });
  released.version(1).stores(VERSION_1_STORES);
  released.version(2).stores(VERSION_2_STORES);
  released.version(3).stores(VERSION_3_STORES);
  await released.open();
  await released.table('outbox').add({ ...tickOp });
  released.close();
  return device;
}

let db: DeclicDatabase | undefined;
afterEach(() => db?.close());

describe('upgrading a version 3 database', () => {
  it('keeps the pending ops and adds an empty quarantine', async () => {
    db = await openClientDb({ device: await version3Device() });
    // Version 4 brought the quarantine; later versions add other tables.
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await pendingCount(db)).toBe(1);
    expect(await db.quarantine.count()).toBe(0);
  });

  it('sets an op of version 3 aside and puts it back', async () => {
    db = await openClientDb({ device: await version3Device() });
    await quarantineOps(db, [{ opId: tickOp.opId, reason: 'Valeur refusée', code: 'valeur_invalide', damaged: false }]);
    expect(await pendingCount(db)).toBe(0);
    expect(await listQuarantine(db)).toEqual([expect.objectContaining({ opId: tickOp.opId, what: 'La case à cocher', person: null })]);
    await retryQuarantined(db);
    expect(await db.outbox.toArray()).toEqual([expect.objectContaining(tickOp)]);
  });
});

describe('the version-2 fixture tablet, updated', () => {
  it('has an empty quarantine and every pending op still pending', async () => {
    const fixture = databaseV2();
    const device = newDevice();
    await importDatabase(device, fixture);
    db = await openClientDb({ device, locked: true });
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await db.quarantine.count()).toBe(0);
    expect(await db.outbox.count()).toBeGreaterThan(0);
  });
});
