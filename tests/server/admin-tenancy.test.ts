// Every administration route, refused to whoever may not use it: no token (401), an aidant (403), a coordinator
// of another structure (403 or 404, never A's data), a deactivated coordinator (401 compte_desactive).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setAccountDisabled } from '../../src/server/accounts/account-changes';
import { call, signedIn, type SignedIn } from '../fixtures/admin-api';
import { storeKinds } from '../fixtures/postgres';
import { seedStructure } from '../fixtures/server-api';
import { databaseText, openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { expectFrenchError } from './expect-error';

interface Route {
  method: string;
  path: string;
  body?: unknown;
  /** What a coordinator of structure B gets for A's target: refused (403 or 404), or a list without A's data. */
  fromB: 403 | 404 | 'list';
}

function tenancySuite(kind: StoreKind) {
  let db: TestDb;
  let server: TestServer;
  let a: Awaited<ReturnType<typeof seedStructure>>;
  let b: Awaited<ReturnType<typeof seedStructure>>;
  let aidantA: SignedIn;
  let coordB: SignedIn;
  let disabledCoordA: SignedIn;
  let deviceOfA: string;
  let routes: Route[];

  beforeAll(async () => {
    db = await openTestDb(kind);
    server = await startTestServer({ store: db.store, loginLimit: 1000 });
    a = await seedStructure(db.store, 'Mairie de Sos');
    b = await seedStructure(db.store, 'Association de Nérac');
    aidantA = await signedIn(db.store, server.url, a.structure.id, 'aidant', 'Agathe Aidante');
    coordB = await signedIn(db.store, server.url, b.structure.id, 'coordinateur', 'Bruno Coordinateur');
    disabledCoordA = await signedIn(db.store, server.url, a.structure.id, 'coordinateur', 'Denise Partie');
    await setAccountDisabled(db.store, disabledCoordA.id, true);
    deviceOfA = (await db.store.listDevices(a.structure.id)).find((d) => d.aidantId === aidantA.id)!.id;
    const A = a.structure.id;
    routes = [
      { method: 'GET', path: '/api/v1/admin/aidants', fromB: 'list' },
      { method: 'GET', path: `/api/v1/admin/aidants?structure=${A}`, fromB: 403 },
      { method: 'POST', path: '/api/v1/admin/aidants', body: { email: 'x@sos.fr', name: 'X', role: 'aidant', structureId: A }, fromB: 403 },
      { method: 'PATCH', path: `/api/v1/admin/aidants/${aidantA.id}`, body: { disabled: true }, fromB: 404 },
      { method: 'PATCH', path: `/api/v1/admin/aidants/${aidantA.id}`, body: { role: 'coordinateur' }, fromB: 404 },
      { method: 'POST', path: `/api/v1/admin/aidants/${aidantA.id}/password-reset`, fromB: 404 },
      { method: 'POST', path: '/api/v1/admin/memberships', body: { email: aidantA.email, structureId: A, role: 'admin' }, fromB: 403 },
      { method: 'DELETE', path: `/api/v1/admin/aidants/${aidantA.id}/memberships/${A}`, fromB: 403 },
      { method: 'GET', path: '/api/v1/admin/devices', fromB: 'list' },
      { method: 'POST', path: `/api/v1/admin/devices/${deviceOfA}/revoke`, fromB: 404 },
      { method: 'GET', path: '/api/v1/admin/audit', fromB: 'list' },
      { method: 'GET', path: '/api/v1/admin/purge', fromB: 'list' },
      { method: 'GET', path: `/api/v1/admin/audit?structure=${A}&format=csv`, fromB: 403 },
      { method: 'GET', path: '/api/v1/admin/structures', fromB: 'list' },
      { method: 'POST', path: '/api/v1/admin/structures', body: { name: 'Intruse' }, fromB: 403 },
      { method: 'PATCH', path: `/api/v1/admin/structures/${A}`, body: { name: 'Renommée' }, fromB: 403 },
    ];
  });
  afterAll(async () => {
    await server?.close();
    await db?.dispose();
  });

  const eachRoute = (check: (route: Route) => Promise<unknown>) => async () => {
    for (const route of routes) await check(route);
  };

  it(
    'asks for a token on every route (401)',
    eachRoute(async ({ method, path, body }) =>
      expectFrenchError(await call(server.url, method, path, null, body), 401, 'non_authentifie'),
    ),
  );

  it(
    'refuses an aidant on every route (403), whatever the body',
    eachRoute(async ({ method, path, body }) =>
      expectFrenchError(await call(server.url, method, path, aidantA.token, body), 403, 'acces_refuse'),
    ),
  );

  it(
    'refuses a deactivated coordinator on every route (401 « Ce compte est désactivé »)',
    eachRoute(async ({ method, path, body }) => {
      const message = expectFrenchError(await call(server.url, method, path, disabledCoordA.token, body), 401, 'compte_desactive');
      expect(message).toMatch(/^Ce compte est désactivé/);
    }),
  );

  it(
    'never lets a coordinator of B see or change A’s accounts, devices, journal or structure',
    eachRoute(async ({ method, path, body, fromB }) => {
      const before = await databaseText(db);
      const answer = await call(server.url, method, path, coordB.token, body);
      if (fromB === 'list') {
        expect(answer.status, `${method} ${path}`).toBe(200);
        expect(answer.text).not.toMatch(new RegExp(`${aidantA.email}|${a.structure.id}|${deviceOfA}|Mairie de Sos`));
      } else {
        expect([answer.status, path]).toEqual([fromB, path]);
      }
      // Nothing of A changed (B's coordinator's own device was seen: only its "last seen" could move).
      expect((await databaseText(db)).length, `${method} ${path}`).toBe(before.length);
    }),
  );

  it('lets the same routes work for A’s coordinator on A (the refusals above are about who asks)', async () => {
    const coordA = await signedIn(db.store, server.url, a.structure.id, 'coordinateur', 'Chantal Coordinatrice');
    const team = await call<{ aidants: { email: string }[] }>(server.url, 'GET', '/api/v1/admin/aidants', coordA.token);
    expect(team.body.aidants.map((x) => x.email)).toContain(aidantA.email);
    expect(team.text).not.toMatch(coordB.email);
    expect((await call(server.url, 'POST', `/api/v1/admin/devices/${deviceOfA}/revoke`, coordA.token)).status).toBe(200);
  });
}

describe.each(await storeKinds())('administration tenancy (%s)', tenancySuite);
