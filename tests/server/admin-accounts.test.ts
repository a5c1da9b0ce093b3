// A coordinator runs the team without a shell: adds an aidant (temporary password to change at first login),
// deactivates and reactivates, resets a password, revokes a device, reads the journal; an admin the structures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_PASSWORD, call, signedIn, type SignedIn } from '../fixtures/admin-api';
import { storeKinds } from '../fixtures/postgres';
import { postJson, seedStructure, Tablet } from '../fixtures/server-api';
import { openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { expectFrenchError } from './expect-error';

interface Created {
  aidant: { id: string; email: string; role: string; mustChangePassword: boolean; disabled: boolean };
  temporaryPassword: string;
}

function accountsSuite(kind: StoreKind) {
  let db: TestDb;
  let server: TestServer;
  let a: Awaited<ReturnType<typeof seedStructure>>;
  let coord: SignedIn;
  let admin: SignedIn;
  const loginAnswer = (email: string, password: string) =>
    postJson<Record<string, unknown>>(`${server.url}/api/v1/auth/login`, { email, password, deviceName: 'Tablette' });
  const asCoord = <T = unknown>(method: string, path: string, body?: unknown) => call<T>(server.url, method, path, coord.token, body);

  beforeAll(async () => {
    db = await openTestDb(kind);
    server = await startTestServer({ store: db.store, loginLimit: 1000 });
    a = await seedStructure(db.store, 'France services de Casteljaloux');
    coord = await signedIn(db.store, server.url, a.structure.id, 'coordinateur', 'Chantal Coordinatrice');
    admin = await signedIn(db.store, server.url, a.structure.id, 'admin', 'Armand Administrateur');
  });
  afterAll(async () => {
    await server?.close();
    await db?.dispose();
  });

  it('adds an aidant whose temporary password opens nothing but the change of password', async () => {
    const created = await asCoord<Created>('POST', '/api/v1/admin/aidants', {
      email: 'Lucie@Casteljaloux.fr',
      name: 'Lucie Martin',
      role: 'aidant',
      structureId: a.structure.id,
    });
    expect(created.status).toBe(201);
    expect(created.body.aidant).toMatchObject({
      email: 'lucie@casteljaloux.fr',
      role: 'aidant',
      mustChangePassword: true,
      disabled: false,
    });
    const temporary = created.body.temporaryPassword;
    expect(temporary).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);

    const first = await loginAnswer('lucie@casteljaloux.fr', temporary);
    expect(first.body).toMatchObject({ mustChangePassword: true, structures: [{ id: a.structure.id, role: 'aidant' }] });
    const tablet = new Tablet(server.url, String(first.body.token));
    expectFrenchError(await tablet.request({}), 403, 'mot_de_passe_a_changer');
    const me = await call<{ mustChangePassword: boolean }>(server.url, 'GET', '/api/v1/me', tablet.token);
    expect(me.body.mustChangePassword).toBe(true);

    const change = (current: string, next: string) => call(server.url, 'POST', '/api/v1/me/password', tablet.token, { current, next });
    expectFrenchError(await change(temporary, 'azerty123456'), 400, 'mot_de_passe_faible');
    expectFrenchError(await change(temporary, 'LucieMartin-2026!'), 400, 'mot_de_passe_faible');
    expectFrenchError(await change('pas le bon mot de passe', 'un bateau sur le Lot'), 400, 'mot_de_passe_incorrect');
    expect((await change(temporary, 'un bateau sur le Lot')).status).toBe(200);

    expect((await tablet.request({})).status).toBe(200);
    expect((await loginAnswer('lucie@casteljaloux.fr', temporary)).status).toBe(401);
    expect((await loginAnswer('lucie@casteljaloux.fr', 'un bateau sur le Lot')).body).toMatchObject({ mustChangePassword: false });
  });

  it('refuses an e-mail that already has an account, and lets only an admin make an admin', async () => {
    const twice = await asCoord('POST', '/api/v1/admin/aidants', {
      email: a.email,
      name: 'Double',
      role: 'aidant',
      structureId: a.structure.id,
    });
    expectFrenchError(twice, 409, 'compte_existant');
    const body = { email: 'chef@casteljaloux.fr', name: 'Chef', role: 'admin', structureId: a.structure.id };
    expectFrenchError(await asCoord('POST', '/api/v1/admin/aidants', body), 403, 'acces_refuse');
    expectFrenchError(await asCoord('PATCH', `/api/v1/admin/aidants/${a.aidant.id}`, { role: 'admin' }), 403, 'acces_refuse');
    expectFrenchError(await asCoord('PATCH', `/api/v1/admin/aidants/${admin.id}`, { disabled: true }), 403, 'acces_refuse');
    expectFrenchError(await asCoord('PATCH', `/api/v1/admin/aidants/${coord.id}`, { disabled: true }), 403, 'acces_refuse');
    expectFrenchError(await asCoord('PATCH', `/api/v1/admin/aidants/${a.aidant.id}`, { role: 'chef' }), 400, 'requete_invalide');
    const byAdmin = await call<Created>(server.url, 'POST', '/api/v1/admin/aidants', admin.token, body);
    expect(byAdmin.status).toBe(201);
    expect(byAdmin.body.aidant.role).toBe('admin');
  });

  it('deactivates an aidant: every token stops at once, login is refused; reactivated, the aidant logs in again', async () => {
    const tablet = new Tablet(server.url, (await loginAnswer(a.email, a.password)).body.token as string);
    expect((await tablet.request({})).status).toBe(200);

    const off = await asCoord<{ aidant: { disabled: boolean } }>('PATCH', `/api/v1/admin/aidants/${a.aidant.id}`, { disabled: true });
    expect(off.body.aidant.disabled).toBe(true);
    expect(expectFrenchError(await tablet.request({}), 401, 'compte_desactive')).toMatch(/^Ce compte est désactivé/);
    expectFrenchError(await call(server.url, 'GET', '/api/v1/me', tablet.token), 401, 'compte_desactive');
    expectFrenchError(await call(server.url, 'POST', '/api/v1/auth/logout', tablet.token, {}), 401, 'compte_desactive');
    const refused = await loginAnswer(a.email, a.password);
    expect(expectFrenchError(refused, 403, 'compte_desactive')).toMatch(/^Ce compte est désactivé/);
    expectFrenchError(await loginAnswer(a.email, 'pas le bon'), 401, 'identifiants_invalides');

    await asCoord('PATCH', `/api/v1/admin/aidants/${a.aidant.id}`, { disabled: false });
    // The tablet left behind stays revoked; a new login works.
    expectFrenchError(await tablet.request({}), 401, 'appareil_revoque');
    const again = new Tablet(server.url, (await loginAnswer(a.email, a.password)).body.token as string);
    expect((await again.request({})).status).toBe(200);
  });

  it('resets a password: the old one stops, the temporary one must be changed', async () => {
    const reset = await asCoord<{ temporaryPassword: string }>('POST', `/api/v1/admin/aidants/${a.aidant.id}/password-reset`);
    expect(reset.status).toBe(200);
    expectFrenchError(await loginAnswer(a.email, a.password), 401, 'identifiants_invalides');
    const answer = await loginAnswer(a.email, reset.body.temporaryPassword);
    expect(answer.body).toMatchObject({ mustChangePassword: true });
    const token = answer.body.token as string;
    const next = 'le pruneau d’Agen est bon';
    expect((await call(server.url, 'POST', '/api/v1/me/password', token, { current: reset.body.temporaryPassword, next })).status).toBe(
      200,
    );
    a.password = next;
  });

  it('lists the devices without their tokens and revokes one', async () => {
    const token = (await loginAnswer(a.email, a.password)).body.token as string;
    const { body } = await asCoord<{ devices: { id: string; aidantEmail: string; revokedAt: number | null }[] }>(
      'GET',
      '/api/v1/admin/devices',
    );
    expect(JSON.stringify(body)).not.toMatch(/tokenHash|token_hash/);
    const mine = (await db.store.listDevices(a.structure.id)).at(-1)!;
    expect(body.devices.find((d) => d.id === mine.id)).toMatchObject({ aidantEmail: a.email, revokedAt: null });
    const revoked = await asCoord<{ device: { revokedBy: string } }>('POST', `/api/v1/admin/devices/${mine.id}/revoke`);
    expect(revoked.body.device.revokedBy).toBe('admin');
    expectFrenchError(await new Tablet(server.url, token).request({}), 401, 'appareil_revoque');
    expectFrenchError(await asCoord('POST', '/api/v1/admin/devices/inconnu/revoke'), 404, 'appareil_inconnu');
  });

  it('shows the journal of a file, filtered by dates and aidant, and exports it as CSV for a spreadsheet', async () => {
    const tablet = new Tablet(server.url, (await loginAnswer(a.email, a.password)).body.token as string);
    const person = tablet.newBeneficiary({ firstName: 'Odette', commune: 'Nérac' });
    await tablet.sync(person.ops);
    const today = new Date().toLocaleString('sv-SE', { timeZone: 'Europe/Paris' }).slice(0, 10);
    const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    type Journal = { entries: { action: string; recordId: string; aidantEmail: string; deviceName: string }[]; truncated: boolean };
    const journal = await asCoord<Journal>('GET', `/api/v1/admin/audit?record=${person.recordId}&from=${today}&to=${today}`);
    expect(journal.body).toEqual({
      entries: [expect.objectContaining({ action: 'write', recordId: person.recordId, aidantEmail: a.email, deviceName: 'Tablette' })],
      truncated: false,
    });
    expect(JSON.stringify(journal.body)).not.toMatch(/Odette|Nérac/);
    expect((await asCoord<Journal>('GET', `/api/v1/admin/audit?record=${person.recordId}&from=${tomorrow}`)).body.entries).toEqual([]);
    expect((await asCoord<Journal>('GET', `/api/v1/admin/audit?record=${person.recordId}&aidant=${coord.id}`)).body.entries).toEqual([]);
    expectFrenchError(await asCoord('GET', '/api/v1/admin/audit?from=2026-02-30'), 400, 'requete_invalide');

    const csv = await asCoord('GET', `/api/v1/admin/audit?record=${person.recordId}&format=csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(
      await (
        await fetch(`${server.url}/api/v1/admin/audit?format=csv`, { headers: { Authorization: `Bearer ${coord.token}` } })
      ).arrayBuffer(),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('date;structure;aidant;appareil;action;collection;dossier');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${today} \\d{2}:\\d{2}:\\d{2};France services de Casteljaloux;${a.email};Tablette;modification;beneficiaries;${person.recordId}$`,
        ),
      ),
    ]);
  });

  it('lets an admin create and rename structures, and a coordinator list only theirs', async () => {
    const created = await call<{ structure: { id: string } }>(server.url, 'POST', '/api/v1/admin/structures', admin.token, {
      name: 'CCAS de Bouglon',
    });
    expect(created.status).toBe(201);
    const renamed = await call(server.url, 'PATCH', `/api/v1/admin/structures/${created.body.structure.id}`, admin.token, {
      name: 'CCAS de Bouglon-Houeillès',
    });
    expect(renamed.body).toMatchObject({ structure: { name: 'CCAS de Bouglon-Houeillès' } });
    expectFrenchError(
      await call(server.url, 'PATCH', '/api/v1/admin/structures/inconnue', admin.token, { name: 'X' }),
      404,
      'structure_inconnue',
    );
    expectFrenchError(await call(server.url, 'POST', '/api/v1/admin/structures', admin.token, { name: '' }), 400, 'requete_invalide');
    const all = await call<{ structures: { name: string }[] }>(server.url, 'GET', '/api/v1/admin/structures', admin.token);
    expect(all.body.structures.map((s) => s.name)).toContain('CCAS de Bouglon-Houeillès');
    const mine = await asCoord<{ structures: { name: string }[] }>('GET', '/api/v1/admin/structures');
    expect(mine.body.structures.map((s) => s.name)).toEqual(['France services de Casteljaloux']);
  });

  it('keeps the login password policy for the own-password route: a weak password is 400 mot_de_passe_faible', async () => {
    const weak = await call(server.url, 'POST', '/api/v1/me/password', coord.token, { current: ACCOUNT_PASSWORD, next: 'motdepasse' });
    expectFrenchError(weak, 400, 'mot_de_passe_faible');
  });
}

describe.each(await storeKinds())('administration of accounts (%s)', accountsSuite);
