// Logout's last step: the device's database deleted (records, outbox, drafts, session, keys).
import type { DeclicDatabase } from './database';

/** Deletes Déclic's IndexedDB database (the open handle can open a new, empty one afterwards). */
export async function wipeDevice(db: DeclicDatabase): Promise<void> {
  db.keyring.close();
  await db.delete({ disableAutoOpen: false });
}
