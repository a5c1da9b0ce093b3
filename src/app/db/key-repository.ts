// The data key of the device, wrapped by the passphrase, in `meta` (nothing in it is secret on its own).
import * as z from 'zod/mini';
import type { WrappedDataKey } from '../security/keys';
import type { WrappedKeyStore } from '../security/vault';
import type { DeclicDatabase } from './database';

const KEY = 'dataKey';

const bytes = z.instanceof(Uint8Array);
const wrappedKeySchema = z.object({ salt: bytes, iterations: z.int().check(z.gte(1)), iv: bytes, wrapped: bytes });

/** The wrapped data key, or null when no passphrase was set on this device. */
export async function loadWrappedKey(db: DeclicDatabase): Promise<WrappedDataKey | null> {
  const parsed = wrappedKeySchema.safeParse((await db.meta.get(KEY))?.value);
  return parsed.success ? parsed.data : null;
}

/** Stores the wrapped data key (the first passphrase of the device). */
export async function saveWrappedKey(db: DeclicDatabase, wrapped: WrappedDataKey): Promise<void> {
  await db.meta.put({ key: KEY, value: wrapped });
}

/** The vault's storage on this database. */
export function wrappedKeyStore(db: DeclicDatabase): WrappedKeyStore {
  return { load: () => loadWrappedKey(db), save: (wrapped) => saveWrappedKey(db, wrapped) };
}
