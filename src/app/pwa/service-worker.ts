// The page's only link to the service worker: registration and the update the aidant agrees to.
import { Workbox } from 'workbox-window';
import { SKIP_WAITING_MESSAGE } from '../../shared/service-worker-messages';

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

/** How long "Mettre à jour" waits for the new version to take over before it reloads anyway. */
export const UPDATE_TAKEOVER_MS = 10_000;

/**
 * Activates the waiting version, then reloads once it controls the page. When nothing waits any more (another
 * tab of Déclic installed it already, so the new version controls this page too), a reload is the update: the
 * button never stays on « Mise à jour… » with nothing happening.
 */
export async function applyUpdate(): Promise<void> {
  const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
  const waiting = registration?.waiting;
  if (!waiting) {
    window.location.reload();
    return;
  }
  // Reload on controllerchange: reloading earlier would keep the old version on screen. Should the new version
  // not take over (a worker stopped midway), reload all the same rather than leave the aidant waiting.
  const reload = () => window.location.reload();
  const fallback = setTimeout(reload, UPDATE_TAKEOVER_MS);
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => {
      clearTimeout(fallback);
      reload();
    },
    { once: true },
  );
  waiting.postMessage(SKIP_WAITING_MESSAGE);
}
