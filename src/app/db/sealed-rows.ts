// How a record is stored at rest: the states of its personal fields (values, stamps, kept conflicts)
// sealed in ONE AES-GCM blob bound to `<collection>/<id>`; dates, status, ids and stamps of the other
// fields stay in clear. Opening happens in memory, with the key of the unlocked app.
import Dexie from 'dexie';
import type { FieldState } from '../../shared/merge';
import { fieldSpec } from '../../shared/schema/collections';
import type { Keyring } from '../security/keyring';
import { placeOf, seal, unseal, UnsealError, type Sealed } from '../security/seal';
import type { RecordRow, StoredRecordRow } from './database';

type Fields = Record<string, FieldState>;

/** True when `field` of `collection` holds personal data (sealed at rest). */
export function isPersonalField(collection: string, field: string): boolean {
  return fieldSpec(collection, field)?.personal === true;
}

/**
 * Runs crypto work from inside a Dexie transaction without letting the transaction commit while it
 * waits (IndexedDB commits a transaction that has nothing pending; WebCrypto is not IndexedDB).
 */
export function duringTransaction<T>(work: () => Promise<T>): Promise<T> {
  return Dexie.waitFor(Dexie.ignoreTransaction(work));
}

/** Opens stored rows in memory. Throws LockedError while locked, UnsealError for a blob that does not open here. */
export async function openRows(keyring: Keyring, collection: string, rows: StoredRecordRow[]): Promise<RecordRow[]> {
  const key = keyring.key();
  return Promise.all(rows.map((row) => openRow(keyring, key, collection, row)));
}

/** Opens stored rows, leaving out those whose sealed part does not open (reported without their content). */
export async function openReadableRows(keyring: Keyring, collection: string, rows: StoredRecordRow[]): Promise<RecordRow[]> {
  const key = keyring.key();
  const opened = await Promise.all(rows.map((row) => openRow(keyring, key, collection, row).catch(unreadable(collection, row))));
  return opened.filter((row): row is RecordRow => row !== null);
}

/**
 * Opens rows about to receive pulled ops. A row whose sealed part does not open keeps only its clear
 * fields: the pulled values rebuild it, rather than one damaged row stopping every sync.
 */
export async function openRowsForMerge(keyring: Keyring, collection: string, rows: StoredRecordRow[]): Promise<RecordRow[]> {
  const key = keyring.key();
  return Promise.all(
    rows.map((row) =>
      openRow(keyring, key, collection, row).catch((error: unknown) => {
        unreadable(collection, row)(error);
        return { id: row.id, structureId: row.structureId, fields: { ...row.fields }, updatedAt: row.updatedAt };
      }),
    ),
  );
}

/** Seals rows for storage (a fresh IV each time); the clear values stay remembered in memory while unlocked. */
export async function sealRows(keyring: Keyring, collection: string, rows: RecordRow[]): Promise<StoredRecordRow[]> {
  const key = keyring.key();
  return Promise.all(rows.map((row) => sealRow(keyring, key, collection, row)));
}

async function openRow(keyring: Keyring, key: CryptoKey, collection: string, row: StoredRecordRow): Promise<RecordRow> {
  // Fields stored in clear by an older version are read too; the next write seals them.
  const fields: Fields = { ...row.fields };
  if (row.sealed) Object.assign(fields, await openSealed(keyring, key, placeOf(collection, row.id), row.sealed));
  return { id: row.id, structureId: row.structureId, fields, updatedAt: row.updatedAt };
}

async function openSealed(keyring: Keyring, key: CryptoKey, place: string, sealed: Sealed): Promise<Fields> {
  const remembered = keyring.recall(place, sealed);
  if (remembered) return remembered.value as Fields;
  const fields = await unseal<Fields>(key, place, sealed);
  keyring.remember(place, sealed, fields);
  return fields;
}

async function sealRow(keyring: Keyring, key: CryptoKey, collection: string, row: RecordRow): Promise<StoredRecordRow> {
  const clear: Fields = {};
  const personal: Fields = {};
  for (const [field, state] of Object.entries(row.fields)) (isPersonalField(collection, field) ? personal : clear)[field] = state;
  const stored: StoredRecordRow = { id: row.id, structureId: row.structureId, fields: clear, updatedAt: row.updatedAt };
  const place = placeOf(collection, row.id);
  if (Object.keys(personal).length === 0) {
    keyring.forget(place);
    return stored;
  }
  stored.sealed = await seal(key, place, personal);
  keyring.remember(place, stored.sealed, personal);
  return stored;
}

function unreadable(collection: string, row: StoredRecordRow) {
  return (error: unknown): null => {
    if (!(error instanceof UnsealError)) throw error;
    // The record id only: never a value.
    console.warn(`Dossier illisible sur cette tablette (${collection}/${row.id}) : ses données chiffrées ne s’ouvrent pas.`);
    return null;
  };
}
