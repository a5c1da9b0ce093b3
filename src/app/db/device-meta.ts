// The device's sync bookkeeping in `meta`: its clientId, its clock's last stamp, the endpoint's time last seen,
// the pull cursor, the last success.
import { clockSkew, HybridClock, serverBoundClock, type ServerTimeSeen } from '../../shared/hlc';
import { clientIdSchema, hlcSchema } from '../../shared/schema/ids';
import type { DeclicDatabase } from './database';

const CLIENT_ID = 'clientId';
const LAST_STAMP = 'hlc';
/** The pull cursor's key in `meta` (database.ts forgets it when a version brings a new collection). */
export const CURSOR_KEY = 'cursor';
const CURSOR = CURSOR_KEY;
const LAST_SYNC_AT = 'lastSyncAt';
const SERVER_TIME = 'serverTime';
const TERRITORY_CURSOR = 'territoryCursor';

/** A new clientId: 22 random characters of [A-Za-z0-9_-] (128 bits). */
export function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The device's clientId, made the first time it is asked for and kept for the life of the database. */
export async function deviceClientId(db: DeclicDatabase): Promise<string> {
  return db.transaction('rw', db.meta, () => ensureClientId(db));
}

/** deviceClientId() for callers already inside a rw transaction that includes `meta` (no nested transaction). */
export async function ensureClientId(db: DeclicDatabase): Promise<string> {
  const stored = clientIdSchema.safeParse((await db.meta.get(CLIENT_ID))?.value);
  if (stored.success) return stored.data;
  const made = newClientId();
  await db.meta.put({ key: CLIENT_ID, value: made });
  return made;
}

/**
 * A new clientId for the device (inside a rw transaction that includes `meta`), when it drops a structure's
 * data: the endpoint never sends a client its own ops back, and the device must pull them again later.
 */
export async function renewClientId(db: DeclicDatabase): Promise<void> {
  await db.meta.put({ key: CLIENT_ID, value: newClientId() });
}

/** The device clock, resumed from its last stamp. Call inside a transaction that includes `meta`. */
export async function loadClock(db: DeclicDatabase): Promise<HybridClock> {
  const clientId = await ensureClientId(db);
  const last = hlcSchema.safeParse((await db.meta.get(LAST_STAMP))?.value);
  return new HybridClock(clientId, serverBoundClock(db.now, await readServerTime(db)), last.success ? last.data : null);
}

/**
 * Takes in the endpoint's time from a sync answer (inside the transaction that applies it): kept in
 * `meta` so that, after a reload too, the clock never stamps behind it. Returns the clock's skew.
 */
export async function noteServerTime(db: DeclicDatabase, serverTime: number): Promise<number> {
  const seen: ServerTimeSeen = { serverTime, seenAt: db.now() };
  await db.meta.put({ key: SERVER_TIME, value: seen });
  const clock = await loadClock(db);
  clock.receiveTime(serverTime);
  await saveClock(db, clock);
  return clockSkew(seen);
}

/** The endpoint's time as last seen, or null before the first sync answer. */
export async function readServerTime(db: DeclicDatabase): Promise<ServerTimeSeen | null> {
  const value = (await db.meta.get(SERVER_TIME))?.value as Partial<ServerTimeSeen> | undefined;
  return typeof value?.serverTime === 'number' && typeof value.seenAt === 'number'
    ? { serverTime: value.serverTime, seenAt: value.seenAt }
    : null;
}

/** How far the device clock was behind the endpoint's at the last sync (negative: ahead), or null. */
export async function readClockSkew(db: DeclicDatabase): Promise<number | null> {
  const seen = await readServerTime(db);
  return seen && clockSkew(seen);
}

/** Persists the clock's last stamp so that it never goes backwards across restarts. */
export async function saveClock(db: DeclicDatabase, clock: HybridClock): Promise<void> {
  await db.meta.put({ key: LAST_STAMP, value: clock.lastStamp });
}

/** The cursor of the last pulled page, or null before the first pull. */
export async function readCursor(db: DeclicDatabase): Promise<string | null> {
  const value = (await db.meta.get(CURSOR))?.value;
  return typeof value === 'string' ? value : null;
}

/** Stores the cursor (inside the transaction that stores the page it ends). */
export async function writeCursor(db: DeclicDatabase, cursor: string | null): Promise<void> {
  await db.meta.put({ key: CURSOR, value: cursor });
  // Pulling the structure again from the start (another structure, a restored endpoint) pulls the territory's too.
  if (cursor === null) await db.meta.delete(TERRITORY_CURSOR);
}

/** The cursor in the territory log (local content of the whole territory), or null before its first pull. */
export async function readTerritoryCursor(db: DeclicDatabase): Promise<string | null> {
  const value = (await db.meta.get(TERRITORY_CURSOR))?.value;
  return typeof value === 'string' ? value : null;
}

/** Stores the territory cursor (inside the transaction that stores the page it ends); null pulls it again from the start. */
export async function writeTerritoryCursor(db: DeclicDatabase, cursor: string | null): Promise<void> {
  await db.meta.put({ key: TERRITORY_CURSOR, value: cursor });
}

/** When the device last pulled everything the endpoint had, or null if it never did. */
export async function readLastSyncAt(db: DeclicDatabase): Promise<number | null> {
  const value = (await db.meta.get(LAST_SYNC_AT))?.value;
  return typeof value === 'number' ? value : null;
}

/** Records when the device last pulled everything there was (inside the transaction that stored it). */
export async function writeLastSyncAt(db: DeclicDatabase, at: number): Promise<void> {
  await db.meta.put({ key: LAST_SYNC_AT, value: at });
}
