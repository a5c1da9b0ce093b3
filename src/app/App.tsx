// The app shell: header with network and sync state, update banner, navigation, the page of the address.
import { useMemo } from 'preact/hooks';
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
      <Navigation sections={navigationOrder} current={match.section} />
      <main id="main" class="main">
        <RouteView path={path} match={match} />
      </main>
    </div>
  );
}
