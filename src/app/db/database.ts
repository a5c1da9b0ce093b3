// The tablet's database (Dexie over IndexedDB): its tables and versioned schema. Only src/app/db uses Dexie.
import Dexie, { type EntityTable } from 'dexie';

/** A small key/value row for device-level settings and sync bookkeeping. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** The name of the IndexedDB database. */
export const DATABASE_NAME = 'declic';

/** Déclic's IndexedDB database. Add a new `version(n)` for every schema change; never edit a released one. */
export class DeclicDatabase extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      meta: '&key',
    });
  }
}
