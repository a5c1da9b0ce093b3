// An aidant in several structures: one login, each structure synced apart; removed from one, the account no
// longer pulls its files. Accounts made before memberships (schema version 4) get one membership each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login as loginAccount } from '../../src/server/accounts/accounts';
import { call, signedIn, type SignedIn } from '../fixtures/admin-api';
import { TEST_PASSWORD_COST } from '../fixtures/password-cost';
import { storeKinds } from '../fixtures/postgres';
import { postJson, seedStructure, Tablet, type Answer } from '../fixtures/server-api';
import { openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { expectFrenchError } from './expect-error';

function membershipsSuite(kind: StoreKind) {
  let db: TestDb;
  let server: TestServer;
  let a: Awaited<ReturnType<typeof seedStructure>>;
  let b: Awaited<ReturnType<typeof seedStructure>>;
  let coordB: SignedIn;
  let personOfB: string;

  beforeAll(async () => {
    db = await openTestDb(kind);
    server = await startTestServer({ store: db.store, loginLimit: 1000 });
    a = await seedStructure(db.store, 'Mairie de Mézin');
    b = await seedStructure(db.store, 'Mairie de Poudenas');
    coordB = await signedIn(db.store, server.url, b.structure.id, 'coordinateur', 'Corinne de Poudenas');
    const tabletB = new Tablet(server.url, (await postLogin(b.email, b.password)).token);
    const person = tabletB.newBeneficiary({ firstName: 'Gaston', commune: 'Poudenas' });
    personOfB = person.recordId;
    await tabletB.sync(person.ops);
  });
  afterAll(async () => {
    await server?.close();
    await db?.dispose();
  });

  async function postLogin(email: string, password: string) {
    const answer = await postJson<{ token: string; structure: { id: string }; structures: { id: string; name: string; role: string }[] }>(
      `${server.url}/api/v1/auth/login`,
      { email, password, deviceName: 'Tablette de la secrétaire' },
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body;
  }

  it('lets one login work for two structures, each synced apart', async () => {
    const added = await call(server.url, 'POST', '/api/v1/admin/memberships', coordB.token, {
      email: a.email,
      structureId: b.structure.id,
      role: 'aidant',
    });
    expect(added.body).toMatchObject({ aidant: { memberships: [{ structureId: b.structure.id, role: 'aidant' }] } });
    const session = await postLogin(a.email, a.password);
    expect(session.structure.id).toBe(a.structure.id);
    expect(session.structures).toEqual([
      { id: a.structure.id, name: 'Mairie de Mézin', role: 'aidant' },
      { id: b.structure.id, name: 'Mairie de Poudenas', role: 'aidant' },
    ]);
    const inA = new Tablet(server.url, session.token);
    expect(JSON.stringify(await inA.pullAll())).not.toMatch(/Gaston/);
    const inB = new Tablet(server.url, session.token, inA.clientId);
    const pulledB = await pullAllOf(inB, b.structure.id);
    expect(pulledB.map((op) => op.recordId)).toContain(personOfB);
  });

  it('stops pulling B’s files once the account is removed from B (403 hors_structure), and A keeps working', async () => {
    const session = await postLogin(a.email, a.password);
    const tablet = new Tablet(server.url, session.token);
    const removed = await call(server.url, 'DELETE', `/api/v1/admin/aidants/${a.aidant.id}/memberships/${b.structure.id}`, coordB.token);
    expect(removed.status).toBe(200);
    const refused = await tablet.request({ structureId: b.structure.id, cursor: null });
    expectFrenchError(refused, 403, 'hors_structure');
    expect(JSON.stringify(refused.body)).not.toMatch(/Gaston/);
    expect((await tablet.request({})).status).toBe(200);
    expect((await postLogin(a.email, a.password)).structures.map((s) => s.id)).toEqual([a.structure.id]);
    // Removed from B, the account is no longer B's coordinator's to manage.
    expectFrenchError(
      await call(server.url, 'PATCH', `/api/v1/admin/aidants/${a.aidant.id}`, coordB.token, { disabled: true }),
      404,
      'aidant_inconnu',
    );
  });

  it('refuses the sync of a device whose login structure the account has left', async () => {
    const onlyB = await signedIn(db.store, server.url, b.structure.id, 'aidant', 'Bernard de Poudenas');
    await db.store.accounts.putMembership({ aidantId: onlyB.id, structureId: a.structure.id, role: 'aidant', createdAt: Date.now() });
    await call(server.url, 'DELETE', `/api/v1/admin/aidants/${onlyB.id}/memberships/${b.structure.id}`, coordB.token);
    // Its tablet holds B's files and B's cursor: it is not switched to A behind its back.
    expectFrenchError(await new Tablet(server.url, onlyB.token).request({}), 403, 'hors_structure');
  });

  it('lets an aidant of A who coordinates B read B’s statistics, and only B’s', async () => {
    const both = await signedIn(db.store, server.url, a.structure.id, 'aidant', 'Hélène de Mézin');
    await call(server.url, 'POST', '/api/v1/admin/memberships', coordB.token, {
      email: both.email,
      structureId: b.structure.id,
      role: 'coordinateur',
    });
    const stats = (query: string) =>
      call<{ structures: { id: string }[] }>(server.url, 'GET', `/api/v1/stats?from=2026-01-01&to=2026-12-31${query}`, both.token);
    expect((await stats(`&structure=${b.structure.id}`)).body.structures).toEqual([{ id: b.structure.id, name: 'Mairie de Poudenas' }]);
    expect((await stats('')).body.structures.map((s) => s.id)).toEqual([b.structure.id]);
    expectFrenchError(await stats(`&structure=${a.structure.id}`), 403, 'acces_refuse');
    expectFrenchError(await stats('&scope=territory'), 403, 'acces_refuse');
  });

  it('gives every account made before memberships one membership: its structure, with its role', async () => {
    await db.query('DROP TABLE memberships');
    await db.query('DROP INDEX audit_log_structure_at');
    await db.query('ALTER TABLE aidants DROP COLUMN disabled_at');
    await db.query('ALTER TABLE aidants DROP COLUMN must_change_password');
    await db.query('DELETE FROM schema_migrations WHERE version = 7');
    await db.store.migrate();
    const answer = await loginAccount(
      db.store,
      { email: coordB.email, password: 'correct horse battery staple', deviceName: 'T' },
      { passwordCost: TEST_PASSWORD_COST },
    );
    expect(answer.structures).toEqual([{ id: b.structure.id, name: 'Mairie de Poudenas', role: 'coordinateur' }]);
    expect(answer.mustChangePassword).toBe(false);
    const count = await db.query('SELECT COUNT(*) AS n FROM memberships');
    expect(Number(count[0]!.n)).toBe((await db.store.accounts.listAidants()).length);
  });
}

/** Pulls every page of `structureId` from scratch. */
async function pullAllOf(tablet: Tablet, structureId: string): Promise<{ recordId: string }[]> {
  const ops: { recordId: string }[] = [];
  let cursor: string | null = null;
  for (;;) {
    const answer: Answer<{ ops: { recordId: string }[]; cursor: string; more: boolean }> = await tablet.request<{
      ops: { recordId: string }[];
      cursor: string;
      more: boolean;
    }>({ structureId, cursor });
    expect(answer.status).toBe(200);
    ops.push(...answer.body.ops);
    cursor = answer.body.cursor;
    if (!answer.body.more) return ops;
  }
}

describe.each(await storeKinds())('memberships (%s)', membershipsSuite);
