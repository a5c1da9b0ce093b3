// Vite plugin: validates src/content at build (a bad file fails the build, naming it) and emits the pack.
import type { Plugin } from 'vite';
import { loadContentPack } from './load-pack';

/** The file name under which the bundled pack is emitted and precached. */
export const CONTENT_PACK_FILE = 'content-pack.json';

/** Emits `content-pack.json`, validated against the shared schemas, and tells the app its version. */
export function contentPackPlugin(contentDir: string): Plugin {
  return {
    name: 'declic-content-pack',
    config() {
      return { define: { __BUNDLED_PACK_VERSION__: JSON.stringify(loadContentPack(contentDir).version) } };
    },
    generateBundle() {
      const pack = loadContentPack(contentDir);
      this.emitFile({ type: 'asset', fileName: CONTENT_PACK_FILE, source: JSON.stringify(pack) });
    },
    configureServer(server) {
      server.middlewares.use(`/${CONTENT_PACK_FILE}`, (_req, res) => {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(JSON.stringify(loadContentPack(contentDir)));
      });
    },
  };
}
