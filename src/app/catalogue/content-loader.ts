// Chooses the pack in use and replaces it with a newer one: the stored pack first, else the one
// bundled with the app; a newer pack is validated before it is stored, so a failed download
// changes nothing on the device.
import { readStoredPack, replaceStoredPack, type StoredPack } from '../db/content-repository';
import type { DeclicDatabase } from '../db/database';
import { fetchBundledPack, fetchNewerPack, type ContentNetwork, type DownloadProgress } from '../sync/content-update';

/** The pack to use at start: the stored one, else the bundled one (which is then stored). */
export async function loadStartPack(db: DeclicDatabase, network: ContentNetwork = {}): Promise<StoredPack> {
  const stored = await readStoredPack(db);
  if (stored) return stored;
  const bundled: StoredPack = { pack: await fetchBundledPack(network), storedAt: Date.now() };
  try {
    await replaceStoredPack(db, bundled);
  } catch {
    // A full disk must not keep the catalogue off the screen: it is used from memory this time.
  }
  return bundled;
}

/**
 * Asks the endpoint for a pack newer than `current`; stores it (one transaction) and returns it,
 * or returns undefined when `current` is still the latest. Throws ContentDownloadError, storing nothing.
 */
export async function updateStoredPack(
  db: DeclicDatabase,
  current: StoredPack,
  onProgress: (progress: DownloadProgress) => void,
  network: ContentNetwork = {},
): Promise<StoredPack | undefined> {
  const newer = await fetchNewerPack(current.etag, onProgress, network);
  if (!newer) return undefined;
  const next: StoredPack = { pack: newer.pack, storedAt: Date.now(), ...(newer.etag ? { etag: newer.etag } : {}) };
  await replaceStoredPack(db, next);
  return next;
}
