// The page's only link to the service worker: registration and the update the aidant agrees to.
import { Workbox } from 'workbox-window';

type Listener = () => void;

let workbox: Workbox | undefined;
let updateReady = false;
const listeners = new Set<Listener>();

/** Registers /sw.js (production builds only); `onUpdateReady` fires when a new version waits. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => {
    updateReady = true;
    listeners.forEach((listener) => listener());
  });
  void workbox.register();
}

/** True when a new version is installed and waits for the aidant's consent. */
export function isUpdateReady(): boolean {
  return updateReady;
}

/** Calls `listener` when an update becomes ready; returns the unsubscribe function. */
export function onUpdateReady(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Activates the waiting version, then reloads once it controls the page. */
export function applyUpdate(): void {
  if (!workbox) return;
  // Reload on controllerchange only: reloading earlier would keep the old version on screen.
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  workbox.messageSkipWaiting();
}
