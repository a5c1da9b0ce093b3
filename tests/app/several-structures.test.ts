// An account in several structures on one tablet, against a real endpoint: the tablet works for one structure
// at a time (its files only, synced with `structureId`), switches after sending what is pending, and drops a
// structure's files at the sync that learns the account left it (403 hors_structure).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBeneficiary, listBeneficiaries } from '../../src/app/db/beneficiaries-repository';
import { pendingCount } from '../../src/app/db/outbox-repository';
import { startServices, type AppServices } from '../../src/app/session/app-services';
import { createAidant, createStructure } from '../../src/server/accounts/accounts';
import { putMembership } from '../../src/server/accounts/memberships';
import { uuidv7 } from '../../src/shared/schema/ids';
import { transportTo } from '../fixtures/client-accounts';
import { openClientDb } from '../fixtures/client-db';
import { TEST_PASSWORD_COST } from '../fixtures/password-cost';
import { writePersonOnEndpoint } from '../fixtures/server-api';
import { startTestServer, type TestServer } from '../fixtures/test-server';

const PASSWORD = 'correct horse battery staple';
let server: TestServer;
let nerac: { id: string; name: string };
let mezin: { id: string; name: string };

beforeAll(async () => {
  server = await startTestServer();
  nerac = await createStructure(server.store, 'Mairie de Nérac');
  mezin = await createStructure(server.store, 'Mairie de Mézin');
  // Each structure already has a file on the endpoint, written by a colleague's tablet.
  for (const structure of [nerac, mezin]) {
    const colleague = await createAidant(
      server.store,
      { structureId: structure.id, email: `collegue-${structure.id}@test.fr`, name: 'Collègue', role: 'aidant', password: PASSWORD },
      { passwordCost: TEST_PASSWORD_COST },
    );
    await writePersonOnEndpoint(server.store, { structureId: structure.id, aidantId: colleague.id, deviceId: uuidv7() }, uuidv7(), {
      firstName: `Personne de ${structure.name}`,
    });
  }
});
afterAll(() => server?.close());

/** A secrétaire de mairie of both communes (aidant at Nérac, coordinateur at Mézin), logged in on a tablet. */
async function secretaryTablet(): Promise<{ services: AppServices; aidantId: string }> {
  const email = `secretaire-${uuidv7()}@test.fr`;
  const aidant = await createAidant(
    server.store,
    { structureId: nerac.id, email, name: 'Sophie Secrétaire', role: 'aidant', password: PASSWORD },
    { passwordCost: TEST_PASSWORD_COST },
  );
  await putMembership(server.store, aidant.id, mezin.id, 'coordinateur');
  const services = await startServices(await openClientDb(), transportTo(server.url));
  await services.session.login({ email, password: PASSWORD, deviceName: 'Tablette de la mairie' });
  // The tablet starts with the login's first structure; these tests start at Nérac.
  await services.syncLoop.syncNow();
  await services.session.switchStructure(nerac.id);
  await services.syncLoop.syncNow();
  return { services, aidantId: aidant.id };
}

const names = async (services: AppServices) => (await listBeneficiaries(services.db)).map((b) => b.firstName).sort();
const working = (services: AppServices) => {
  const view = services.session.get();
  return view.kind === 'none' ? null : view.session.structure.name;
};

describe('an account in several structures on one tablet', () => {
  it('works for one structure at a time: its files only, the other’s after a switch, its own changes synced to it', async () => {
    const { services } = await secretaryTablet();
    expect(working(services)).toBe('Mairie de Nérac');
    expect(await names(services)).toEqual(['Personne de Mairie de Nérac']);
    await createBeneficiary(services.db, { firstName: 'Nouvelle de Nérac', commune: 'Nérac' });
    await services.syncLoop.syncNow();

    await services.session.switchStructure(mezin.id);
    expect(await names(services)).toEqual([]);
    await services.syncLoop.syncNow();
    expect(working(services)).toBe('Mairie de Mézin');
    expect(await names(services)).toEqual(['Personne de Mairie de Mézin']);
    const view = services.session.get();
    expect(view.kind === 'active' && view.session.aidant.role).toBe('coordinateur');

    await services.session.switchStructure(nerac.id);
    await services.syncLoop.syncNow();
    expect(await names(services)).toEqual(expect.arrayContaining(['Nouvelle de Nérac', 'Personne de Mairie de Nérac']));
    expect(await names(services)).not.toContain('Personne de Mairie de Mézin');
    services.syncLoop.stop();
    services.db.close();
  });

  it('refuses to switch while changes of the structure are not sent, and keeps them', async () => {
    const { services } = await secretaryTablet();
    services.syncLoop.stop();
    await createBeneficiary(services.db, { firstName: 'Pas encore envoyée', commune: 'Nérac' });
    await expect(services.session.switchStructure(mezin.id)).rejects.toThrow(/n’ont pas encore été envoyées/);
    expect(working(services)).toBe('Mairie de Nérac');
    expect(await pendingCount(services.db)).toBeGreaterThan(0);
    expect(await names(services)).toContain('Pas encore envoyée');
    services.db.close();
  });

  it('drops a structure’s files at the next sync once the account left it, and goes on with the other one', async () => {
    const { services, aidantId } = await secretaryTablet();
    await services.session.switchStructure(mezin.id);
    await services.syncLoop.syncNow();
    expect(await names(services)).toContain('Personne de Mairie de Mézin');
    expect(await names(services)).not.toContain('Personne de Mairie de Nérac');
    await server.store.accounts.removeMembership(aidantId, mezin.id);

    await services.syncLoop.syncNow();
    // The endpoint's answer stops the loop; the tablet then leaves the structure (its files wiped) in the background.
    await vi.waitFor(() => expect(working(services)).toBe('Mairie de Nérac'), { timeout: 5_000, interval: 20 });
    await services.syncLoop.syncNow();
    expect(working(services)).toBe('Mairie de Nérac');
    expect(await names(services)).not.toContain('Personne de Mairie de Mézin');
    expect(await names(services)).toContain('Personne de Mairie de Nérac');
    const view = services.session.get();
    expect(view.kind === 'active' && view.session.notice).toBe(
      'Vous ne faites plus partie de « Mairie de Mézin » : ses dossiers ont été retirés de cette tablette. Déclic travaille maintenant pour « Mairie de Nérac ».',
    );
    expect(view.kind === 'active' && view.session.structures?.map((s) => s.name)).toEqual(['Mairie de Nérac']);
    services.syncLoop.stop();
    services.db.close();
  });

  it('stops the tablet, its files gone, when the account left its only structure', async () => {
    const { services, aidantId } = await secretaryTablet();
    await server.store.accounts.removeMembership(aidantId, mezin.id);
    await server.store.accounts.removeMembership(aidantId, nerac.id);
    // The tablet learns it structure by structure: Nérac's sync is refused, the tablet goes on with Mézin at
    // once (the loop starts again with the session), whose sync is refused too.
    await services.syncLoop.syncNow();
    await vi.waitFor(() => expect(services.session.get().kind).toBe('stopped'));
    expect(services.session.get()).toMatchObject({
      kind: 'stopped',
      session: {
        notice:
          'Vous ne faites plus partie de « Mairie de Mézin » : ses dossiers ont été retirés de cette tablette. Adressez-vous à votre coordinateur.',
      },
    });
    expect(await listBeneficiaries(services.db)).toEqual([]);
    services.db.close();
  });
});
