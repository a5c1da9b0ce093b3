// Login and devices on both stores: a token per device, stored hashed, revocable (limits: login-limits.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/server/accounts/tokens';
import { loginResponseSchema } from '../../src/shared/schema/auth';
import { storeKinds } from '../fixtures/postgres';
import { login, postJson, seedStructure, Tablet } from '../fixtures/server-api';
import { databaseText, openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { expectFrenchError } from './expect-error';

function loginSuite(kind: StoreKind) {
  let db: TestDb;
  let server: TestServer;
  let account: Awaited<ReturnType<typeof seedStructure>>;

  beforeAll(async () => {
    db = await openTestDb(kind);
    server = await startTestServer({ store: db.store, loginLimit: 1000 });
    account = await seedStructure(db.store, 'Mairie de Marmande');
  });
  afterAll(async () => {
    await server?.close();
    await db?.dispose();
  });

  it('gives a device token with the aidant and the structure, and keeps only its hash', async () => {
    const answer = await postJson(`${server.url}/api/v1/auth/login`, {
      email: account.email.toUpperCase(),
      password: account.password,
      deviceName: 'Tablette accueil',
    });
    expect(answer.status).toBe(200);
    const body = loginResponseSchema.parse(answer.body);
    expect(body.aidant).toMatchObject({ email: account.email, role: 'aidant', structureId: account.structure.id });
    expect(body.structure).toEqual({ id: account.structure.id, name: 'Mairie de Marmande' });
    expect(body.token.length).toBeGreaterThanOrEqual(40);
    const everything = await databaseText(db);
    expect(everything).not.toContain(body.token);
    expect(everything).not.toContain(account.password);
    expect(everything).toContain(hashToken(body.token));
  });

  it('gives each login its own device', async () => {
    const first = await login(server.url, account.email, account.password, 'Tablette 1');
    const second = await login(server.url, account.email, account.password, 'Tablette 2');
    expect(first).not.toBe(second);
    const names = (await db.store.listDevices(account.structure.id)).map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(['Tablette 1', 'Tablette 2']));
  });

  it.each([
    ['a wrong password', () => ({ email: account.email, password: 'mauvais', deviceName: 'T' })],
    ['an unknown e-mail', () => ({ email: 'personne@nulle-part.test', password: account.password, deviceName: 'T' })],
  ])('refuses %s with the same French message', async (_case, body) => {
    const answer = await postJson(`${server.url}/api/v1/auth/login`, body());
    expectFrenchError(answer, 401, 'identifiants_invalides');
    expect((answer.body as { error: { message: string } }).error.message).toBe('Adresse e-mail ou mot de passe incorrect.');
  });

  it('tells a revoked device so, in French, and refuses its sync', async () => {
    const token = await login(server.url, account.email, account.password, 'Tablette perdue');
    const tablet = new Tablet(server.url, token);
    await tablet.sync();
    const device = (await db.store.listDevices(account.structure.id)).find((d) => d.name === 'Tablette perdue')!;
    expect(await db.store.revokeDevice(device.id, Date.now(), 'admin')).toBe(true);
    const answer = await tablet.request({ ops: [tablet.op(crypto.randomUUID(), 'firstName', 'Lucie')] });
    expectFrenchError(answer, 401, 'appareil_revoque');
  });

  it('ends a device’s token when the tablet logs out: its next sync says « déconnecté », other devices go on', async () => {
    const leaving = await login(server.url, account.email, account.password, 'Tablette rendue');
    const staying = new Tablet(server.url, await login(server.url, account.email, account.password, 'Tablette gardée'));
    const answer = await postJson(`${server.url}/api/v1/auth/logout`, {}, { Authorization: `Bearer ${leaving}` });
    expect(answer).toMatchObject({ status: 200, body: { loggedOut: true } });
    const device = (await db.store.listDevices(account.structure.id)).find((d) => d.name === 'Tablette rendue')!;
    expect(device.revokedAt).not.toBeNull();
    const message = expectFrenchError(await new Tablet(server.url, leaving).request({ ops: [] }), 401, 'appareil_deconnecte');
    expect(message).toBe('Cet appareil a été déconnecté. Reconnectez-vous pour synchroniser.');
    expect(message).not.toMatch(/révoqué|structure/);
    expect((await staying.request({ ops: [] })).status).toBe(200);
    expectFrenchError(await postJson(`${server.url}/api/v1/auth/logout`, {}, {}), 401, 'non_authentifie');
  });

  it.each([
    ['no token', {}],
    ['an unknown token', { Authorization: `Bearer ${'x'.repeat(43)}` }],
    ['a malformed header', { Authorization: 'Basic abc' }],
  ])('refuses a sync with %s', async (_case, headers) => {
    const answer = await postJson(`${server.url}/api/v1/sync`, { protocol: 1, clientId: 'tabletteA', cursor: null, ops: [] }, headers);
    expectFrenchError(answer, 401, 'non_authentifie');
  });
}

const kinds = await storeKinds();
describe.each(kinds)('login and devices (%s)', loginSuite);
