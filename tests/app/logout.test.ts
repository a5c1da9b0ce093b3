// "Se déconnecter" against a real endpoint: a last sync, then the device wiped; never while changes
// wait to be sent, unless the aidant confirmed that exactly those changes will be lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import { loadWrappedKey } from '../../src/app/db/key-repository';
import { pendingCount } from '../../src/app/db/pending-count';
import { loadSession } from '../../src/app/db/session-repository';
import { startServices, type AppServices } from '../../src/app/session/app-services';
import { logOut } from '../../src/app/session/logout';
import { createAidant, createStructure } from '../../src/server/accounts/accounts';
import { hashToken } from '../../src/server/accounts/tokens';
import { transportTo } from '../fixtures/client-accounts';
import { newDevice, openClientDb } from '../fixtures/client-db';
import { serverState } from '../fixtures/client-replicas';
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
});
afterAll(() => server?.close());

/** A logged-in tablet (unlocked) whose network the test can cut. */
async function tablet() {
  const device = newDevice();
  const db = await openClientDb({ device });
  const network = { up: true };
  const transport = transportTo(server.url, (url, init) =>
    network.up ? fetch(url, init) : Promise.reject(new TypeError('Failed to fetch')),
  );
  const services = await startServices(db, transport);
  await services.session.login({ email: 'claire@nerac.test', password: PASSWORD, deviceName: 'Tablette' });
  await services.syncLoop.syncNow();
  return { device, db, network, services };
}

/** True when the device's database holds nothing any more (reopened from scratch). */
async function deviceIsEmpty(device: ReturnType<typeof newDevice>): Promise<boolean> {
  const reopened = await openClientDb({ device });
  try {
    const counts = await Promise.all(reopened.tables.map((table) => table.count()));
    return counts.every((count) => count === 0) && (await loadSession(reopened)) === null && (await loadWrappedKey(reopened)) === null;
  } finally {
    reopened.close();
  }
}

/** The device token of a logged-in tablet. */
function tokenOf(services: AppServices): string {
  const view = services.session.get();
  if (view.kind !== 'active') throw new Error('the tablet is not logged in');
  return view.session.token;
}

/** Whether the endpoint still accepts the token (false once the device is revoked or logged out). */
async function endpointAccepts(token: string): Promise<boolean> {
  return (await server.store.findDeviceByTokenHash(hashToken(token)))?.revokedAt === null;
}

function expectLoggedOut(services: AppServices) {
  expect(services.session.get().kind).toBe('none');
  expect(services.vault.get().kind).toBe('new');
  expect(services.db.keyring.unlocked).toBe(false);
}

describe('logging out', () => {
  it('sends the last changes, ends the device’s token, then wipes the device and returns to the login screen', async () => {
    const { device, services } = await tablet();
    const token = tokenOf(services);
    const id = await createBeneficiary(services.db, { firstName: 'Yvette', notes: 'Dossier CAF' });
    expect(await endpointAccepts(token)).toBe(true);
    expect(await logOut(services)).toEqual({ kind: 'done' });
    expect(await endpointAccepts(token)).toBe(false);
    expect((await serverState(server.store, structureId))[id]?.firstName?.winner.value).toBe('Yvette');
    expectLoggedOut(services);
    expect(await deviceIsEmpty(device)).toBe(true);
  });

  it('refuses while changes cannot be sent (no network), and says how many and why', async () => {
    const { device, db, network, services } = await tablet();
    network.up = false;
    await createBeneficiary(db, { firstName: 'Yvette', notes: 'Dossier CAF' });
    const outcome = await logOut(services);
    // One file, two fields: one change as the aidant counts it.
    expect(outcome).toEqual({ kind: 'unsent', pending: 1, refused: 0, reason: expect.stringContaining('Le serveur est injoignable') });
    expect(services.session.get().kind).toBe('active');
    expect(await pendingCount(db)).toBe(1);
    expect(await db.outbox.count()).toBe(2);
    services.syncLoop.stop();
    db.close();
    expect(await deviceIsEmpty(device)).toBe(false);
  });

  it('wipes anyway once the aidant confirmed the loss of exactly those changes', async () => {
    const { device, db, network, services } = await tablet();
    const token = tokenOf(services);
    network.up = false;
    const id = await createBeneficiary(db, { firstName: 'Yvette' });
    expect(await logOut(services, { acceptLoss: 0 })).toMatchObject({ kind: 'unsent', pending: 1 });
    expect(await logOut(services, { acceptLoss: 1 })).toEqual({ kind: 'done' });
    // Offline, the endpoint could not be told: the token left with the wiped device; the admin can still revoke it.
    expect(await endpointAccepts(token)).toBe(true);
    expectLoggedOut(services);
    expect(await deviceIsEmpty(device)).toBe(true);
    expect((await serverState(server.store, structureId))[id]).toBeUndefined();
  });

  it('counts the changes the endpoint refused (kept in Réglages): the wipe would lose them too', async () => {
    const { device, db, network, services } = await tablet();
    network.up = false;
    await createBeneficiary(db, { firstName: 'Yvette', status: 'actif' });
    // A value another version of the app wrote, which this endpoint refuses.
    const op = await db.outbox.filter((row) => row.field === 'status').first();
    await db.outbox.update(op!.seq!, { value: 'archive' });
    network.up = true;
    const outcome = await logOut(services);
    expect(outcome).toEqual({ kind: 'unsent', pending: 1, refused: 1, reason: expect.stringContaining('« Modifications refusées »') });
    expect(await pendingCount(db)).toBe(0);
    expect(await logOut(services, { acceptLoss: 1 })).toEqual({ kind: 'done' });
    expect(await deviceIsEmpty(device)).toBe(true);
  });

  it('asks again when a change came in after the confirmation', async () => {
    const { db, network, services } = await tablet();
    network.up = false;
    await createBeneficiary(db, { firstName: 'Yvette' });
    await createBeneficiary(db, { firstName: 'Karim' });
    expect(await logOut(services, { acceptLoss: 1 })).toMatchObject({ kind: 'unsent', pending: 2 });
    services.syncLoop.stop();
    db.close();
  });

  it('without the passphrase (forgotten), sends nothing and wipes only with the loss confirmed', async () => {
    const { device, db, services } = await tablet();
    await createBeneficiary(db, { firstName: 'Yvette' });
    services.syncLoop.stop();
    db.keyring.close();
    expect(await logOut(services)).toEqual({
      kind: 'unsent',
      pending: 1,
      refused: 0,
      reason: 'Sans la phrase secrète, les modifications de cette tablette ne peuvent pas être envoyées.',
    });
    expect(await logOut(services, { acceptLoss: 1 })).toEqual({ kind: 'done' });
    expect(await deviceIsEmpty(device)).toBe(true);
  });
});
