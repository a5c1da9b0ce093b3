// The app itself: the database and the long-lived services, then the app behind the login and lock gates. The
// entry (main.tsx) loads this chunk at once when the browser already holds Déclic's data, and on a first visit
// when the aidant signs in (first-visit.tsx): the login screen of a first visit does not wait for it.
import { render } from 'preact';
import { App } from './App';
import { startContent } from './catalogue/content-boot';
import { DatabaseOpenError, openDatabase } from './db/open-database';
import { LockGate, preloadLockScreens } from './features/lock/LockGate';
import { SessionGate } from './features/login/SessionGate';
import { publicPage } from './routes/public-pages';
import { AppContext } from './session/app-context';
import { startServices, type AppServices } from './session/app-services';
import { StartupError } from './ui/StartupError';

/** What the aidant reads when the app cannot start. */
export function startupMessage(error: unknown): string {
  return error instanceof DatabaseOpenError
    ? error.message
    : "Déclic n'a pas pu démarrer. Rechargez la page ; si cela continue, contactez votre coordinateur.";
}

let opening: Promise<AppServices> | undefined;

/** Opens the database and starts the services, once. */
export function openApp(): Promise<AppServices> {
  void preloadLockScreens();
  opening ??= openDatabase().then((db) => startServices(db));
  return opening;
}

/** Draws the app in `root` with its services. */
export function mountApp(root: Element, services: AppServices): void {
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
}

/** Opens and draws the app, or says in French why it cannot start. */
export async function startApp(root: Element): Promise<void> {
  try {
    mountApp(root, await openApp());
  } catch (error) {
    render(<StartupError message={startupMessage(error)} />, root);
  }
}
