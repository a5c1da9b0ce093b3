// Drafts of forms being filled (a bénéficiaire's file, a diagnostic): kept on the device so that nothing
// typed is lost when the tablet sleeps or the app closes. Local only, never synced.
//
// Drafts hold personal data: the key names only the form and record ids; the value is to be sealed at
// rest like the records' values (place `drafts/<key>`), and wiped with the device's data.
import type { DeclicDatabase } from './database';

/** A stored draft: the form's values and when they were saved. */
export interface Draft<T> {
  value: T;
  savedAt: number;
}

/** Saves (replaces) the draft `key`. */
export async function saveDraft<T>(db: DeclicDatabase, key: string, value: T): Promise<void> {
  await db.drafts.put({ key, value: { value, savedAt: db.now() } satisfies Draft<T> });
}

/** The draft `key`, or undefined when there is none. */
export async function loadDraft<T>(db: DeclicDatabase, key: string): Promise<Draft<T> | undefined> {
  const row = await db.drafts.get(key);
  const stored = row?.value as Draft<T> | undefined;
  return stored && typeof stored === 'object' && 'value' in stored ? stored : undefined;
}

/** Forgets the draft `key` (saved, or abandoned). */
export async function clearDraft(db: DeclicDatabase, key: string): Promise<void> {
  await db.drafts.delete(key);
}

/** Forgets every draft about one person (their file is erased). */
export async function clearDraftsOf(db: DeclicDatabase, recordId: string): Promise<void> {
  await db.drafts.filter((row) => row.key.split(':').includes(recordId)).delete();
}
