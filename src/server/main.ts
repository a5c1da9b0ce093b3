// Starts the endpoint: configuration, store, HTTP server; stops cleanly on SIGINT/SIGTERM.
import { readFileSync } from 'node:fs';
import { createApp } from './app';
import { readConfig } from './config';
import { contentFromDirectory } from './content-pack/content-source';
import { serveNode } from './http/serve-node';
import { startDailyPurge } from './retention/daily-purge';
import { refreshProjectionsAfterStart } from './stats/projection-at-start';
import { openStore } from './store/open-store';
import { announceServer } from './store/server-presence';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

async function main(): Promise<void> {
  const config = readConfig();
  // `npm run admin -- restore` refuses while this mark is held (see src/server/store/server-presence.ts); taken
  // first, so that on PostgreSQL a server started during a restore waits for it before migrating.
  const presence = await announceServer(config);
  const store = await openStore(config);
  const app = createApp({
    store,
    version,
    content: contentFromDirectory(config.contentDir),
    staticDir: config.staticDir,
    trustProxy: config.trustProxy,
  });
  const server = serveNode(app, config.port, config.host, (port) => {
    console.log(`Déclic écoute sur http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port} (stockage : ${store.kind})`);
  });
  // Files without contact beyond RETENTION_MONTHS are erased once a day (see src/server/retention).
  const stopPurge = startDailyPurge(store, config.retentionMonths);
  // The statistics projection is brought up to the log in the background, not to wait for the first call.
  const projections = refreshProjectionsAfterStart(store);
  const stop = () => {
    stopPurge();
    projections.stop();
    server.close(() => void Promise.all([store.close(), presence.end()]).then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Déclic n'a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
