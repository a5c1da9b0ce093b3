// The endpoint's HTTP routes (Hono): health, login, sync, content, then the built app's files.
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { loginRequestSchema } from '../shared/schema/auth';
import { ErrorCodes } from '../shared/schema/errors';
import { PROTOCOL_VERSION, syncRequestSchema } from '../shared/schema/sync';
import { authenticate, login } from './accounts/accounts';
import { RateLimiter } from './accounts/rate-limit';
import type { ContentSource } from './content/content-source';
import { HttpError } from './http/errors';
import { readJson } from './http/read-json';
import { securityHeaders } from './http/security-headers';
import { staticFiles } from './http/static-files';
import type { Store } from './store/store';
import { runSync } from './sync/sync-service';

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
  const loginLimiter = new RateLimiter(options.loginLimit ?? 10, options.loginWindowMs ?? 15 * 60_000);

  app.use('*', securityHeaders);
  app.use('/api/*', compress({ encoding: 'gzip', threshold: 1024 }));
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', c.res.headers.get('Cache-Control') ?? 'no-store');
  });

  app.get('/api/health', (c) => c.json({ status: 'ok', storage: store.kind, version: options.version }));

  app.post('/api/v1/auth/login', async (c) => {
    const request = await readJson(c, loginRequestSchema);
    const wait = Math.max(loginLimiter.hit(`email:${request.email.toLowerCase()}`), loginLimiter.hit(`ip:${clientAddress(c)}`));
    if (wait > 0) {
      throw new HttpError(429, ErrorCodes.rateLimited, `Trop de tentatives de connexion. Réessayez dans ${Math.ceil(wait / 60)} min.`, {
        'Retry-After': String(wait),
      });
    }
    return c.json(await login(store, request));
  });

  app.post('/api/v1/sync', async (c) => {
    const { device, aidant } = await authenticate(store, c.req.header('authorization'));
    const request = await readJson(c, syncRequestSchema);
    if (request.protocol < PROTOCOL_VERSION) {
      throw new HttpError(426, ErrorCodes.protocolTooOld, 'Cette version de Déclic est trop ancienne. Mettez l’application à jour pour synchroniser.');
    }
    if (request.protocol > PROTOCOL_VERSION) {
      throw new HttpError(400, 'version_inconnue', 'Version de protocole inconnue du serveur.');
    }
    const caller = { structureId: device.structureId, aidantId: aidant.id, deviceId: device.id };
    const response = await runSync(store, caller, request);
    await store.touchDevice(device.id, Date.now());
    return c.json(response);
  });

  app.get('/api/v1/content', (c) => {
    const { json, etag } = options.content.current();
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, { ETag: etag });
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

function errorResponse(c: Context, error: Error): Response {
  if (error instanceof HttpError) return c.json(error.toBody(), error.status as 400, error.headers);
  console.error('[declic] erreur interne', error);
  return c.json({ error: { code: 'erreur_interne', message: 'Le serveur a rencontré un problème. Réessayez dans un moment.' } }, 500);
}

function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}
