// The content pack kept on this device: one row holding the pack and its ETag, replaced whole in
// one transaction, so that a reader sees the old pack or the new one, never a mix.
import * as z from 'zod/mini';
import { contentPackSchema } from '../../shared/schema/content';
import type { DeclicDatabase } from './database';

const KEY = 'current';

const storedPackSchema = z.object({
  pack: contentPackSchema,
  /** The endpoint's ETag for this pack; absent for the pack bundled with the app. */
  etag: z.optional(z.string()),
  storedAt: z.number(),
});

/** The pack in use, as stored. */
export type StoredPack = z.infer<typeof storedPackSchema>;

/** The stored pack, or undefined when none is stored or the row does not parse (an older app wrote it). */
export async function readStoredPack(db: DeclicDatabase): Promise<StoredPack | undefined> {
  const row = await db.content.get(KEY);
  if (!row) return undefined;
  const parsed = storedPackSchema.safeParse(row.value);
  return parsed.success ? parsed.data : undefined;
}

/** Replaces the stored pack in one transaction. */
export async function replaceStoredPack(db: DeclicDatabase, stored: StoredPack): Promise<void> {
  await db.transaction('rw', db.content, async () => {
    await db.content.put({ key: KEY, value: stored });
  });
}
