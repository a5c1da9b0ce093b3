// The app shell: header with network and sync state, update banner, navigation, the current section.
import { useEffect, useRef } from 'preact/hooks';
import { UpdateBanner } from './pwa/UpdateBanner';
import { StorageWarning } from './pwa/StorageWarning';
import { sectionFor } from './sections';
import { useAppServices } from './session/app-context';
import { ConnectivityIndicator } from './ui/ConnectivityIndicator';
import { Navigation } from './ui/Navigation';
import { usePath } from './ui/router';
import { SyncStatusArea } from './ui/SyncStatusArea';
import { Icon } from './ui/icons';

/** The whole app once the database is open. */
export function App() {
  const { syncStatus, syncLoop, vault } = useAppServices();
  const path = usePath();
  const section = sectionFor(path);
  const firstRender = useRef(true);
  useEffect(() => {
    document.title = `${section.label} — Déclic`;
    // Move focus to the new page's title so that screen readers announce the change of section.
    if (!firstRender.current) document.getElementById('page-title')?.focus();
    firstRender.current = false;
  }, [section]);
  const { Page } = section;
  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        Aller au contenu
      </a>
      <header class="header">
        <span class="brand">Déclic</span>
        <div class="header__status">
          <ConnectivityIndicator />
          <SyncStatusArea status={syncStatus} onSyncNow={() => syncLoop.syncNow()} />
          <button type="button" class="button button--quiet" onClick={() => void vault.lock()}>
            <Icon name="lock" /> Verrouiller
          </button>
        </div>
      </header>
      <UpdateBanner />
      <StorageWarning />
      <Navigation current={section} />
      <main id="main" class="main">
        <Page />
      </main>
    </div>
  );
}
