// A request body as bytes, decompressed when sent in gzip: the decompression runs on Node's thread
// pool, chunk by chunk, and stops as soon as the output passes the limit, so a gzip bomb costs at most
// MAX_BODY_BYTES of memory and never holds the event loop.
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { Context } from 'hono';
import { badGzip, MAX_BODY_BYTES, tooLarge, unsupportedEncoding } from './limits';

const gunzipAsync = promisify(gunzip);

/** The body of `c` as sent (at most MAX_BODY_BYTES, see limitBody), decompressed to at most MAX_BODY_BYTES. */
export async function readBodyBytes(c: Context): Promise<Uint8Array> {
  const encoding = (c.req.header('content-encoding') ?? '').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity' && encoding !== 'gzip' && encoding !== 'x-gzip') throw unsupportedEncoding();
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.length > MAX_BODY_BYTES) throw tooLarge();
  if (encoding !== 'gzip' && encoding !== 'x-gzip') return bytes;
  try {
    return await gunzipAsync(bytes, { maxOutputLength: MAX_BODY_BYTES });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw badGzip();
  }
}
