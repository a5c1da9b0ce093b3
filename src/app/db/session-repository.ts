// The device's session in `meta`: the device token, the aidant and the structure from the login answer.
import * as z from 'zod/mini';
import { loginResponseSchema, type LoginResponse } from '../../shared/schema/auth';
import { SYNCED_COLLECTIONS, type DeclicDatabase } from './database';
import { writeCursor } from './device-meta';
import { renewGenerations } from './generations';

const SESSION = 'session';

/** `active`: syncs; `revoked`: the structure revoked this device; `expired`: the server no longer knows the token. */
export const sessionStates = ['active', 'revoked', 'expired'] as const;

/** The stored session (parsed on every read: a row may come from an older version of the app). */
export const storedSessionSchema = z.extend(loginResponseSchema, {
  deviceName: z.string(),
  loggedInAt: z.number(),
  state: z.enum(sessionStates),
  /** Why the session stopped, in French, as the server said it. */
  notice: z.optional(z.string()),
});
export type StoredSession = z.infer<typeof storedSessionSchema>;

/** Thrown when a login would mix two structures' data on one device. */
export class OtherStructureDataError extends Error {}

/** The stored session, or null when the device never logged in (or the row is unreadable). */
export async function loadSession(db: DeclicDatabase): Promise<StoredSession | null> {
  const parsed = storedSessionSchema.safeParse((await db.meta.get(SESSION))?.value);
  return parsed.success ? parsed.data : null;
}

/**
 * Stores a successful login. When the device held another structure's records, they are dropped if
 * everything was sent; if some changes were never sent, the login is refused (nothing is lost).
 */
export async function saveSession(db: DeclicDatabase, login: LoginResponse, deviceName: string, at: number): Promise<StoredSession> {
  const session: StoredSession = { ...login, deviceName, loggedInAt: at, state: 'active' };
  return db.transaction('rw', [db.meta, db.outbox, db.heldOps, db.quarantine, ...db.recordTables()], async () => {
    const previous = await loadSession(db);
    if (previous && previous.structure.id !== login.structure.id) await forgetOtherStructure(db, previous);
    await db.meta.put({ key: SESSION, value: session });
    return session;
  });
}

/** Stops the session (revoked device, unknown token) and keeps the server's explanation. */
export async function stopSession(db: DeclicDatabase, state: 'revoked' | 'expired', notice: string): Promise<StoredSession | null> {
  return db.transaction('rw', db.meta, async () => {
    const session = await loadSession(db);
    if (!session) return null;
    const stopped: StoredSession = { ...session, state, notice };
    await db.meta.put({ key: SESSION, value: stopped });
    return stopped;
  });
}

async function forgetOtherStructure(db: DeclicDatabase, previous: StoredSession): Promise<void> {
  // Refused changes too: sent again under another structure's account, they would land in its files.
  if ((await db.outbox.count()) + (await db.quarantine.count()) > 0) {
    throw new OtherStructureDataError(
      `Cette tablette contient des modifications de « ${previous.structure.name} » qui n’ont pas encore été envoyées. ` +
        'Reconnectez-vous avec un compte de cette structure pour les synchroniser.',
    );
  }
  await Promise.all([...db.recordTables(), db.heldOps].map((table) => table.clear()));
  await renewGenerations(db, SYNCED_COLLECTIONS);
  await writeCursor(db, null);
}
