// Serves the built app from `dist/` with @hono/node-server's serveStatic: the build's precompressed
// copies (.br, .gz, see precompress-plugin) to browsers that take them, hashed assets immutable, sw.js
// and pages never cached, any other page → index.html (the app routes it); `..` and encoded paths refused.
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import { existsSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { HttpError } from './errors';

/** The Cache-Control of a file of the build. */
export function cacheControlFor(path: string): string {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

const COMPRESSIBLE_TYPE = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml)/;

/** Cache policy on every file served; Vary on those whose bytes depend on Accept-Encoding. */
const fileHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.res.status !== 200 && c.res.status !== 206) return;
  c.res.headers.set('Cache-Control', cacheControlFor(c.req.path));
  if (COMPRESSIBLE_TYPE.test(c.res.headers.get('Content-Type') ?? '') && !c.res.headers.has('Vary')) {
    c.res.headers.set('Vary', 'Accept-Encoding');
  }
};

/** The handlers, in order, answering GET for the files of `root`; what none of them serves falls to the 404. */
export function staticFiles(root: string): MiddlewareHandler[] {
  // serveStatic joins its root to the working directory's paths: it takes a relative one.
  const options = { root: relative(process.cwd(), root) || '.', precompressed: true };
  const file = serveStatic(options);
  const page = serveStatic({ ...options, path: 'index.html' });
  const appPage: MiddlewareHandler = async (c, next) => {
    if (extname(c.req.path)) return next();
    if (!existsSync(join(root, 'index.html'))) {
      throw new HttpError(503, 'application_non_construite', 'L’application n’est pas construite : lancez « npm run build ».');
    }
    return page(c, next);
  };
  return [fileHeaders, file, appPage];
}
