// Chooses the store from the configuration: PostgreSQL when DATABASE_URL is set, else SQLite.
import { join } from 'node:path';
import type { Config } from '../config';
import { openSqliteStore } from './sqlite';
import type { Store } from './store';

/** Opens and migrates the configured store. */
export async function openStore(config: Pick<Config, 'dataDir' | 'databaseUrl'> & Partial<Pick<Config, 'databaseSchema'>>): Promise<Store> {
  let store: Store;
  if (config.databaseUrl) {
    const { openPostgresStore } = await import('./postgres');
    store = await openPostgresStore(config.databaseUrl, { schema: config.databaseSchema });
  } else {
    store = openSqliteStore(join(config.dataDir, 'declic.sqlite'));
  }
  await store.migrate();
  return store;
}
