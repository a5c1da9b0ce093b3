// /api/v1/me: the signed-in account — its structures and roles, and its own password (the current one required).
import { Hono } from 'hono';
import { changePasswordRequestSchema } from '../../shared/schema/admin';
import { authenticate } from '../accounts/accounts';
import { changeOwnPassword } from '../accounts/account-changes';
import { LoginGuard } from '../accounts/login-guard';
import { structuresOf } from '../accounts/memberships';
import { clientAddress } from '../http/client-address';
import { HttpError } from '../http/errors';
import { SMALL_BODY } from '../http/limits';
import { readJson } from '../http/read-json';
import type { Store } from '../store/store';
import type { AuthOptions } from './auth';

/** GET /api/v1/me and POST /api/v1/me/password; both answer while the password is temporary. */
export function meRoutes(store: Store, options: AuthOptions): Hono {
  // Wrong current passwords count as failed logins: a stolen token does not open a way to guess the password.
  const guard = new LoginGuard(store, options.limits);
  const routes = new Hono();
  const caller = (authorization: string | undefined) => authenticate(store, authorization, { temporaryPassword: 'allowed' });

  routes.get('/api/v1/me', async (c) => {
    const { aidant, device } = await caller(c.req.header('authorization'));
    const structures = await structuresOf(store, aidant.id);
    const { id, email, name, mustChangePassword } = aidant;
    const current = structures.find((s) => s.id === device.structureId) ?? structures[0];
    return c.json({
      aidant: { id, email, name, role: current?.role ?? aidant.role, structureId: current?.id ?? aidant.structureId },
      structures,
      mustChangePassword,
    });
  });

  routes.post('/api/v1/me/password', async (c) => {
    const { aidant } = await caller(c.req.header('authorization'));
    const request = await readJson(c, changePasswordRequestSchema, SMALL_BODY);
    const attempt = await guard.admit(aidant.email, clientAddress(c, options.trustProxy));
    try {
      await changeOwnPassword(store, aidant, request, options.passwordCost);
    } catch (error) {
      const wrong = error instanceof HttpError && error.code === 'mot_de_passe_incorrect';
      await (wrong ? attempt.failed() : attempt.abandoned());
      throw error;
    }
    await attempt.succeeded();
    return c.json({ changed: true });
  });

  return routes;
}
