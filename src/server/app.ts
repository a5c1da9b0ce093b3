// The endpoint (Hono): security headers and body handling for every request, then the routes by concern
// (src/server/routes), then the built app's files.
import { Hono } from 'hono';
import type { ContentSource } from './content-pack/content-source';
import { limitBody } from './http/body-limit';
import { errorResponse } from './http/error-response';
import { HttpError } from './http/errors';
import { gzipAnswers } from './http/gzip-answers';
import { securityHeaders } from './http/security-headers';
import { staticFiles } from './http/static-files';
import { guardUrl } from './http/url-guard';
import { authRoutes } from './routes/auth';
import { contentRoutes } from './routes/content';
import { healthRoutes } from './routes/health';
import { statsRoutes } from './routes/stats';
import { syncRoutes } from './routes/sync';
import type { Store } from './store/store';

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

  app.use('*', securityHeaders);
  app.use('*', guardUrl);
  app.use('/api/*', limitBody);
  app.use('/api/*', gzipAnswers);
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', c.res.headers.get('Cache-Control') ?? 'no-store');
  });

  app.route('/', healthRoutes(store, options.version));
  app.route('/', authRoutes(store, { limit: options.loginLimit ?? 10, windowMs: options.loginWindowMs ?? 15 * 60_000 }));
  app.route('/', syncRoutes(store));
  app.route('/', statsRoutes(store));
  app.route('/', contentRoutes(options.content));

  app.all('/api/*', () => {
    throw new HttpError(404, 'introuvable', 'Cette adresse n’existe pas sur le serveur Déclic.');
  });
  if (options.staticDir) for (const handler of staticFiles(options.staticDir)) app.get('*', handler);

  app.onError((error, c) => errorResponse(c, error));
  app.notFound((c) => errorResponse(c, new HttpError(404, 'introuvable', 'Cette page n’existe pas.')));
  return app;
}
