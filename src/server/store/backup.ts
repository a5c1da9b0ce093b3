// Backups of the configured storage and their restore, whichever database it is (see README "Sauvegardes").
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { backupPostgres, restorePostgres, type PostgresLocation } from './postgres-backup';
import { holdAgainstServers, type StorageLocation } from './server-presence';
import { backupSqlite, restoreSqlite } from './sqlite-backup';

/** What a backup wrote. */
export interface BackupReport {
  file: string;
  bytes: number;
  storage: 'sqlite' | 'postgres';
  createdAt: number;
}

/** What a restore did: the restored storage and its new dataset id. */
export interface RestoreReport {
  from: string;
  storage: 'sqlite' | 'postgres';
  dataset: string;
}

const sqliteFile = (location: StorageLocation) => join(location.dataDir, 'declic.sqlite');
const postgres = (location: StorageLocation): PostgresLocation => ({
  url: location.databaseUrl!,
  schema: location.databaseSchema ?? 'public',
});

/** Writes a consistent copy of the storage into `to`, while the server may run. */
export async function backupStorage(location: StorageLocation, to: string): Promise<BackupReport> {
  const file = resolve(to);
  const createdAt = Date.now();
  if (location.databaseUrl) await backupPostgres(postgres(location), file);
  else {
    if (!existsSync(sqliteFile(location))) throw new Error(`Aucune base Déclic dans ${location.dataDir} : rien à sauvegarder.`);
    await backupSqlite(sqliteFile(location), file);
  }
  return { file, bytes: statSync(file).size, storage: location.databaseUrl ? 'postgres' : 'sqlite', createdAt };
}

/** Replaces the storage by the backup `from`; refuses while a server runs on it. The restored data gets a new dataset id. */
export async function restoreStorage(location: StorageLocation, from: string): Promise<RestoreReport> {
  const file = resolve(from);
  if (!existsSync(file)) throw new Error(`Sauvegarde introuvable : ${file}`);
  const hold = await holdAgainstServers(location);
  try {
    const dataset = location.databaseUrl
      ? await restorePostgres(postgres(location), file)
      : await restoreSqlite(sqliteFile(location), file);
    return { from: file, storage: location.databaseUrl ? 'postgres' : 'sqlite', dataset };
  } finally {
    await hold.end();
  }
}
