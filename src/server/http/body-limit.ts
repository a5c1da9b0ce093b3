// Refuses a request body above MAX_BODY_BYTES, declared or streamed, before any route reads it.
import type { MiddlewareHandler } from 'hono';
import { MAX_BODY_BYTES, tooLarge } from './read-json';

/** Bytes of an oversized body read (and dropped) so that the client receives the 413 instead of a reset. */
const DRAIN_LIMIT = 16 * MAX_BODY_BYTES;

/** Refuses a body above MAX_BODY_BYTES, declared or streamed (chunked), without holding more than that in memory. */
export const limitBody: MiddlewareHandler = async (c, next) => {
  const body = c.req.raw.body;
  if (!body) return next();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = Number(c.req.header('content-length') ?? 0);
  if (size <= MAX_BODY_BYTES) {
    size = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.length;
      if (size > MAX_BODY_BYTES) break;
      chunks.push(chunk.value);
    }
  }
  if (size > MAX_BODY_BYTES) {
    // An answer sent while the client is still uploading makes Node drop the connection: read the rest first.
    for (let drained = 0; drained < DRAIN_LIMIT;) {
      const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (chunk.done) break;
      drained += chunk.value.length;
    }
    await reader.cancel().catch(() => undefined);
    throw tooLarge();
  }
  c.req.raw = new Request(c.req.raw, { body: Buffer.concat(chunks) });
  return next();
};
