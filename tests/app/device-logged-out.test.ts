// A device whose token was ended by its own logout (« Se déconnecter », from another tab or before a wipe that
// did not finish) hears « Cet appareil a été déconnecté », never « révoqué par votre structure ».
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSession } from '../../src/app/db/session-repository';
import { startServices } from '../../src/app/session/app-services';
import { failureFromAnswer, LOGGED_OUT_MESSAGE } from '../../src/app/sync/failures';
import { createAidant, createStructure } from '../../src/server/accounts/accounts';
import { transportTo } from '../fixtures/client-accounts';
import { openClientDb } from '../fixtures/client-db';
import { TEST_PASSWORD_COST } from '../fixtures/password-cost';
import { startTestServer, type TestServer } from '../fixtures/test-server';

const PASSWORD = 'cheval agrafe batterie';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  const { id: structureId } = await createStructure(server.store, 'Mairie de Nérac');
  await createAidant(
    server.store,
    { structureId, email: 'claire@nerac.test', name: 'Claire Martin', role: 'aidant', password: PASSWORD },
    { passwordCost: TEST_PASSWORD_COST },
  );
});
afterAll(() => server?.close());

describe('a device that logged out', () => {
  it('says « déconnecté » in the app’s own words, whatever the endpoint wrote, and asks for a login', () => {
    const answer = { status: 401, headers: new Headers(), body: { error: { code: 'appareil_deconnecte', message: 'Token ended.' } } };
    expect(failureFromAnswer(answer, Date.now())).toMatchObject({ kind: 'unauthenticated', message: LOGGED_OUT_MESSAGE });
    expect(LOGGED_OUT_MESSAGE).toBe('Cet appareil a été déconnecté. Reconnectez-vous pour synchroniser.');
  });

  it('stops syncing with that message once its token was ended by a logout', async () => {
    const db = await openClientDb();
    const services = await startServices(db, transportTo(server.url));
    await services.session.login({ email: 'claire@nerac.test', password: PASSWORD, deviceName: 'Tablette de Claire' });
    await services.syncLoop.syncNow();
    expect(await services.session.endOnServer()).toBe(true);
    await services.syncLoop.syncNow();
    await new Promise((done) => setTimeout(done, 20));
    expect(services.syncStatus.get().error).toEqual({ kind: 'unauthenticated', message: LOGGED_OUT_MESSAGE });
    expect(services.session.get()).toMatchObject({ kind: 'stopped', session: { notice: LOGGED_OUT_MESSAGE } });
    expect((await loadSession(db))?.notice).not.toMatch(/révoqué/);
    services.syncLoop.stop();
    db.close();
  });
});
