// The app shell: header with network and sync state, update banner, navigation, the page of the address.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { StructureNotice, StructureSwitcher } from './features/account/StructureSwitcher';
import { UpdateBanner } from './pwa/UpdateBanner';
import { StorageWarning } from './pwa/StorageWarning';
import { matchRoute } from './routes/route-table';
import { RouteView } from './routes/RouteView';
import { navigationOrder } from './routes/sections';
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
  const match = useMemo(() => matchRoute(path), [path]);
  const [actionsOpen, setActionsOpen] = useState(false);
  useEffect(() => setActionsOpen(false), [path]);
  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        Aller au contenu
      </a>
      <header class={`header${actionsOpen ? ' header--actions-open' : ''}`}>
        <span class="brand">Déclic</span>
        <div class="header__status" id="header-actions">
          <StructureSwitcher />
          <ConnectivityIndicator />
          <SyncStatusArea status={syncStatus} onSyncNow={() => syncLoop.syncNow()} />
          <button type="button" class="button button--quiet header__lock" onClick={() => void vault.lock()}>
            <Icon name="lock" /> Verrouiller
          </button>
        </div>
        {/* On a phone the header is one line: the state, and the actions behind this button. */}
        <button
          type="button"
          class="button button--quiet header__actions-button"
          aria-expanded={actionsOpen}
          aria-controls="header-actions"
          onClick={() => setActionsOpen((open) => !open)}
        >
          <Icon name="more" /> <span class="visually-hidden">Actions</span>
        </button>
      </header>
      <StructureNotice />
      <UpdateBanner />
      <StorageWarning />
      <Navigation sections={navigationOrder} current={match.section} />
      <main id="main" class="main">
        <RouteView path={path} match={match} />
      </main>
    </div>
  );
}
