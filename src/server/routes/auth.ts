// Login and logout: a device token per tablet, login attempts limited per account and per address.
import { Hono } from 'hono';
import { loginRequestSchema } from '../../shared/schema/auth';
import { ErrorCodes } from '../../shared/schema/errors';
import { authenticate, login } from '../accounts/accounts';
import { RateLimiter } from '../accounts/rate-limit';
import { clientAddress } from '../http/client-address';
import { HttpError } from '../http/errors';
import { SMALL_BODY } from '../http/limits';
import { readJson } from '../http/read-json';
import type { Store } from '../store/store';

export interface LoginLimits {
  /** Login attempts allowed per e-mail (and ten times as many per address) in `windowMs`. */
  limit: number;
  windowMs: number;
}

/** POST /api/v1/auth/login and POST /api/v1/auth/logout. */
export function authRoutes(store: Store, limits: LoginLimits): Hono {
  const loginLimiter = new RateLimiter(limits.limit, limits.windowMs);
  // Several aidants of one office share an address: the per-address limit is looser than the per-account one.
  const addressLimiter = new RateLimiter(limits.limit * 10, limits.windowMs);
  const routes = new Hono();

  routes.post('/api/v1/auth/login', async (c) => {
    const request = await readJson(c, loginRequestSchema, SMALL_BODY);
    const wait = Math.max(loginLimiter.hit(`email:${request.email.toLowerCase()}`), addressLimiter.hit(clientAddress(c)));
    if (wait > 0) {
      throw new HttpError(429, ErrorCodes.rateLimited, `Trop de tentatives de connexion. Réessayez dans ${Math.ceil(wait / 60)} min.`, {
        'Retry-After': String(wait),
      });
    }
    return c.json(await login(store, request));
  });

  // "Se déconnecter" on the tablet: its token stops working at once, as if the structure had revoked the device.
  routes.post('/api/v1/auth/logout', async (c) => {
    const { device } = await authenticate(store, c.req.header('authorization'));
    await store.revokeDevice(device.id, Date.now(), 'logout');
    return c.json({ loggedOut: true });
  });

  return routes;
}
