// Whether an endpoint is running on a storage: a restore must never replace a database under a live server.
// SQLite: the server writes its pid in DATA_DIR. PostgreSQL: each server holds a shared advisory lock on its schema.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

/** Where a storage is: SQLite in `dataDir`, or PostgreSQL at `databaseUrl` (schema `databaseSchema`). */
export interface StorageLocation {
  dataDir: string;
  databaseUrl: string | undefined;
  databaseSchema?: string | undefined;
}

/** Ends what `announceServer` started (on the server's stop). */
export interface ServerPresence {
  end(): Promise<void>;
}

/** The file an SQLite server keeps in DATA_DIR while it runs: its pid. */
export const serverPidFile = (dataDir: string) => join(dataDir, 'declic-serveur.pid');

/** The advisory lock key of the servers on one PostgreSQL schema. */
const serverLockKey = (schema: string | undefined) => `declic:server:${schema ?? 'public'}`;

/** Marks the storage as served by this process, until `end`. */
export async function announceServer(location: StorageLocation): Promise<ServerPresence> {
  if (!location.databaseUrl) {
    const file = serverPidFile(location.dataDir);
    mkdirSync(location.dataDir, { recursive: true });
    writeFileSync(file, `${process.pid}\n`);
    return { end: async () => rmSync(file, { force: true }) };
  }
  // A connection of its own, for the server's whole life: the lock goes with it, even when the process dies.
  const client = new pg.Client({ connectionString: location.databaseUrl, application_name: 'declic-serveur' });
  client.on('error', (error) => console.error('[declic] connexion de présence PostgreSQL perdue :', error.message));
  await client.connect();
  await client.query('SELECT pg_advisory_lock_shared(hashtext($1))', [serverLockKey(location.databaseSchema)]);
  return { end: () => client.end().catch(() => undefined) };
}

/**
 * Holds the storage against servers for a restore: throws a French message when one runs on it. Until
 * `end`, a PostgreSQL server starting on the schema waits.
 */
export async function holdAgainstServers(location: StorageLocation): Promise<ServerPresence> {
  if (!location.databaseUrl) {
    const pid = runningSqliteServer(location.dataDir);
    if (pid !== null) throw new Error(serverRunning(`processus ${pid}, fichier ${serverPidFile(location.dataDir)}`));
    return { end: async () => undefined };
  }
  const client = new pg.Client({ connectionString: location.databaseUrl, application_name: 'declic-restauration' });
  await client.connect();
  const { rows } = await client.query('SELECT pg_try_advisory_lock(hashtext($1)) AS free', [serverLockKey(location.databaseSchema)]);
  if (!rows[0].free) {
    await client.end();
    throw new Error(serverRunning(`schéma ${location.databaseSchema ?? 'public'}`));
  }
  return { end: () => client.end().catch(() => undefined) };
}

function serverRunning(where: string): string {
  return `Un serveur Déclic fonctionne sur ce stockage (${where}). Arrêtez-le avant de restaurer une sauvegarde, puis relancez-le ensuite.`;
}

/** The pid of the SQLite server running on `dataDir`, or null (no pid file, or its process is gone). */
function runningSqliteServer(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(serverPidFile(dataDir), 'utf8').trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: the process exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
