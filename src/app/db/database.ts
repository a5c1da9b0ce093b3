// The tablet's database (Dexie over IndexedDB): its tables and versioned schema. Only src/app/db uses Dexie.
import { DATABASE_NAME } from './database-name';
import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { FieldState } from '../../shared/merge';
import type { Op } from '../../shared/schema/sync';
import { Keyring } from '../security/keyring';
import type { Sealed } from '../security/seal';
import { unknownData } from './data-errors';
import { CURSOR_KEY } from './device-meta';
import { addTestExtraVersion } from './test-extra-version';

/** A small key/value row for device-level settings and sync bookkeeping. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** One synced record as the app works on it, in memory: every field's merged state. */
export interface RecordRow {
  id: string;
  structureId: string;
  fields: Record<string, FieldState>;
  updatedAt: number;
}

/**
 * One synced record as stored (see sealed-rows.ts): the states of its non-personal fields in clear,
 * those of its personal fields in ONE sealed blob bound to `<collection>/<id>`. No value is indexed.
 */
export interface StoredRecordRow {
  id: string;
  structureId: string;
  fields: Record<string, FieldState>;
  sealed?: Sealed;
  updatedAt: number;
}

/** One pending op, in push order (`seq`); a personal value is sealed (`value` null, see sealed-ops.ts). */
export interface OutboxRow extends Op {
  sealed?: Sealed;
  seq?: number;
}

/** A pulled op kept for a later version of the app: its value sealed whatever the field (see held-ops.ts). */
export type HeldOpRow = Omit<OutboxRow, 'seq'>;

/** An op the endpoint refused, or that no longer opens on this tablet: kept sealed as in the outbox, never sent until retried. */
export interface QuarantineRow extends OutboxRow {
  /** Why, in French: the endpoint's message, or the tablet's when the op does not open. */
  reason: string;
  /** The endpoint's error code; null for an op damaged on the tablet. */
  code: string | null;
  /** True when the op's sealed value or shape could not be read here. */
  damaged: boolean;
  quarantinedAt: number;
}

/** The synced collections that have a table on the device: adding one is adding its name here, and its table in a new version. */
export const SYNCED_COLLECTIONS = [
  'beneficiaries',
  'accompagnements',
  'orientations',
  'passNumeriques',
  'diagnostics',
  'mandates',
  'demarcheSuivis',
  'checklistItems',
  'trainingProgress',
  'localPartners',
  'localNotes',
  'workshops',
] as const;
export type SyncedCollection = (typeof SYNCED_COLLECTIONS)[number];

/** True when this version of the app has a table for `collection`. */
export function isSyncedCollection(collection: string): collection is SyncedCollection {
  return (SYNCED_COLLECTIONS as readonly string[]).includes(collection);
}

export { DATABASE_NAME };

/** Where the database lives and which clock stamps its writes (tests give each replica its own). */
export interface DatabaseOptions {
  indexedDB?: DexieOptions['indexedDB'];
  IDBKeyRange?: DexieOptions['IDBKeyRange'];
  /** The device's wall clock, in ms. */
  now?: () => number;
  /** Holds the data key while unlocked (a locked one by default). */
  keyring?: Keyring;
}

// Released schema versions, FROZEN: tablets in the field hold databases made by them. Never edit one;
// a change is a new version (its stores, and an upgrade when rows must change), tested from a fixture
// of the previous one (tests/app/database-versions.test.ts, tests/fixtures/database-v2.json).
/** Version 1: settings, content, outbox, drafts and the first six collections. */
export const VERSION_1_STORES = Object.freeze({
  meta: '&key',
  content: '&key',
  outbox: '++seq, &opId, [collection+recordId]',
  drafts: '&key',
  beneficiaries: '&id, updatedAt',
  accompagnements: '&id, updatedAt',
  orientations: '&id, updatedAt',
  passNumeriques: '&id, updatedAt',
  diagnostics: '&id, updatedAt',
  mandates: '&id, updatedAt',
});
/** Version 2: the démarches followed and their checklist rows. */
export const VERSION_2_STORES = Object.freeze({
  demarcheSuivis: '&id, updatedAt',
  checklistItems: '&id, updatedAt',
});
/** Version 3: ops pulled for a collection, field or value this version does not know yet (see held-ops.ts). */
export const VERSION_3_STORES = Object.freeze({
  heldOps: '&opId, [collection+recordId]',
});
/** Version 4: changes the endpoint refused, or that no longer open here, set apart (see quarantine-repository.ts). */
export const VERSION_4_STORES = Object.freeze({
  quarantine: '&opId',
});
/** Version 5: « Se former », which modules each aidant finished. */
export const VERSION_5_STORES = Object.freeze({
  trainingProgress: '&id, updatedAt',
});

