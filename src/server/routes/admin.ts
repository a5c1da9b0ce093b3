// /api/v1/admin/…: the team, devices, audit log and structures, for a coordinateur (their structures) or an admin
// (all). Every path is declared here once; each handler checks the caller's scope before it reads anything else.
import { Hono, type Context } from 'hono';
import type * as z from 'zod/mini';
import {
  addMembershipRequestSchema,
  auditQuerySchema,
  createAidantRequestSchema,
  patchAidantRequestSchema,
  structureRequestSchema,
} from '../../shared/schema/admin';
import type { PasswordOptions } from '../accounts/accounts';
import { adminScope, type AdminScope } from '../accounts/admin-scope';
import { listTeamDevices, revokeTeamDevice } from '../admin/devices';
import { journalCsv, readJournal } from '../admin/journal';
import { addStructure, listAdministered, renameStructure } from '../admin/structures';
import { addMembership, addToTeam, changeTeamMember, listTeam, removeMembership, resetTeamPassword } from '../admin/team';
import { HttpError } from '../http/errors';
import { SMALL_BODY } from '../http/limits';
import { readJson } from '../http/read-json';
import type { Store } from '../store/store';

type Handler = (c: Context, scope: AdminScope) => Promise<Response>;

/** The query string parsed with `schema`, or 400 requete_invalide. */
function readQuery<S extends z.ZodMiniType>(c: Context, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'adresse';
    throw new HttpError(400, 'requete_invalide', `Requête invalide (paramètre « ${where} »).`);
  }
  return parsed.data;
}

/** The administration routes. */
export function adminRoutes(store: Store, options: PasswordOptions): Hono {
  const routes = new Hono();
  const body = <S extends z.ZodMiniType>(c: Context, schema: S) => readJson(c, schema, SMALL_BODY);
  const param = (c: Context, name: string) => c.req.param(name) ?? '';
  // The scope first: an aidant or a deactivated account learns nothing of what the route would check next.
  const scoped = (handler: Handler) => async (c: Context) => handler(c, await adminScope(store, c.req.header('authorization')));

  const table: [method: 'get' | 'post' | 'patch' | 'delete', path: string, handler: Handler][] = [
    ['get', 'aidants', async (c, s) => c.json({ aidants: await listTeam(store, s, c.req.query('structure')) })],
    ['post', 'aidants', async (c, s) => c.json(await addToTeam(store, s, await body(c, createAidantRequestSchema), options), 201)],
    [
      'patch',
      'aidants/:id',
      async (c, s) => c.json({ aidant: await changeTeamMember(store, s, param(c, 'id'), await body(c, patchAidantRequestSchema)) }),
    ],
    [
      'post',
      'aidants/:id/password-reset',
      async (c, s) => c.json({ temporaryPassword: await resetTeamPassword(store, s, param(c, 'id'), options) }),
    ],
    ['post', 'memberships', async (c, s) => c.json({ aidant: await addMembership(store, s, await body(c, addMembershipRequestSchema)) })],
    [
      'delete',
      'aidants/:id/memberships/:structureId',
      async (c, s) => c.json({ aidant: await removeMembership(store, s, param(c, 'id'), param(c, 'structureId')) }),
    ],
    ['get', 'devices', async (c, s) => c.json({ devices: await listTeamDevices(store, s) })],
    ['post', 'devices/:id/revoke', async (c, s) => c.json({ device: await revokeTeamDevice(store, s, param(c, 'id')) })],
    ['get', 'audit', (c, s) => journal(c, s, store)],
    // The purge runs over the whole database: any coordinator may know when it last ran (no personal data).
    ['get', 'purge', async (c) => c.json({ lastRun: (await store.lastPurgeRun()) ?? null })],
    ['get', 'structures', async (c, s) => c.json({ structures: await listAdministered(store, s) })],
    [
      'post',
      'structures',
      async (c, s) => c.json({ structure: await addStructure(store, s, (await body(c, structureRequestSchema)).name) }, 201),
    ],
    [
      'patch',
      'structures/:id',
      async (c, s) => c.json({ structure: await renameStructure(store, s, param(c, 'id'), (await body(c, structureRequestSchema)).name) }),
    ],
  ];
  for (const [method, path, handler] of table) routes[method](`/api/v1/admin/${path}`, scoped(handler));
  return routes;
}

async function journal(c: Context, scope: AdminScope, store: Store): Promise<Response> {
  const query = readQuery(c, auditQuerySchema);
  const answer = await readJournal(store, scope, query);
  if (query.format !== 'csv') return c.json(answer);
  const names = new Map((await store.listStructures()).map((s) => [s.id, s.name]));
  return c.body(journalCsv(answer.entries, names), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="journal-declic-${new Date().toISOString().slice(0, 10)}.csv"`,
  });
}
