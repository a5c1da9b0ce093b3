// Chooses the pack in use and replaces it with a newer one: the stored pack first, else the one
// bundled with the app; a newer pack is validated before it is stored, so a failed download
// changes nothing on the device. A pack never goes backwards: a stored pack older than the one
// bundled with a new version of the app gives way to it, and an older pack from the endpoint is
// not taken.
import { isOlderPack } from '../../shared/content-version';
import { readStoredPack, replaceStoredPack, type StoredPack } from '../db/content-repository';
import type { DeclicDatabase } from '../db/database';
import { fetchBundledPack, fetchNewerPack, type ContentNetwork, type DownloadProgress } from '../sync/content-update';

/**
 * The pack to use at start: the stored one, unless it is older than `bundledVersion` (the pack bundled
 * with this version of the app); then the bundled one, which is stored.
 */
export async function loadStartPack(
  db: DeclicDatabase,
  network: ContentNetwork = {},
  bundledVersion: string = __BUNDLED_PACK_VERSION__,
): Promise<StoredPack> {
  const stored = await readStoredPack(db);
  if (stored && !isOlderPack(stored.pack.version, bundledVersion)) return stored;
  let bundled: StoredPack;
  try {
    bundled = { pack: await fetchBundledPack(network), storedAt: Date.now() };
  } catch (error) {
    // The new bundled pack cannot be read (a broken cache): the stored one is better than none.
    if (stored) return stored;
    throw error;
  }
  if (stored && !isOlderPack(stored.pack.version, bundled.pack.version)) return stored;
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
  // An endpoint not yet updated may still serve an older pack than the app's own: it is not taken.
  if (!newer || isOlderPack(newer.pack.version, current.pack.version)) return undefined;
  const next: StoredPack = { pack: newer.pack, storedAt: Date.now(), ...(newer.etag ? { etag: newer.etag } : {}) };
  await replaceStoredPack(db, next);
  return next;
}