/** Version 7: local content kept by the territory, partners and notes on démarches (see local-content-repository.ts). */
export const VERSION_7_STORES = Object.freeze({
  localPartners: '&id, updatedAt',
  localNotes: '&id, updatedAt',
});

/** Version 8: the territory's workshops calendar (local content, see local-content-repository.ts). */
export const VERSION_8_STORES = Object.freeze({
  workshops: '&id, updatedAt',
});

/**
 * Version 9: the sealed index of the list of files (see person-index.ts), one row kept in the transaction
 * of every write of `beneficiaries`; an older tablet builds it at its first unlock.
 */
export const VERSION_9_STORES = Object.freeze({
  personIndex: '&key',
});

/** The sealed index of the files (person-index.ts): the few values the list and its search read, in ONE blob. */
export interface PersonIndexRow {
  key: string;
  /** The write generation of `beneficiaries` the index matches (see generations.ts). */
  generation: string;
  sealed: Sealed;
}

/** Déclic's IndexedDB database. Add a new `version(n)` for every schema change; never edit a released one. */
export class DeclicDatabase extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  /** The content pack in use (see content-repository.ts). */
  content!: EntityTable<MetaRow, 'key'>;
  outbox!: EntityTable<OutboxRow, 'seq'>;
  /** Forms being filled, kept across sleep and restarts (see drafts-repository.ts). Personal: `value` is sealed. */
  drafts!: EntityTable<MetaRow, 'key'>;
  /** Pulled ops this version cannot apply yet, every value sealed (see held-ops.ts). */
  heldOps!: EntityTable<HeldOpRow, 'opId'>;
  /** Ops refused by the endpoint or damaged here (see quarantine-repository.ts). Personal values stay sealed. */
  quarantine!: EntityTable<QuarantineRow, 'opId'>;
  /** The sealed index of the list of files (person-index.ts), written with every write of `beneficiaries`. */
  personIndex!: EntityTable<PersonIndexRow, 'key'>;
  /** The device's wall clock. */
  readonly now: () => number;
  /** The data key while the app is unlocked: every personal value is sealed and opened with it. */
  readonly keyring: Keyring;
  private readonly writeListeners = new Set<() => void>();

  constructor(name: string = DATABASE_NAME, options: DatabaseOptions = {}) {
    // "strict": a write is on disk when its transaction completes (Chrome's default is relaxed).
    // Pass indexedDB only when given: an explicit `undefined` would replace the browser's (MissingAPIError).
    super(name, {
      chromeTransactionDurability: 'strict',
      ...(options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : {}),
    });
    this.now = options.now ?? Date.now;
    this.keyring = options.keyring ?? new Keyring();
    this.version(1).stores(VERSION_1_STORES);
    this.version(2).stores(VERSION_2_STORES);
    // A new, empty table: no row changes, so no upgrade function.
    this.version(3).stores(VERSION_3_STORES);
    // A new, empty table: no row changes, so no upgrade function.
    this.version(4).stores(VERSION_4_STORES);
    // An app of version 2 skipped the training ops it had no table for, and its cursor went past them
    // (version 3 holds such ops): the upgraded tablet pulls again from the start (merging is idempotent,
    // its pending writes win).
    this.version(5)
      .stores(VERSION_5_STORES)
      .upgrade((tx) => tx.table('meta').delete(CURSOR_KEY));
    // Two new, empty tables: no upgrade function.
    this.version(7).stores(VERSION_7_STORES);
    // A new, empty table: no row changes, so no upgrade function.
    this.version(8).stores(VERSION_8_STORES);
    // A new, empty table: no upgrade function (the index is built at the first unlock, with the data key).
    this.version(9).stores(VERSION_9_STORES);
    // Keep last. Test builds only (tests/e2e/app-update.test.ts): "the next release", one version more.
    // Empty in every real build (vite.config.ts defines it): this line and its module leave the bundle.
    // `?.`: under plain Node (tests/fixtures/make-database-v2.ts) there is no import.meta.env.
    if (import.meta.env?.DECLIC_TEST_EXTRA_VERSION) addTestExtraVersion(this);
  }

  /** The table of a synced collection; throws for a collection this version does not know. */
  records(collection: string): Table<StoredRecordRow, string> {
    if (!isSyncedCollection(collection)) throw unknownData(collection);
    return this.table(collection);
  }

  /**
   * Every synced table, and the index kept with them (for transactions that may touch any record: the
   * index of the files is written with `beneficiaries`, and emptied with it).
   */
  recordTables(): Table[] {
    return [...SYNCED_COLLECTIONS.map((name) => this.table(name)), this.personIndex];
  }

  /** Calls `listener` after every committed local write; returns the unsubscribe function. */
  onLocalWrite(listener: () => void): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  /** Tells the listeners that a local write committed. */
  notifyLocalWrite(): void {
    for (const listener of this.writeListeners) listener();
  }
}
