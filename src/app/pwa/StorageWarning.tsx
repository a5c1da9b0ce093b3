// A discreet warning when the browser may clear Déclic's data to free space.
import { useEffect, useState } from 'preact/hooks';
import { requestPersistentStorage, type PersistenceState } from './storage-persistence';

/** Shows a short warning when storage is not persistent; nothing otherwise. */
export function StorageWarning({ request = requestPersistentStorage }: { request?: () => Promise<PersistenceState> }) {
  const [state, setState] = useState<PersistenceState | null>(null);
  useEffect(() => {
    void request().then(setState);
  }, [request]);
  if (state === null || state === 'persisted') return null;
  return (
    <p class="notice notice--warning" role="note">
      Stockage non garanti : le navigateur pourrait effacer les données de Déclic s’il manque de place. Synchronisez souvent et installez
      l’application sur l’écran d’accueil.
    </p>
  );
}
