// The banner that offers a new version; nothing reloads until the aidant clicks.
import { useEffect, useState } from 'preact/hooks';
import { applyUpdate, isUpdateReady, onUpdateReady } from './service-worker';

/** Shows "Une nouvelle version est disponible — Mettre à jour" when an update waits. */
export function UpdateBanner() {
  const [ready, setReady] = useState(isUpdateReady());
  const [applying, setApplying] = useState(false);
  useEffect(() => onUpdateReady(() => setReady(true)), []);
  if (!ready) return null;
  return (
    <div class="banner banner--update" role="status">
      <span>Une nouvelle version est disponible.</span>
      <button
        type="button"
        class="button button--primary"
        disabled={applying}
        onClick={() => {
          setApplying(true);
          void applyUpdate();
        }}
      >
        {applying ? 'Mise à jour…' : 'Mettre à jour'}
      </button>
    </div>
  );
}
