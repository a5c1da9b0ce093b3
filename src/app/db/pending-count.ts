// How many local changes wait to be sent (a module of its own: the shell shows it before anything is unlocked).
import type { DeclicDatabase } from './database';

/** How many local changes wait to be sent. */
export async function pendingCount(db: DeclicDatabase): Promise<number> {
  return db.outbox.count();
}
