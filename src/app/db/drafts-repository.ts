// Drafts of forms being filled (a bénéficiaire's file, a diagnostic): kept on the device so that nothing
// typed is lost when the tablet sleeps or the app closes. Local only, never synced.
//
// Drafts hold personal data: the key names only the form and record ids; the value is sealed at rest
// (place `drafts/<key>`) like the records' values, and wiped with the device's data.
import { seal, unseal, UnsealError, type Sealed } from '../security/seal';
import type { DeclicDatabase } from './database';

/** A stored draft: the form's values and when they were saved. */
export interface Draft<T> {
  value: T;
  savedAt: number;
}

interface StoredDraft {
  sealed: Sealed;
  savedAt: number;
}

const placeOfDraft = (key: string) => `drafts/${key}`;

// Each draft's writes, reads and clears run in the order they were asked: a form reopened at once reads
// what it saved while closing, and a save still sealing cannot bring back a draft cleared after it.
const queues = new WeakMap<DeclicDatabase, Map<string, Promise<unknown>>>();

function inOrder<R>(db: DeclicDatabase, key: string, work: () => Promise<R>): Promise<R> {
  const byKey = queues.get(db) ?? new Map<string, Promise<unknown>>();
  queues.set(db, byKey);
  const previous = byKey.get(key) ?? Promise.resolve();
  const next = previous.then(work, work);
  const settled = next.catch(() => undefined);
  byKey.set(key, settled);
  void settled.then(() => byKey.get(key) === settled && byKey.delete(key));
  return next;
}

/**
 * Saves (replaces) the draft `key`, sealed. The key is taken at once (synchronously): a form that
 * saves while unmounting because the app locks still gets its draft written.
 */
export function saveDraft<T>(db: DeclicDatabase, key: string, value: T): Promise<void> {
  let dataKey: CryptoKey;
  try {
    dataKey = db.keyring.key();
  } catch (error) {
    return Promise.reject(error);
  }
  const savedAt = db.now();
  const sealing = seal(dataKey, placeOfDraft(key), value);
  return inOrder(db, key, async () => {
    const sealed = await sealing;
    await db.drafts.put({ key, value: { sealed, savedAt } satisfies StoredDraft });
  });
}

/** The draft `key`, or undefined when there is none (or it does not open on this tablet any more). */
export async function loadDraft<T>(db: DeclicDatabase, key: string): Promise<Draft<T> | undefined> {
  const dataKey = db.keyring.key();
  const stored = await inOrder(db, key, () => readStored(db, key));
  if (!stored?.sealed || typeof stored.savedAt !== 'number') return undefined;
  try {
    return { value: await unseal<T>(dataKey, placeOfDraft(key), stored.sealed), savedAt: stored.savedAt };
  } catch (error) {
    if (error instanceof UnsealError) return undefined;
    throw error;
  }
}

async function readStored(db: DeclicDatabase, key: string): Promise<Partial<StoredDraft> | undefined> {
  return (await db.drafts.get(key))?.value as Partial<StoredDraft> | undefined;
}

/** Forgets the draft `key` (saved, or abandoned). */
export async function clearDraft(db: DeclicDatabase, key: string): Promise<void> {
  await inOrder(db, key, () => db.drafts.delete(key));
}

/** Forgets every draft about one person (their file is erased). */
export async function clearDraftsOf(db: DeclicDatabase, recordId: string): Promise<void> {
  await db.drafts.filter((row) => row.key.split(':').includes(recordId)).delete();
}
