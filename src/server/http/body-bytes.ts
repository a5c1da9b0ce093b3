// A request body as bytes, decompressed when sent in gzip: the decompression runs on Node's thread
// pool, chunk by chunk, and stops as soon as the output passes the limit, so a gzip bomb costs at most
// the route's limit of memory and never holds the event loop.
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { Context } from 'hono';
import { badGzip, tooLarge, unsupportedEncoding } from './limits';

const gunzipAsync = promisify(gunzip);

/** The body of `c`, at most `maxBytes` as sent (a declared larger one is not read) and once decompressed. */
export async function readBodyBytes(c: Context, maxBytes: number): Promise<Uint8Array> {
  const encoding = (c.req.header('content-encoding') ?? '').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity' && encoding !== 'gzip' && encoding !== 'x-gzip') throw unsupportedEncoding();
  if (Number(c.req.header('content-length') ?? 0) > maxBytes) throw tooLarge();
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.length > maxBytes) throw tooLarge();
  if (encoding !== 'gzip' && encoding !== 'x-gzip') return bytes;
  try {
    return await gunzipAsync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw badGzip();
  }
}
