// Entry point: opens the database, mounts the app, registers the service worker.
import { render } from 'preact';
import { App } from './App';
import { openDatabase } from './db/open-database';
import { registerServiceWorker } from './pwa/service-worker';
import { StartupError } from './ui/StartupError';
import './ui/styles.css';

const root = document.getElementById('app')!;

registerServiceWorker();
openDatabase().then(
  () => render(<App />, root),
  (error: Error) => render(<StartupError message={error.message} />, root),
);
