// A first visit: a browser that holds no Déclic data yet shows the login screen from the entry alone, without the
// database, the schemas or the sync (what a first visit loads over the network before the aidant can type). The
// app comes when the aidant signs in; the service worker has precached it meanwhile, and the first keystroke
// starts loading it.
import { render } from 'preact';
import { DATABASE_NAME } from './db/database-name';
import { LoginScreen } from './features/login/LoginScreen';
import { publicPage } from './routes/public-pages';
import type { Credentials } from './session/credentials';
import { usePath } from './ui/router';

/** How long the browser may take to list its databases before the app starts as on any visit. */
export const FIRST_VISIT_CHECK_MS = 1_000;

/**
 * True when this browser surely holds no Déclic database (then nobody is signed in); false when it holds one or
 * cannot say (indexedDB.databases() is recent in some browsers, and a busy or broken one may never answer): the
 * app then starts as on any visit, and says itself what it could not open.
 */
export async function isFirstVisit(): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const noAnswer = new Promise<false>((settle) => (timer = setTimeout(() => settle(false), FIRST_VISIT_CHECK_MS)));
  const listed = indexedDB.databases().then(
    (databases) => !databases.some((database) => database.name === DATABASE_NAME),
    () => false,
  );
  try {
    return await Promise.race([listed, noAnswer]);
  } finally {
    clearTimeout(timer);
  }
}

type AppChunk = typeof import('./start-app');

let app: Promise<AppChunk> | undefined;
const loadApp = (): Promise<AppChunk> => (app ??= import('./start-app'));

/** Draws the login screen of a first visit in `root`; a successful login draws the app in its place. */
export function showFirstLogin(root: Element): void {
  const login = async (credentials: Credentials) => {
    const chunk = await loadApp().catch(() => {
      app = undefined;
      throw new Error('Déclic n’a pas pu se charger. Vérifiez la connexion au réseau, puis réessayez.');
    });
    const services = await chunk.openApp().catch((error: unknown) => {
      throw new Error(chunk.startupMessage(error));
    });
    await services.session.login(credentials);
    chunk.mountApp(root, services);
  };
  render(<FirstLogin onLogin={login} onFirstInput={() => void loadApp().catch(() => (app = undefined))} />, root);
}

/** The login screen, or a page readable before a login (the accessibility statement) when the address is its. */
function FirstLogin({ onLogin, onFirstInput }: { onLogin: (credentials: Credentials) => Promise<void>; onFirstInput: () => void }) {
  const path = usePath();
  const page = publicPage(path);
  if (page) return page;
  return (
    <div onInput={onFirstInput}>
      <LoginScreen onLogin={onLogin} />
    </div>
  );
}
