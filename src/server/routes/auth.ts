// Login and logout: a device token per tablet; failed logins counted per account, address and day (LoginGuard).
import { Hono } from 'hono';
import { loginRequestSchema } from '../../shared/schema/auth';
import { authenticate, login, type PasswordOptions } from '../accounts/accounts';
import { LoginGuard, type LoginLimits } from '../accounts/login-guard';
import { clientAddress } from '../http/client-address';
import { HttpError } from '../http/errors';
import { SMALL_BODY } from '../http/limits';
import { readJson } from '../http/read-json';
import type { Store } from '../store/store';

export interface AuthOptions extends PasswordOptions {
  limits: LoginLimits;
  /** TRUST_PROXY: the client's address comes from the trusted reverse proxy's X-Forwarded-For. */
  trustProxy: boolean;
}

/** POST /api/v1/auth/login and POST /api/v1/auth/logout. */
export function authRoutes(store: Store, options: AuthOptions): Hono {
  const guard = new LoginGuard(store, options.limits);
  const routes = new Hono();

  routes.post('/api/v1/auth/login', async (c) => {
    const request = await readJson(c, loginRequestSchema, SMALL_BODY);
    const attempt = await guard.admit(request.email, clientAddress(c, options.trustProxy));
    let answer;
    try {
      answer = await login(store, request, options);
    } catch (error) {
      const wrong = error instanceof HttpError && error.status === 401;
      await (wrong ? attempt.failed() : attempt.abandoned());
      throw error;
    }
    await attempt.succeeded();
    return c.json(answer);
  });

  // "Se déconnecter" on the tablet: its token stops working at once; its next request hears « déconnecté ».
  routes.post('/api/v1/auth/logout', async (c) => {
    const { device } = await authenticate(store, c.req.header('authorization'), { temporaryPassword: 'allowed' });
    await store.revokeDevice(device.id, Date.now(), 'logout');
    return c.json({ loggedOut: true });
  });

  return routes;
}
