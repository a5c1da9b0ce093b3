// The service worker: precaches the shell and the bundled content, serves every page offline.
// It never caches /api answers (they may carry personal data) and waits for the aidant's consent
// before replacing the running version (the page sends SKIP_WAITING when "Mettre à jour" is clicked).
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { isSkipWaitingMessage } from '../shared/service-worker-messages';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// Take control of the page of the very first visit: an uncontrolled page would let the next version
// activate silently (no banner) and drop from the precache the files the running page still needs.
// Never skipWaiting here: only the aidant's click does that.
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }));

self.addEventListener('message', (event) => {
  if (isSkipWaitingMessage(event.data)) void self.skipWaiting();
});
