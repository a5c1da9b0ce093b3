// The write generation of each synced collection, in `meta`: a new random value in every transaction that
// writes the collection, so that memory kept from an earlier read can tell that it is stale.
import type { DeclicDatabase } from './database';

const generationKey = (collection: string) => `generation:${collection}`;
/** The generation of a collection this version of the app never wrote (empty, or written by an older one). */
const FIRST_GENERATION = 'first';

/** The collection's write generation (inside a transaction that includes `meta`). */
export async function readGeneration(db: DeclicDatabase, collection: string): Promise<string> {
  const value = (await db.meta.get(generationKey(collection)))?.value;
  return typeof value === 'string' ? value : FIRST_GENERATION;
}

/** Gives the collection a new generation (inside its write transaction); returns the one it replaces and the new one. */
export async function nextGeneration(db: DeclicDatabase, collection: string): Promise<{ before: string; after: string }> {
  const before = await readGeneration(db, collection);
  const after = crypto.randomUUID();
  await db.meta.put({ key: generationKey(collection), value: after });
  return { before, after };
}

/** New generations for `collections` (their tables were emptied at once): memory of them is stale. */
export async function renewGenerations(db: DeclicDatabase, collections: readonly string[]): Promise<void> {
  await db.meta.bulkPut(collections.map((collection) => ({ key: generationKey(collection), value: crypto.randomUUID() })));
}
