// Entry point: what every visit needs (the service worker, fields kept out of the browser's memory, the styles),
// then the app (start-app.tsx) — or, on a first visit, the login screen alone (first-visit.tsx).
import { render } from 'preact';
import { isFirstVisit, showFirstLogin } from './first-visit';
import { registerServiceWorker } from './pwa/service-worker';
import { keepFieldsOutOfBrowserMemory } from './security/no-form-memory';
import { StartupError } from './ui/StartupError';
import './ui/styles.css';

// index.html holds #app; the body stands in if a page without it ever loads this script.
const root = document.getElementById('app') ?? document.body;

keepFieldsOutOfBrowserMemory();
registerServiceWorker();
void isFirstVisit()
  .then(async (first) => {
    if (first) showFirstLogin(root);
    else {
      const { startApp } = await import('./start-app');
      await startApp(root);
    }
  })
  .catch(() =>
    render(<StartupError message="Déclic n'a pas pu se charger. Vérifiez la connexion au réseau, puis rechargez la page." />, root),
  );
