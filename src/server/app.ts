// The endpoint's HTTP routes (Hono): health, login and logout, sync, stats, content, then the built app's files.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';
import * as z from 'zod/mini';
import { loginRequestSchema } from '../shared/schema/auth';
import { ErrorCodes } from '../shared/schema/errors';
import { MAX_PUSH_OPS, opSchema, PROTOCOL_VERSION, syncRequestSchema } from '../shared/schema/sync';
import { authenticate, login } from './accounts/accounts';
import { RateLimiter } from './accounts/rate-limit';
import type { ContentSource } from './content-pack/content-source';
import { HttpError } from './http/errors';
import { MAX_BODY_BYTES, readJson, tooLarge } from './http/read-json';
import { securityHeaders } from './http/security-headers';
import { staticFiles } from './http/static-files';
import type { Store } from './store/store';
import { statsRoute } from './stats/stats-route';
import { runSync } from './sync/sync-service';

/** The sync body, its batch size checked after parsing so that an oversized batch gets its own 413. */
const syncBodySchema = z.extend(syncRequestSchema, { ops: z.array(opSchema) });

export interface AppOptions {
  store: Store;
  version: string;
  content: ContentSource;
  staticDir?: string;
  /** Login attempts allowed per e-mail and per address in `loginWindowMs`. */
  loginLimit?: number;
  loginWindowMs?: number;
}

/** Builds the endpoint. */
export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const app = new Hono();
  const loginWindowMs = options.loginWindowMs ?? 15 * 60_000;
  const loginLimiter = new RateLimiter(options.loginLimit ?? 10, loginWindowMs);
  // Several aidants of one office share an address: the per-address limit is looser than the per-account one.
  const addressLimiter = new RateLimiter((options.loginLimit ?? 10) * 10, loginWindowMs);

  app.use('*', securityHeaders);
  // Stops reading a body sent without Content-Length as soon as it passes the limit.
  app.use('/api/*', limitBody);
  app.use('/api/*', gzipAnswers);
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', c.res.headers.get('Cache-Control') ?? 'no-store');
  });

  app.get('/api/health', (c) => c.json({ status: 'ok', storage: store.kind, version: options.version }));

  app.post('/api/v1/auth/login', async (c) => {
    const request = await readJson(c, loginRequestSchema);
    const wait = Math.max(loginLimiter.hit(`email:${request.email.toLowerCase()}`), addressLimiter.hit(clientAddress(c)));
    if (wait > 0) {
      throw new HttpError(429, ErrorCodes.rateLimited, `Trop de tentatives de connexion. Réessayez dans ${Math.ceil(wait / 60)} min.`, {
        'Retry-After': String(wait),
      });
    }
    return c.json(await login(store, request));
  });

  // "Se déconnecter" on the tablet: its token stops working at once, as if the structure had revoked the device.
  app.post('/api/v1/auth/logout', async (c) => {
    const { device } = await authenticate(store, c.req.header('authorization'));
    await store.revokeDevice(device.id, Date.now(), 'logout');
    return c.json({ loggedOut: true });
  });

  app.post('/api/v1/sync', async (c) => {
    const { device, aidant } = await authenticate(store, c.req.header('authorization'));
    const request = await readJson(c, syncBodySchema);
    if (request.ops.length > MAX_PUSH_OPS) {
      throw new HttpError(
        413,
        'lot_trop_grand',
        `Trop de modifications dans un seul envoi (${MAX_PUSH_OPS} au plus). La synchronisation les enverra en plusieurs fois.`,
      );
    }
    if (request.protocol < PROTOCOL_VERSION) {
      throw new HttpError(
        426,
        ErrorCodes.protocolTooOld,
        'Cette version de Déclic est trop ancienne. Mettez l’application à jour pour synchroniser.',
      );
    }
    if (request.protocol > PROTOCOL_VERSION) {
      throw new HttpError(400, 'version_inconnue', 'Version de protocole inconnue du serveur.');
    }
    const caller = { structureId: device.structureId, aidantId: aidant.id, deviceId: device.id };
    const response = await runSync(store, caller, request);
    // "Last seen" is for the admin's device list: once a minute is precise enough, and spares a write per sync.
    if (device.lastSeenAt === null || Date.now() - device.lastSeenAt > 60_000) await store.touchDevice(device.id, Date.now());
    return c.json(response);
  });

  app.get('/api/v1/stats', (c) => statsRoute(c, store));

  app.get('/api/v1/content', (c) => {
    const { json, etag } = options.content.current();
    // Weak comparison (RFC 9110): gzip turns the ETag sent into W/"…", and that is what comes back.
    const known = (c.req.header('if-none-match') ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    if (known.includes(etag) || known.includes('*')) return c.body(null, 304, { ETag: etag });
    return c.body(json, 200, { 'Content-Type': 'application/json; charset=utf-8', ETag: etag, 'Cache-Control': 'no-cache' });
  });

  app.all('/api/*', () => {
    throw new HttpError(404, 'introuvable', 'Cette adresse n’existe pas sur le serveur Déclic.');
  });
  if (options.staticDir) app.get('*', staticFiles(options.staticDir));

  app.onError((error, c) => errorResponse(c, error));
  app.notFound((c) => errorResponse(c, new HttpError(404, 'introuvable', 'Page introuvable.')));
  return app;
}

/** Bytes of an oversized body read (and dropped) so that the client receives the 413 instead of a reset. */
const DRAIN_LIMIT = 16 * MAX_BODY_BYTES;

/** Refuses a body above MAX_BODY_BYTES, declared or streamed (chunked), without holding more than that in memory. */
const limitBody: MiddlewareHandler = async (c, next) => {
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

const gzipAsync = promisify(gzip);

/**
 * Gzips JSON answers of 1 KiB or more when the client accepts it. Node's zlib on the thread pool: the
 * web CompressionStream (hono/compress) costs several times more per small sync answer.
 */
const gzipAnswers: MiddlewareHandler = async (c, next) => {
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

function errorResponse(c: Context, error: Error): Response {
  if (error instanceof HttpError) return c.json(error.toBody(), error.status as 400, error.headers);
  console.error('[declic] erreur interne', error);
  return c.json({ error: { code: 'erreur_interne', message: 'Le serveur a rencontré un problème. Réessayez dans un moment.' } }, 500);
}

function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}
