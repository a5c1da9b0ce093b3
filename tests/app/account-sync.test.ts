// The tablet and the account's state on the endpoint: a temporary password (at login or learnt at a sync) asks
// for a new one instead of failing the sync, and a deactivated account stops the device with its message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSession } from '../../src/app/db/session-repository';
import { startServices, type AppServices } from '../../src/app/session/app-services';
import { changeOwnPassword } from '../../src/app/sync/admin-client';
import { createStructure } from '../../src/server/accounts/accounts';
import { call, signedIn, type SignedIn } from '../fixtures/admin-api';
import { transportTo } from '../fixtures/client-accounts';
import { openClientDb } from '../fixtures/client-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';

const NEW_PASSWORD = 'Velo-Rouge-Garonne-47';
let server: TestServer;
let coordinator: SignedIn;
let structureId: string;

beforeAll(async () => {
  server = await startTestServer();
  structureId = (await createStructure(server.store, 'Mairie de Nérac')).id;
  coordinator = await signedIn(server.store, server.url, structureId, 'coordinateur');
});
afterAll(() => server?.close());

/** An account made by the coordinator over HTTP: its id, e-mail and temporary password. */
async function newAccount(name: string): Promise<{ id: string; email: string; password: string }> {
  const email = `${name.toLowerCase()}-${Date.now()}@nerac.test`;
  const answer = await call<{ aidant: { id: string }; temporaryPassword: string }>(
    server.url,
    'POST',
    '/api/v1/admin/aidants',
    coordinator.token,
    {
      email,
      name,
      role: 'aidant',
      structureId,
    },
  );
  expect(answer.status).toBe(201);
  return { id: answer.body.aidant.id, email, password: answer.body.temporaryPassword };
}

async function tabletOf(email: string, password: string): Promise<AppServices> {
  const services = await startServices(await openClientDb(), transportTo(server.url));
  await services.session.login({ email, password, deviceName: 'Tablette' });
  return services;
}

const settle = () => new Promise((done) => setTimeout(done, 20));

describe('a temporary password on the tablet', () => {
  it('is changed before anything syncs when the login says so; then the tablet syncs', async () => {
    const account = await newAccount('Lucie');
    const tablet = await tabletOf(account.email, account.password);
    expect(tablet.session.mustChangePassword()).toBe(true);
    // Nothing tried to sync: no sync refused, nothing to report in the header.
    await tablet.syncLoop.syncNow();
    await settle();
    expect(tablet.syncStatus.get()).toMatchObject({ error: null, lastSuccessAt: null });
    const view = tablet.session.get();
    if (view.kind !== 'active') throw new Error('session inactive');
    await changeOwnPassword({ transport: tablet.transport, token: view.session.token }, { current: account.password, next: NEW_PASSWORD });
    await tablet.session.passwordChanged();
    await tablet.syncLoop.syncNow();
    expect(tablet.syncStatus.get()).toMatchObject({ error: null });
    expect(tablet.syncStatus.get().lastSuccessAt).not.toBeNull();
    tablet.syncLoop.stop();
    tablet.db.close();
  });

  it('learnt at a sync (a reset meanwhile) asks for a new password, not a « refused sync »', async () => {
    const account = await newAccount('Marc');
    const tablet = await tabletOf(account.email, account.password);
    const view = tablet.session.get();
    if (view.kind !== 'active') throw new Error('session inactive');
    await changeOwnPassword({ transport: tablet.transport, token: view.session.token }, { current: account.password, next: NEW_PASSWORD });
    await tablet.session.passwordChanged();
    await tablet.syncLoop.syncNow();
    expect((await call(server.url, 'POST', `/api/v1/admin/aidants/${account.id}/password-reset`, coordinator.token, {})).status).toBe(200);
    await tablet.syncLoop.syncNow();
    await settle();
    expect(tablet.syncStatus.get().error?.kind).toBe('password');
    expect(tablet.session.mustChangePassword()).toBe(true);
    expect(tablet.session.get().kind).toBe('active');
    expect((await loadSession(tablet.db))?.mustChangePassword).toBe(true);
    tablet.syncLoop.stop();
    tablet.db.close();
  });
});

describe('a deactivated account', () => {
  it('stops the device at its next sync with the endpoint’s clear message, as a revoked device does', async () => {
    const account = await newAccount('Paul');
    const tablet = await tabletOf(account.email, account.password);
    const view = tablet.session.get();
    if (view.kind !== 'active') throw new Error('session inactive');
    await changeOwnPassword({ transport: tablet.transport, token: view.session.token }, { current: account.password, next: NEW_PASSWORD });
    await tablet.session.passwordChanged();
    await tablet.syncLoop.syncNow();
    expect((await call(server.url, 'PATCH', `/api/v1/admin/aidants/${account.id}`, coordinator.token, { disabled: true })).status).toBe(
      200,
    );
    await tablet.syncLoop.syncNow();
    await settle();
    expect(tablet.session.get()).toMatchObject({
      kind: 'stopped',
      session: { state: 'revoked', notice: 'Ce compte est désactivé. Adressez-vous à votre coordinateur pour le réactiver.' },
    });
    tablet.db.close();
  });
});
