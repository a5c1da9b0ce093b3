// Serves the built app from `dist/`: hashed assets immutable, sw.js and pages never cached.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The Cache-Control of a file of the build. */
export function cacheControlFor(path: string): string {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/** Answers GET requests for files of `root`; navigation to an unknown path gets index.html. */
export function staticFiles(root: string) {
  return async (c: Context): Promise<Response> => {
    const path = decodeURIComponent(new URL(c.req.url).pathname);
    const file = await findFile(root, path);
    if (file) return send(c, file.path, file.urlPath);
    if (!extname(path)) return send(c, join(root, 'index.html'), '/index.html');
    return c.text('Introuvable', 404);
  };
}

async function findFile(root: string, urlPath: string): Promise<{ path: string; urlPath: string } | undefined> {
  const path = normalize(join(root, urlPath));
  if (!path.startsWith(root + sep) && path !== root) return undefined;
  try {
    const info = await stat(path);
    if (info.isFile()) return { path, urlPath };
    if (info.isDirectory()) return findFile(root, join(urlPath, 'index.html'));
  } catch {
    return undefined;
  }
  return undefined;
}

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);
// Gzipped copies of the build's files, made once per file version (the build is small and read-only).
const gzipped = new Map<string, { mtimeMs: number; body: Uint8Array<ArrayBuffer> }>();

async function send(c: Context, path: string, urlPath: string): Promise<Response> {
  const headers: Record<string, string> = {
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    'Cache-Control': cacheControlFor(urlPath),
  };
  try {
    if (!COMPRESSIBLE.has(extname(path))) return c.body(await readFile(path), 200, headers);
    headers.Vary = 'Accept-Encoding';
    if (!/\bgzip\b/i.test(c.req.header('accept-encoding') ?? '')) return c.body(await readFile(path), 200, headers);
    return c.body(await gzippedFile(path), 200, { ...headers, 'Content-Encoding': 'gzip' });
  } catch {
    return c.text("L'application n'est pas construite : lancez « npm run build ».", 503);
  }
}

async function gzippedFile(path: string): Promise<Uint8Array<ArrayBuffer>> {
  const { mtimeMs } = await stat(path);
  const cached = gzipped.get(path);
  if (cached?.mtimeMs === mtimeMs) return cached.body;
  const body = new Uint8Array(gzipSync(await readFile(path), { level: 9 }));
  gzipped.set(path, { mtimeMs, body });
  return body;
}
