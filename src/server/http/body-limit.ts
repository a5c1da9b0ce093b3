// The size limit on the wire, with Hono's bodyLimit: a declared Content-Length above it is refused
// unread, a chunked body is counted as it arrives and refused as soon as it passes it.
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_BODY_BYTES, tooLarge } from './limits';

/** Bytes of an oversized upload read (and dropped) so that the client receives the 413 instead of a reset. */
const DRAIN_LIMIT = 16 * MAX_BODY_BYTES;

/** Refuses (413) a request body above MAX_BODY_BYTES as sent, before any route reads it. */
export const limitBody: MiddlewareHandler = async (c, next) => {
  const body = c.req.raw.body;
  if (!body) return next();
  // An answer sent while the client is still uploading makes Node drop the connection (the client then
  // sees a reset, not the 413): the rest of the upload is read first. Hono's middleware reads a chunked
  // body itself, so that one goes through a reader kept here; a declared one is left unread until then.
  const source = declaresLength(c) ? undefined : relay(c, body);
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: async () => {
      await drain(source ?? body.getReader());
      throw tooLarge();
    },
  });
  return limit(c, next);
};

const declaresLength = (c: Context) => c.req.header('content-length') !== undefined && c.req.header('transfer-encoding') === undefined;

/** Puts a stream in front of the body, for Hono to read; returns the reader of the body itself. */
function relay(c: Context, body: ReadableStream<Uint8Array>): ReadableStreamDefaultReader<Uint8Array> {
  const source = body.getReader();
  const front = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await source.read();
      if (chunk.done) controller.close();
      else controller.enqueue(chunk.value);
    },
  });
  c.req.raw = new Request(c.req.raw, { body: front, duplex: 'half' } as RequestInit);
  return source;
}

async function drain(source: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  for (let drained = 0; drained < DRAIN_LIMIT;) {
    const chunk = await source.read().catch(() => ({ done: true as const, value: undefined }));
    if (chunk.done) break;
    drained += chunk.value.length;
  }
  await source.cancel().catch(() => undefined);
}
