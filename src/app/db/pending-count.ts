// How many local changes wait to be sent (a module of its own: the shell shows it before anything is unlocked).
import type { DeclicDatabase } from './database';

/**
 * How many local changes wait to be sent, counted as the aidant sees them: one per record changed (a new
 * file with ten fields filled in is one change, not ten), however many field writes the outbox holds for it.
 */
export async function pendingCount(db: DeclicDatabase): Promise<number> {
  return (await db.outbox.orderBy('[collection+recordId]').uniqueKeys()).length;
}

/** How many changes the endpoint refused or this tablet can no longer read: set apart, not pending (see quarantine-repository.ts). */
export async function refusedCount(db: DeclicDatabase): Promise<number> {
  return db.quarantine.count();
}
