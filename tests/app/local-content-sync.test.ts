// Local content through the real sync client and a real endpoint: an admin's partner for the territory reaches
// an aidant of another structure through the territory cursor; only what is new comes again; a pack update
// leaves the local records as they are; pulling the structure again from scratch pulls the territory again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceStoredPack } from '../../src/app/db/content-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { readTerritoryCursor, writeCursor } from '../../src/app/db/device-meta';
import { listLocalNotes, listLocalPartners, saveLocalNote, saveLocalPartner } from '../../src/app/db/local-content-repository';
import { syncOnce } from '../../src/app/sync/sync-once';
import { structureWithDevices, transportTo } from '../fixtures/client-accounts';
import { loggedInClientDb } from '../fixtures/client-db';
import { realContentPack } from '../fixtures/activity-app';
import { startTestServer, type TestServer } from '../fixtures/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** A logged-in tablet of a new structure whose account has `role` there. */
async function tabletOf(role: 'aidant' | 'admin', name: string): Promise<DeclicDatabase> {
  const { logins } = await structureWithDevices(server.store, 1, name);
  const login = logins[0]!;
  if (role === 'admin') {
    await server.store.accounts.putMembership({ aidantId: login.aidant.id, structureId: login.structure.id, role, createdAt: Date.now() });
  }
  return loggedInClientDb({ login: { ...login, aidant: { ...login.aidant, role } } });
}

const admin = { author: 'Alice Admin', updatedOn: '2026-12-04', territory: true };

describe('local content through the sync client', () => {
  it('brings an admin’s partner to another structure’s aidant, then only its changes', async () => {
    const transport = transportTo(server.url);
    const agen = await tabletOf('admin', 'Conseil départemental');
    const mezin = await tabletOf('aidant', 'Mairie de Mézin');
    const id = await saveLocalPartner(agen, null, { name: 'Lot-et-Garonne Numérique', commune: 'Agen' }, admin);
    expect(await syncOnce({ db: agen, transport })).toMatchObject({ pending: 0 });

    expect(await readTerritoryCursor(mezin)).toBeNull();
    await syncOnce({ db: mezin, transport });
    expect((await listLocalPartners(mezin)).map((p) => [p.name, p.territory])).toEqual([['Lot-et-Garonne Numérique', true]]);
    expect(await readTerritoryCursor(mezin)).toMatch(/^\d+$/);

    await saveLocalPartner(agen, id, { hours: 'Du lundi au vendredi' }, admin);
    await syncOnce({ db: agen, transport });
    // Only the hours changed (same author, same day): one op, not the record again.
    expect(await syncOnce({ db: mezin, transport })).toMatchObject({ pulled: 1 });
    expect((await listLocalPartners(mezin))[0]).toMatchObject({ hours: 'Du lundi au vendredi' });

    // A new national pack is stored: the territory's records are not in it and stay.
    await replaceStoredPack(mezin, { pack: { ...realContentPack(), version: '2099-01-01-test' }, storedAt: Date.now() });
    expect(await listLocalPartners(mezin)).toHaveLength(1);

    // Pulling the structure again from scratch (another structure, a restored endpoint) pulls the territory's too.
    await writeCursor(mezin, null);
    expect(await readTerritoryCursor(mezin)).toBeNull();
    // Every live field of the partner again: name, commune, hours, author, updatedOn, territory.
    expect((await syncOnce({ db: mezin, transport })).pulled).toBe(6);
    mezin.close();
    agen.close();
  });

  it('keeps a note of one structure away from another structure', async () => {
    const transport = transportTo(server.url);
    const nerac = await tabletOf('admin', 'France services de Nérac');
    const mezin = await tabletOf('aidant', 'Mairie de Mézin');
    await saveLocalNote(nerac, null, { demarcheId: 'caf-attestation', body: 'À Nérac, le mardi.' }, { ...admin, territory: false });
    await syncOnce({ db: nerac, transport });
    await syncOnce({ db: mezin, transport });
    expect(await listLocalNotes(mezin)).toEqual([]);
    nerac.close();
    mezin.close();
  });
});
