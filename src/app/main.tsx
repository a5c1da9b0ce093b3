// Entry point: opens the database and the session, mounts the app behind the login and lock gates, registers the service worker.
import { render } from 'preact';
import { App } from './App';
import { startContent } from './catalogue/content-boot';
import { DatabaseOpenError, openDatabase } from './db/open-database';
import { LockGate, preloadLockScreens } from './features/lock/LockGate';
import { SessionGate } from './features/login/SessionGate';
import { publicPage } from './routes/public-pages';
import { registerServiceWorker } from './pwa/service-worker';
import { keepFieldsOutOfBrowserMemory } from './security/no-form-memory';
import { AppContext } from './session/app-context';
import { startServices } from './session/app-services';
import { StartupError } from './ui/StartupError';
import './ui/styles.css';

// index.html holds #app; the body stands in if a page without it ever loads this script.
const root = document.getElementById('app') ?? document.body;

keepFieldsOutOfBrowserMemory();
registerServiceWorker();
void preloadLockScreens();
openDatabase()
  .then((db) => startServices(db))
  .then(
    (services) => {
      render(
        <AppContext.Provider value={services}>
          <SessionGate session={services.session} publicPage={publicPage}>
            <LockGate vault={services.vault}>
              <App />
            </LockGate>
          </SessionGate>
        </AppContext.Provider>,
        root,
      );
      // The catalogue is not needed for the first screen: its loading, validation and index must not delay it.
      setTimeout(() => startContent(services.db), 0);
    },
    (error: Error) =>
      render(
        <StartupError
          message={
            error instanceof DatabaseOpenError
              ? error.message
              : "Déclic n'a pas pu démarrer. Rechargez la page ; si cela continue, contactez votre coordinateur."
          }
        />,
        root,
      ),
  );
