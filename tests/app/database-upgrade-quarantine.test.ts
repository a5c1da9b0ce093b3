// The database of a tablet that ran the released version 2 opens in the version that adds the quarantine
// (4): its pending ops are kept, the quarantine starts empty, and an old op can be set aside and sent again.
import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeclicDatabase } from '../../src/app/db/database';
import { pendingCount } from '../../src/app/db/outbox-repository';
import { listQuarantine, quarantineOps, retryQuarantined } from '../../src/app/db/quarantine-repository';
import { newDevice, openClientDb } from '../fixtures/client-db';

const RECORD_ID = '01929a3c-4f00-7000-8000-000000000001';
const tickOp = {
  opId: 'op-de-la-version-2',
  collection: 'checklistItems',
  recordId: RECORD_ID,
  field: 'checked',
  value: true,
  hlc: '1760000000000-0000-tablette-accueil',
};

/** A device whose database was written by version 2 (its schema as released, declared here frozen). */
async function version2Device() {
  const device = newDevice();
  const released = new Dexie('declic', { indexedDB: device, IDBKeyRange });
  const records = (names: string[]) => Object.fromEntries(names.map((name) => [name, '&id, updatedAt']));
  released.version(1).stores({
    meta: '&key',
    content: '&key',
    outbox: '++seq, &opId, [collection+recordId]',
    drafts: '&key',
    ...records(['beneficiaries', 'accompagnements', 'orientations', 'passNumeriques', 'diagnostics', 'mandates']),
  });
  released.version(2).stores(records(['demarcheSuivis', 'checklistItems']));
  await released.open();
  await released.table('outbox').add({ ...tickOp });
  released.close();
  return device;
}

let db: DeclicDatabase | undefined;
afterEach(() => db?.close());

describe('upgrading a version 2 database', () => {
  it('keeps the pending ops and adds an empty quarantine', async () => {
    db = await openClientDb({ device: await version2Device() });
    expect(db.verno).toBe(4);
    expect(await pendingCount(db)).toBe(1);
    expect(await db.quarantine.count()).toBe(0);
  });

  it('sets an op of version 2 aside and puts it back', async () => {
    db = await openClientDb({ device: await version2Device() });
    await quarantineOps(db, [{ opId: tickOp.opId, reason: 'Valeur refusée', code: 'valeur_invalide', damaged: false }]);
    expect(await pendingCount(db)).toBe(0);
    expect(await listQuarantine(db)).toEqual([expect.objectContaining({ opId: tickOp.opId, what: 'La case à cocher', person: null })]);
    await retryQuarantined(db);
    expect(await db.outbox.toArray()).toEqual([expect.objectContaining(tickOp)]);
  });
});
