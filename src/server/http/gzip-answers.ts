// Gzips the endpoint's JSON answers when the client accepts it.
import type { MiddlewareHandler } from 'hono';
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';

const gzipAsync = promisify(gzip);

/**
 * Gzips JSON answers of 1 KiB or more when the client accepts it. Node's zlib on the thread pool: the
 * web CompressionStream (hono/compress) costs several times more per small sync answer.
 */
export const gzipAnswers: MiddlewareHandler = async (c, next) => {
  await next();
  const res = c.res;
  if (!res.body || res.headers.has('Content-Encoding') || !/\bgzip\b/i.test(c.req.header('accept-encoding') ?? '')) return;
  if (!/^application\/json/i.test(res.headers.get('Content-Type') ?? '') || /no-transform/i.test(res.headers.get('Cache-Control') ?? ''))
    return;
  const bytes = Buffer.from(await res.arrayBuffer());
  if (bytes.length < 1024) {
    c.res = new Response(bytes, res);
    return;
  }
  // Small answers (most syncs) compress in well under a millisecond: a hop to the thread pool costs more.
  c.res = new Response(bytes.length < 64 * 1024 ? gzipSync(bytes) : await gzipAsync(bytes), res);
  c.res.headers.delete('Content-Length');
  c.res.headers.set('Content-Encoding', 'gzip');
  c.res.headers.append('Vary', 'Accept-Encoding');
  const etag = c.res.headers.get('ETag');
  if (etag && !etag.startsWith('W/')) c.res.headers.set('ETag', `W/${etag}`);
};
