// Runs the content on this tablet (loaded lazily, after the shell): shows the pack in use at
// once, builds its search index, then checks for a newer pack whenever the network is there.
import type { ContentPack } from '../../shared/schema/content';
import type { StoredPack } from '../db/content-repository';
import type { DeclicDatabase } from '../db/database';
import { ContentDownloadError, type ContentNetwork } from '../sync/content-update';
import { loadStartPack, updateStoredPack } from './content-loader';
import { contentState, setContentState, setUpdateChecker, setUpdateState } from './content-store';
import { buildPackIndex } from './search-documents';

const RECHECK_MS = 6 * 60 * 60_000;

/** Options for tests: where the network is, and whether to follow the browser's "online" event. */
export interface ContentRuntimeOptions {
  network?: ContentNetwork;
  /** Check again when the browser comes back online, and every few hours (off in tests). */
  followOnline?: boolean;
}

/** Loads the pack in use, then keeps it current; resolves once the first check is done. */
export async function runContent(db: DeclicDatabase, options: ContentRuntimeOptions = {}): Promise<void> {
  const network = options.network ?? {};
  let current: StoredPack | undefined;
  let checking = false;

  const start = async () => {
    try {
      current = await loadStartPack(db, network);
      use(current.pack);
    } catch (error) {
      setContentState({
        status: 'failed',
        message: messageOf(error, 'Le catalogue n’a pas pu être chargé. Reconnectez-vous au réseau puis rechargez la page.'),
        update: contentState().update,
      });
    }
  };

  const check = async () => {
    if (checking) return;
    if (!current) return start();
    checking = true;
    setUpdateState({ phase: 'checking' });
    try {
      const next = await updateStoredPack(db, current, (progress) => setUpdateState({ phase: 'downloading', ...progress }), network);
      // The same version with a new ETag (the first check after the bundled pack) changes nothing on screen.
      const changed = next !== undefined && next.pack.version !== current.pack.version;
      if (next) current = next;
      if (next && changed) use(next.pack);
      setUpdateState({ phase: changed ? 'updated' : 'up-to-date', at: Date.now() });
    } catch (error) {
      setUpdateState({
        phase: 'failed',
        at: Date.now(),
        message: messageOf(error, 'La vérification du contenu a échoué. Le contenu actuel reste utilisé.'),
      });
    } finally {
      checking = false;
    }
  };

  await start();
  setUpdateChecker(() => void check());
  if (options.followOnline ?? true) {
    window.addEventListener('online', () => void check());
    // A tablet left open and online all day still gets the new content.
    setInterval(() => navigator.onLine && void check(), RECHECK_MS);
  }
  if (typeof navigator === 'undefined' || navigator.onLine) await check();
}

/** Puts `pack` in use with a fresh search index (built once per pack). */
function use(pack: ContentPack): void {
  setContentState({ status: 'ready', pack, index: buildPackIndex(pack), update: contentState().update });
}

function messageOf(error: unknown, fallback: string): string {
  return error instanceof ContentDownloadError ? error.message : fallback;
}
