// The device's session in `meta`: the device token, the aidant and the structure from the login answer.
import * as z from 'zod/mini';
import { loginResponseSchema, type LoginResponse } from '../../shared/schema/auth';
import { SYNCED_COLLECTIONS, type DeclicDatabase } from './database';
import { renewClientId, writeCursor } from './device-meta';
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
  return db.transaction('rw', [db.meta, db.outbox, db.heldOps, db.quarantine, db.drafts, ...db.recordTables()], async () => {
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

/** Notes that the account's password is temporary (`required`) or was just changed; syncing waits for the change. */
export async function markPasswordChange(db: DeclicDatabase, required: boolean): Promise<StoredSession | null> {
  return db.transaction('rw', db.meta, async () => {
    const session = await loadSession(db);
    if (!session) return null;
    const changed: StoredSession = { ...session, mustChangePassword: required };
    await db.meta.put({ key: SESSION, value: changed });
    return changed;
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
  await dropStructureData(db);
}

/**
 * The tablet works for one structure at a time: its records, held ops, drafts and cursor go when it changes
 * structure (then the new one's are pulled), or when the account is no longer a member of it.
 */
async function dropStructureData(db: DeclicDatabase): Promise<void> {
  await Promise.all([...db.recordTables(), db.heldOps, db.drafts].map((table) => table.clear()));
  await renewGenerations(db, SYNCED_COLLECTIONS);
  await writeCursor(db, null);
  await renewClientId(db);
}

/** The session working for `structureId`, one of the account's, with the role the account has there. */
function workingFor(session: StoredSession, structureId: string): StoredSession {
  const membership = session.structures?.find((s) => s.id === structureId);
  if (!membership) return session;
  return {
    ...session,
    structure: { id: membership.id, name: membership.name },
    aidant: { ...session.aidant, role: membership.role, structureId: membership.id },
  };
}

/**
 * Switches the tablet to another of the account's structures: the current structure's data is dropped (it
 * is on the endpoint), which is refused while changes of it are not sent (OtherStructureDataError).
 */
export async function chooseStructure(db: DeclicDatabase, structureId: string): Promise<StoredSession> {
  return db.transaction('rw', [db.meta, db.outbox, db.heldOps, db.quarantine, db.drafts, ...db.recordTables()], async () => {
    const session = await loadSession(db);
    if (!session) throw new Error('Aucune session sur cet appareil.');
    if (session.structure.id === structureId) return session;
    await forgetOtherStructure(db, session);
    const chosen: StoredSession = { ...workingFor(session, structureId), notice: undefined };
    await db.meta.put({ key: SESSION, value: chosen });
    return chosen;
  });
}

/**
 * The endpoint said the account is no longer a member of the structure worked for (403 hors_structure): its
 * data leaves the tablet (changes not sent included: the endpoint no longer takes them), and the tablet goes
 * on with another of the account's structures, or stops when none is left; the session's notice says it in French.
 */
export async function leaveStructure(db: DeclicDatabase): Promise<StoredSession | null> {
  return db.transaction('rw', [db.meta, db.outbox, db.heldOps, db.quarantine, db.drafts, ...db.recordTables()], async () => {
    const session = await loadSession(db);
    if (!session) return null;
    await db.outbox.clear();
    await db.quarantine.clear();
    await dropStructureData(db);
    const left = session.structure.id;
    const structures = (session.structures ?? []).filter((s) => s.id !== left);
    const next = structures[0];
    const notice =
      `Vous ne faites plus partie de « ${session.structure.name} » : ses dossiers ont été retirés de cette tablette.` +
      (next ? ` Déclic travaille maintenant pour « ${next.name} ».` : ' Adressez-vous à votre coordinateur.');
    const updated: StoredSession = next
      ? { ...workingFor({ ...session, structures }, next.id), notice }
      : { ...session, structures, state: 'revoked', notice };
    await db.meta.put({ key: SESSION, value: updated });
    return updated;
  });
}

/** Forgets the notice shown after a change of structure. */
export async function clearNotice(db: DeclicDatabase): Promise<StoredSession | null> {
  return db.transaction('rw', db.meta, async () => {
    const session = await loadSession(db);
    if (!session) return null;
    const cleared: StoredSession = { ...session, notice: undefined };
    await db.meta.put({ key: SESSION, value: cleared });
    return cleared;
  });
}
