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
import type { ScryptCost } from './accounts/passwords';
import { defaultLoginLimits, type LoginLimits } from './accounts/login-guard';
import { guardUrl } from './http/url-guard';
import { adminRoutes } from './routes/admin';
import { authRoutes } from './routes/auth';
import { contentRoutes } from './routes/content';
import { exportRoutes } from './routes/exports';
import { healthRoutes } from './routes/health';
import { meRoutes } from './routes/me';
import { statsRoutes } from './routes/stats';
import { syncRoutes } from './routes/sync';
import type { Store } from './store/store';

export interface AppOptions {
  store: Store;
  version: string;
  content: ContentSource;
  staticDir?: string;
  /** Failed logins allowed per account and address in `loginWindowMs` (ten times as many per address, five per account and day). */
  loginLimit?: number;
  loginWindowMs?: number;
  /** Any login limit, over those above (see LoginLimits). */
  loginLimits?: Partial<LoginLimits>;
  /** TRUST_PROXY: take the client's address from the trusted reverse proxy's X-Forwarded-For. */
  trustProxy?: boolean;
  /** Tests only: hash passwords below OWASP's cost (the server never sets it; see accounts/passwords.ts). */
  passwordCost?: ScryptCost;
}

/** The login limits of `options`: defaults, scaled by `loginLimit`, then `loginLimits`. */
function loginLimits(options: AppOptions): LoginLimits {
  const perAccountAddress = options.loginLimit ?? defaultLoginLimits.perAccountAddress;
  return {
    ...defaultLoginLimits,
    perAccountAddress,
    perAddress: perAccountAddress * 10,
    accountDailyCap: perAccountAddress * 5,
    windowMs: options.loginWindowMs ?? defaultLoginLimits.windowMs,
    ...options.loginLimits,
  };
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
  const { trustProxy = false, passwordCost } = options;
  const authOptions = { limits: loginLimits(options), trustProxy, ...(passwordCost ? { passwordCost } : {}) };
  app.route('/', authRoutes(store, authOptions));
  app.route('/', meRoutes(store, authOptions));
  app.route('/', adminRoutes(store, passwordCost ? { passwordCost } : {}));
  app.route('/', syncRoutes(store));
  app.route('/', statsRoutes(store));
  app.route('/', exportRoutes(store, options.content));
  app.route('/', contentRoutes(options.content));

  app.all('/api/*', () => {
    throw new HttpError(404, 'introuvable', 'Cette adresse n’existe pas sur le serveur Déclic.');
  });
  if (options.staticDir) for (const handler of staticFiles(options.staticDir)) app.get('*', handler);

  app.onError((error, c) => errorResponse(c, error));
  app.notFound((c) => errorResponse(c, new HttpError(404, 'introuvable', 'Cette page n’existe pas.')));
  return app;
}
