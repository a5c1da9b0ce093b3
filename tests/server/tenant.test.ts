// Structures are walled off: a token of structure A never reads nor changes structure B's records, whatever the body says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeKinds } from '../fixtures/postgres';
import { login, postJson, seedStructure, Tablet } from '../fixtures/server-api';
import { dumpOps, openTestDb, type Row, type StoreKind, type TestDb } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { expectFrenchError } from './expect-error';

function tenantSuite(kind: StoreKind) {
  let db: TestDb;
  let server: TestServer;
  let a: Awaited<ReturnType<typeof seedStructure>>;
  let b: Awaited<ReturnType<typeof seedStructure>>;
  let tabletA: Tablet;
  let tabletB: Tablet;
  let recordOfB: string;
  const tabletOf = async (account: typeof a) => new Tablet(server.url, await login(server.url, account.email, account.password));
  const opsOf = async (structureId: string): Promise<Row[]> =>
    (await dumpOps(db)).filter((r) => r.structure_id === structureId || r.head === structureId);

  beforeAll(async () => {
    db = await openTestDb(kind);
    server = await startTestServer({ store: db.store, loginLimit: 1000 });
    a = await seedStructure(db.store, 'Mairie A');
    b = await seedStructure(db.store, 'Association B');
    [tabletA, tabletB] = [await tabletOf(a), await tabletOf(b)];
    const created = tabletB.newBeneficiary({ firstName: 'Rosalie', lastName: 'Secret-de-B', commune: 'Agen' });
    recordOfB = created.recordId;
    await tabletB.sync(created.ops);
  });
  afterAll(async () => {
    await server?.close();
    await db?.dispose();
  });

  it('does not let A change B’s bénéficiaire by naming its record, its op ids or its structure', async () => {
    const before = await opsOf(b.structure.id);
    const [bOpId] = before.map((r) => String(r.op_id));
    const attack = [
      tabletA.op(recordOfB, 'firstName', 'Intrus'),
      { ...tabletA.op(recordOfB, 'deleted', true), opId: bOpId! },
      tabletA.op(recordOfB, 'lastName', 'Écrasé'),
    ];
    const named = await tabletA.request({ ops: attack, structureId: b.structure.id, cursor: null });
    expectFrenchError(named, 403, 'hors_structure');
    expect(await opsOf(b.structure.id)).toEqual(before);
    // Sent to A's own structure, the same ops stay in A's log.
    expect((await tabletA.request({ ops: attack, cursor: null })).status).toBe(200);
    expect(await opsOf(b.structure.id)).toEqual(before);
    const otherB = await tabletOf(b);
    const seenByB = await otherB.pullAll();
    expect(seenByB.map((op) => op.value)).toEqual(expect.arrayContaining(['Rosalie', 'Secret-de-B']));
    expect(JSON.stringify(seenByB)).not.toMatch(/Intrus|Écrasé/);
    expect(seenByB.some((op) => op.field === 'deleted')).toBe(false);
  });

  it('never gives A any op of B, from any cursor', async () => {
    const otherA = await tabletOf(a);
    const pulled = await otherA.pullAll();
    expect(JSON.stringify(pulled)).not.toMatch(/Rosalie|Secret-de-B|Agen/);
    const stampsOfB = new Set((await opsOf(b.structure.id)).map((r) => r.hlc));
    expect(pulled.length).toBeGreaterThan(0);
    expect(pulled.filter((op) => stampsOfB.has(op.hlc))).toEqual([]);
    for (const cursor of ['0', '1', '2', '3']) {
      otherA.cursor = cursor;
      expect(JSON.stringify(await otherA.pullAll())).not.toMatch(/Rosalie|Secret-de-B/);
    }
  });

  it('refuses B’s revoked device with appareil_revoque, and A’s devices keep working', async () => {
    const lost = await tabletOf(b);
    const device = (await db.store.listDevices(b.structure.id)).at(-1)!;
    await db.store.revokeDevice(device.id, Date.now(), 'admin');
    const before = await dumpOps(db);
    const answer = await lost.request({ ops: [lost.op(recordOfB, 'firstName', 'Volé')] });
    expectFrenchError(answer, 401, 'appareil_revoque');
    expect(await dumpOps(db)).toEqual(before);
    expect((await tabletA.request({})).status).toBe(200);
  });

  it.each([
    ['GET', '/api/v1/sync'],
    ['GET', '/api/v1/structures'],
    ['POST', '/api/v1/records'],
  ])('answers %s %s with a JSON 404, never B’s data', async (method, path) => {
    const response = await fetch(`${server.url}${path}`, { method, headers: { Authorization: `Bearer ${tabletA.token}` } });
    const body = await response.text();
    expect(response.status).toBe(404);
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'introuvable' } });
    expect(body).not.toMatch(/Rosalie|Secret-de-B/);
  });

  it('gives B’s data to nobody through login or health either', async () => {
    const health = await (await fetch(`${server.url}/api/health`)).text();
    const loginAnswer = await postJson(`${server.url}/api/v1/auth/login`, { email: a.email, password: a.password, deviceName: 'T' });
    expect(health + JSON.stringify(loginAnswer.body)).not.toMatch(/Rosalie|Secret-de-B|Association B/);
  });
}

describe.each(await storeKinds())('tenant isolation (%s)', tenantSuite);
