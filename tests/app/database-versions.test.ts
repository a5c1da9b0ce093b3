// Tablets in the field hold databases made by released versions of the app: those versions are frozen,
// and a tablet on version 2 (tests/fixtures/database-v2.json) opens with this version and loses nothing.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { DeclicDatabase, SYNCED_COLLECTIONS, VERSION_1_STORES, VERSION_2_STORES } from '../../src/app/db/database';
import { readCursor } from '../../src/app/db/device-meta';
import { loadDraft } from '../../src/app/db/drafts-repository';
import { loadWrappedKey } from '../../src/app/db/key-repository';
import { readPushBatch } from '../../src/app/db/outbox-repository';
import { readRows } from '../../src/app/db/records-repository';
import { loadSession } from '../../src/app/db/session-repository';
import { loadSettings } from '../../src/app/db/settings-repository';
import { Keyring } from '../../src/app/security/keyring';
import { unwrapDataKey } from '../../src/app/security/keys';
import { importDatabase } from '../fixtures/database-export';
import { DATABASE_V2_PASSPHRASE, databaseV2 } from '../fixtures/database-v2';

const fixture = databaseV2();
let db: DeclicDatabase | undefined;
afterEach(() => db?.close());

/** The key path, auto-increment and indexes of a store, as Dexie writes them ("++seq", "&opId", "[a+b]"). */
function storeSpec(store: IDBObjectStore): string[] {
  const path = (keyPath: string | string[]) => (Array.isArray(keyPath) ? `[${keyPath.join('+')}]` : keyPath);
  const indexes = [...store.indexNames].map((name) => {
    const index = store.index(name);
    return `${index.unique ? '&' : ''}${index.multiEntry ? '*' : ''}${path(index.keyPath)}`;
  });
  return [`${store.autoIncrement ? '++' : ''}${path(store.keyPath!)}`, ...indexes.sort()];
}

/** A Dexie store definition in the same shape (a primary key is unique anyway: its "&" says nothing). */
function declaredSpec(definition: string): string[] {
  const [primary, ...indexes] = definition.split(',').map((part) => part.trim());
  return [primary!.replace(/^&/, ''), ...indexes.sort()];
}

describe('released versions of the database', () => {
  it('versions 1 and 2 are declared exactly as they were released', () => {
    expect(VERSION_1_STORES, 'version 1 was released: add a new version instead').toEqual(fixture.stores['1']);
    expect(VERSION_2_STORES, 'version 2 was released: add a new version instead').toEqual(fixture.stores['2']);
    expect(Object.isFrozen(VERSION_1_STORES) && Object.isFrozen(VERSION_2_STORES)).toBe(true);
  });

  it('a new database has every store of versions 1 and 2 with their keys and indexes', async () => {
    db = new DeclicDatabase('declic', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    const idb = db.backendDB();
    const released = { ...fixture.stores['1'], ...fixture.stores['2'] };
    const transaction = idb.transaction(Object.keys(released), 'readonly');
    for (const [name, definition] of Object.entries(released)) {
      expect(storeSpec(transaction.objectStore(name)), name).toEqual(expect.arrayContaining(declaredSpec(definition)));
    }
  });
});

describe('a tablet on version 2, updated', () => {
  it('finds every record, draft and pending op, its session, settings and passphrase, and pulls again from the start', async () => {
    const device = new IDBFactory();
    await importDatabase(device, fixture);
    const keyring = new Keyring();
    db = new DeclicDatabase('declic', { indexedDB: device, IDBKeyRange, keyring });
    await db.open();
    expect(db.verno).toBeGreaterThan(2);

    // The passphrase of the tablet still opens its data key.
    keyring.open(await unwrapDataKey((await loadWrappedKey(db))!, DATABASE_V2_PASSPHRASE));
    const { expected } = fixture;
    for (const collection of SYNCED_COLLECTIONS) {
      expect(await readRows(db, collection, { includeErased: true }), collection).toEqual(expected.records[collection] ?? []);
    }
    for (const [key, draft] of Object.entries(expected.drafts)) expect(await loadDraft(db, key), key).toEqual(draft);
    const batch = await readPushBatch(db, 1000);
    expect(batch.ops).toEqual(expected.pending);
    expect(batch.ops.length).toBeGreaterThan(0);
    expect(batch.session?.structure.name).toBe('France services de Rethel');
    expect(await loadSession(db)).toMatchObject({ state: 'active', deviceName: 'Tablette de l’accueil' });
    // Version 5 forgets the cursor: version 2 skipped the training ops it had no table for (issue 20), so
    // the tablet pulls again from the start; its pending ops above still go first.
    expect(await readCursor(db)).toBeNull();
    expect((await loadSettings(db)).lockAfterMinutes).toBe(10);
    expect(await db.heldOps.count()).toBe(0);
  });
});
