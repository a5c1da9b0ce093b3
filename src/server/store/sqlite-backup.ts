// Backup and restore of the SQLite database: SQLite's online backup API, consistent while the server writes.
import Database from 'better-sqlite3';
import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { openSqliteStore } from './sqlite';

/** Every page in one step: one read transaction, so a write by the server cannot restart the copy halfway. */
const ALL_PAGES = 0x7fffffff;

/** Copies the database `file` into `to` (written beside it first, then renamed: never a half backup under that name). */
export async function backupSqlite(file: string, to: string): Promise<void> {
  const source = new Database(file, { fileMustExist: true });
  const partial = `${to}.partiel`;
  rmSync(partial, { force: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(partial, { progress: () => ALL_PAGES });
    // The copy keeps the WAL mode of its source; in rollback mode it stays one self-contained file.
    const copy = new Database(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    renameSync(partial, to);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
}

/**
 * Replaces the database `file` by the backup `from` (the server stopped): the backup is checked and
 * migrated beside it, given a new dataset id, then renamed over the database. Returns the new dataset id.
 */
export async function restoreSqlite(file: string, from: string): Promise<string> {
  const incoming = `${file}.restauration`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(incoming + suffix, { force: true });
  copyFileSync(from, incoming);
  try {
    // Checked on the copy: opening the backup itself could leave files beside it.
    checkBackup(incoming, from);
    const store = openSqliteStore(incoming);
    let dataset: string;
    try {
      await store.migrate();
      dataset = await store.renewDataset();
    } finally {
      await store.close();
    }
    // The old database's WAL must not be replayed over the restored file.
    for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
    renameSync(incoming, file);
    return dataset;
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(incoming + suffix, { force: true });
    throw error;
  }
}

/** Throws a French message unless `copy` (of the backup `from`) is a sound SQLite database of Déclic. */
function checkBackup(copy: string, from: string): void {
  let db: Database.Database;
  try {
    db = new Database(copy, { fileMustExist: true });
  } catch (error) {
    throw new Error(`Impossible d’ouvrir la sauvegarde ${from} : ${(error as Error).message}`);
  }
  try {
    const sound = db.pragma('quick_check', { simple: true }) === 'ok';
    const declic = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined;
    if (!sound || !declic) throw new Error();
  } catch {
    throw new Error(`${from} n’est pas une sauvegarde SQLite de Déclic lisible : rien n’a été restauré.`);
  } finally {
    db.close();
  }
}
