// The write generation of each synced collection, in `meta`: a new random value in every transaction that
// writes the collection, so that memory kept from an earlier read can tell that it is stale.
import type { DeclicDatabase } from './database';

const generationKey = (collection: string) => `generation:${collection}`;

/** The collection's write generation, or null before its first write (inside a transaction that includes `meta`). */
export async function readGeneration(db: DeclicDatabase, collection: string): Promise<string | null> {
  const value = (await db.meta.get(generationKey(collection)))?.value;
  return typeof value === 'string' ? value : null;
}

/** Gives the collection a new generation (inside its write transaction); returns the one it replaces and the new one. */
export async function nextGeneration(db: DeclicDatabase, collection: string): Promise<{ before: string | null; after: string }> {
  const before = await readGeneration(db, collection);
  const after = crypto.randomUUID();
  await db.meta.put({ key: generationKey(collection), value: after });
  return { before, after };
}

/** Forgets the generations of `collections` (their tables were emptied): memory of them is stale. */
export async function forgetGenerations(db: DeclicDatabase, collections: readonly string[]): Promise<void> {
  await db.meta.bulkDelete(collections.map(generationKey));
}
