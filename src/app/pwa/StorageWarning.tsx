// A discreet warning when the browser may clear Déclic's data to free space. "J’ai compris" puts it away
// until the app is opened again: on a tablet, the room under the header is precious.
import { useEffect, useState } from 'preact/hooks';
import { requestPersistentStorage, type PersistenceState } from './storage-persistence';

let putAway = false;

/** Shows a short warning when storage is not persistent; nothing otherwise, or once the aidant put it away. */
export function StorageWarning({ request = requestPersistentStorage }: { request?: () => Promise<PersistenceState> }) {
  const [state, setState] = useState<PersistenceState | null>(null);
  const [away, setAway] = useState(putAway);
  useEffect(() => {
    void request().then(setState);
  }, [request]);
  if (state === null || state === 'persisted' || away) return null;
  return (
    <div class="notice notice--warning storage-warning" role="note">
      <p>
        Stockage non garanti : le navigateur pourrait effacer les données de Déclic s’il manque de place. Synchronisez souvent et installez
        l’application sur l’écran d’accueil.
      </p>
      <button type="button" class="button button--small" onClick={() => setAway((putAway = true))}>
        J’ai compris
      </button>
    </div>
  );
}

/** For tests: the warning shows again, as at the next opening of the app. */
export function showStorageWarningAgain(): void {
  putAway = false;
}
