// Logging a device in against a real endpoint, then opening the app with no network; a revoked device stops.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import { quarantineOps } from '../../src/app/db/quarantine-repository';
import { loadSession } from '../../src/app/db/session-repository';
import { startServices } from '../../src/app/session/app-services';
import { SessionStore } from '../../src/app/session/session-store';
import { OFFLINE_LOGIN_MESSAGE, requestLogin } from '../../src/app/sync/login-client';
import { createAidant, createStructure } from '../../src/server/accounts/accounts';
import { transportTo } from '../fixtures/client-accounts';
import { newDevice, openClientDb } from '../fixtures/client-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { TEST_PASSWORD_COST } from '../fixtures/password-cost';

const PASSWORD = 'cheval agrafe batterie';
let server: TestServer;
let structureId: string;

beforeAll(async () => {
  server = await startTestServer();
  structureId = (await createStructure(server.store, 'Mairie de Nérac')).id;
  await createAidant(
    server.store,
    { structureId, email: 'claire@nerac.test', name: 'Claire Martin', role: 'aidant', password: PASSWORD },
    { passwordCost: TEST_PASSWORD_COST },
  );
  const other = await createStructure(server.store, 'CCAS d’Agen');
  await createAidant(
    server.store,
    {
      structureId: other.id,
      email: 'paul@agen.test',
      name: 'Paul Roux',
      role: 'aidant',
      password: PASSWORD,
    },
    { passwordCost: TEST_PASSWORD_COST },
  );
});
afterAll(() => server?.close());

const noNetwork = transportTo('http://127.0.0.1:9', () => Promise.reject(new TypeError('Failed to fetch')));

describe('logging a device in', () => {
  it('stores the token, the aidant and the structure, then opens with no network at all', async () => {
    const device = newDevice();
    const db = await openClientDb({ device });
    const session = await SessionStore.load(db, transportTo(server.url));
    expect(session.get().kind).toBe('none');
    await session.login({ email: ' Claire@Nerac.test ', password: PASSWORD, deviceName: '' });
    expect(session.get()).toMatchObject({
      kind: 'active',
      session: { aidant: { name: 'Claire Martin' }, structure: { id: structureId }, deviceName: 'Tablette' },
    });
    db.close();

    const reopened = await openClientDb({ device });
    const offline = await SessionStore.load(reopened, noNetwork);
    expect(offline.get()).toMatchObject({ kind: 'active', session: { structure: { name: 'Mairie de Nérac' } } });
    reopened.close();
  });

  it('says why in French when the password is wrong', async () => {
    const db = await openClientDb();
    const session = await SessionStore.load(db, transportTo(server.url));
    await expect(session.login({ email: 'claire@nerac.test', password: 'mauvais', deviceName: 'Tablette' })).rejects.toThrow(
      'Adresse e-mail ou mot de passe incorrect.',
    );
    expect(session.get().kind).toBe('none');
    db.close();
  });

  it('says that the first login needs the network, without trying when the browser is offline', async () => {
    let called = false;
    const transport = transportTo(server.url, () => ((called = true), Promise.reject(new TypeError('offline'))));
    const request = { email: 'claire@nerac.test', password: PASSWORD, deviceName: 'Tablette' };
    await expect(requestLogin(transport, request, false)).rejects.toThrow(OFFLINE_LOGIN_MESSAGE);
    expect(called).toBe(false);
    await expect(requestLogin(transport, request, true)).rejects.toThrow(OFFLINE_LOGIN_MESSAGE);
  });

  it('passes on the endpoint’s French message when logins are rate-limited', async () => {
    const strict = await startTestServer({ store: server.store, loginLimit: 2 });
    const transport = transportTo(strict.url);
    const request = { email: 'inconnu@nerac.test', password: 'x', deviceName: 'Tablette' };
    for (let i = 0; i < 2; i++) await requestLogin(transport, request).catch(() => undefined);
    await expect(requestLogin(transport, request)).rejects.toThrow(/^Trop de tentatives de connexion\. Réessayez dans \d+ min\.$/);
    await strict.close();
  });

  it('refuses to mix two structures when changes of the first were never sent', async () => {
    const db = await openClientDb();
    const session = await SessionStore.load(db, transportTo(server.url));
    await session.login({ email: 'claire@nerac.test', password: PASSWORD, deviceName: 'Tablette' });
    await createBeneficiary(db, { firstName: 'Yvette' });
    await expect(session.login({ email: 'paul@agen.test', password: PASSWORD, deviceName: 'Tablette' })).rejects.toThrow(/Mairie de Nérac/);
    expect((await loadSession(db))?.structure.id).toBe(structureId);
    db.close();
  });

  it('refuses too while changes of the first structure wait in « Modifications refusées »', async () => {
    const db = await openClientDb();
    const session = await SessionStore.load(db, transportTo(server.url));
    await session.login({ email: 'claire@nerac.test', password: PASSWORD, deviceName: 'Tablette' });
    await createBeneficiary(db, { firstName: 'Yvette' });
    const op = await db.outbox.toCollection().first();
    await quarantineOps(db, [{ opId: op!.opId, reason: 'Valeur refusée', code: 'valeur_invalide', damaged: false }]);
    expect(await db.outbox.count()).toBe(0);
    await expect(session.login({ email: 'paul@agen.test', password: PASSWORD, deviceName: 'Tablette' })).rejects.toThrow(/Mairie de Nérac/);
    expect(await db.quarantine.count()).toBe(1);
    db.close();
  });
});

describe('a revoked device', () => {
  it('stops syncing, keeps the endpoint’s message and asks for a new login', async () => {
    const db = await openClientDb();
    const services = await startServices(db, transportTo(server.url));
    await services.session.login({ email: 'claire@nerac.test', password: PASSWORD, deviceName: 'Tablette de Claire' });
    await services.syncLoop.syncNow();
    expect(services.syncStatus.get()).toMatchObject({ error: null, lastSuccessAt: expect.any(Number) });
    const device = (await server.store.listDevices(structureId)).find((d) => d.name === 'Tablette de Claire')!;
    await server.store.revokeDevice(device.id, Date.now(), 'admin');
    await services.syncLoop.syncNow();
    await new Promise((done) => setTimeout(done, 20));
    const message = 'Cet appareil a été révoqué par votre structure. Il ne peut plus synchroniser.';
    expect(services.syncStatus.get().error).toEqual({ kind: 'revoked', message });
    expect(services.session.get()).toMatchObject({ kind: 'stopped', session: { state: 'revoked', notice: message } });
    expect((await loadSession(db))?.state).toBe('revoked');
    services.syncLoop.stop();
    db.close();
  });
});
