// Local content kept by the territory: a coordinateur's partners and notes reach their structure only, an
// admin's reach every structure (the territory log), an aidant cannot write them; on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/shared/schema/ids';
import type { Op, SyncResponse } from '../../src/shared/schema/sync';
import { signedIn } from '../fixtures/admin-api';
import { storeKinds } from '../fixtures/postgres';
import { login, seedStructure, Tablet, type Answer } from '../fixtures/server-api';
import { openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { expectFrenchError } from './expect-error';

type TerritoryAnswer = SyncResponse & { territoryCursor?: string };

/** The ops of a new local record of `collection` written by `tablet`. */
function localRecord(tablet: Tablet, collection: string, fields: Record<string, unknown>): { recordId: string; ops: Op[] } {
  const recordId = uuidv7();
  const ops = Object.entries({ author: 'Corinne Coordinatrice', updatedOn: '2026-12-04', territory: false, ...fields }).map(
    ([field, value]) => ({ opId: uuidv7(), collection, recordId, field, value, hlc: tablet.clock.now() }),
  );
  return { recordId, ops };
}

/** Every op a tablet of the structure pulls from scratch, its log and the territory's. */
async function pullEverything(tablet: Tablet): Promise<Op[]> {
  const ops: Op[] = [];
  let cursor: string | null = null;
  let territoryCursor: string | null = null;
  for (;;) {
    const answer: Answer<TerritoryAnswer> = await tablet.request<TerritoryAnswer>({ cursor, territoryCursor });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    ops.push(...answer.body.ops);
    cursor = answer.body.cursor;
    territoryCursor = answer.body.territoryCursor ?? null;
    if (!answer.body.more) return ops;
  }
}

function localContentSuite(kind: StoreKind) {
  let db: TestDb;
  let server: TestServer;
  let nerac: Awaited<ReturnType<typeof seedStructure>>;
  let mezin: Awaited<ReturnType<typeof seedStructure>>;
  let aidantNerac: Tablet;
  let aidantMezin: Tablet;

  beforeAll(async () => {
    db = await openTestDb(kind);
    server = await startTestServer({ store: db.store, loginLimit: 1000 });
    nerac = await seedStructure(db.store, 'France services de Nérac');
    mezin = await seedStructure(db.store, 'Mairie de Mézin');
    aidantNerac = new Tablet(server.url, await login(server.url, nerac.email, nerac.password));
    aidantMezin = new Tablet(server.url, await login(server.url, mezin.email, mezin.password));
  });
  afterAll(async () => {
    await server?.close();
    await db?.dispose();
  });

  const coordinatorOf = async (structureId: string) =>
    new Tablet(server.url, (await signedIn(db.store, server.url, structureId, 'coordinateur', 'Corinne Coordinatrice')).token);

  it('refuses a local note or partner from an aidant (400, an op refused), and writes nothing of the batch', async () => {
    const note = localRecord(aidantNerac, 'localNotes', { demarcheId: 'rsa', body: 'La CAF reçoit le mardi.' });
    const person = aidantNerac.newBeneficiary();
    expectFrenchError(await aidantNerac.request({ ops: [...person.ops, ...note.ops] }), 400, 'contenu_local_refuse');
    const partner = localRecord(aidantNerac, 'localPartners', { name: 'Épicerie sociale', territory: true });
    expectFrenchError(await aidantNerac.request({ ops: partner.ops }), 400, 'contenu_local_refuse');
    const workshop = localRecord(aidantNerac, 'workshops', { title: 'Les arnaques', date: '2026-12-10', audience: 'aidants' });
    expectFrenchError(await aidantNerac.request({ ops: workshop.ops }), 400, 'contenu_local_refuse');
    const pulled = await pullEverything(await coordinatorOf(nerac.structure.id));
    expect(pulled.map((op) => op.recordId)).not.toContain(person.recordId);
    expect(pulled.map((op) => op.recordId)).not.toContain(note.recordId);
  });

  it('brings a coordinator’s note to their structure’s tablets only', async () => {
    const coordinator = await coordinatorOf(nerac.structure.id);
    const note = localRecord(coordinator, 'localNotes', {
      demarcheId: 'rsa',
      body: 'À Nérac, la CAF reçoit sur rendez-vous le mardi matin.',
    });
    await coordinator.sync(note.ops);
    const inNerac = await pullEverything(new Tablet(server.url, aidantNerac.token));
    expect(
      inNerac
        .filter((op) => op.recordId === note.recordId)
        .map((op) => op.field)
        .sort(),
    ).toEqual(['author', 'body', 'demarcheId', 'territory', 'updatedOn'].sort());
    const inMezin = await pullEverything(new Tablet(server.url, aidantMezin.token));
    expect(JSON.stringify(inMezin)).not.toMatch(/la CAF reçoit sur rendez-vous/);
  });

  it('refuses a coordinator’s record made for the whole territory, and their edit of a territory record', async () => {
    const coordinator = await coordinatorOf(mezin.structure.id);
    const partner = localRecord(coordinator, 'localPartners', { name: 'Centre social de Mézin', territory: true });
    expectFrenchError(await coordinator.request({ ops: partner.ops }), 400, 'contenu_local_refuse');
  });

  it('takes back, in a resend after a restore, the local content an aidant’s tablet had pulled', async () => {
    // The admin's partner and the coordinator's note were pulled by the aidant's tablet; the endpoint lost them
    // (restored from a backup); the tablet sends again what it holds, with the stamps of those who wrote them.
    const admin = new Tablet(server.url, (await signedIn(db.store, server.url, nerac.structure.id, 'admin', 'Alice Admin')).token);
    const partner = localRecord(admin, 'localPartners', { name: 'Conseiller numérique de Barbaste', territory: true });
    const note = localRecord(await coordinatorOf(nerac.structure.id), 'localNotes', { demarcheId: 'ants', body: 'Photos à la mairie.' });
    const resent = (await aidantNerac.request({ ops: [...partner.ops, ...note.ops], resend: true })).status;
    expect(resent).toBe(200);
    const inMezin = await pullEverything(new Tablet(server.url, aidantMezin.token));
    expect(inMezin.find((op) => op.recordId === partner.recordId && op.field === 'name')?.value).toBe('Conseiller numérique de Barbaste');
    expect(inMezin.map((op) => op.recordId)).not.toContain(note.recordId);
    const inNerac = await pullEverything(new Tablet(server.url, aidantNerac.token));
    expect(inNerac.find((op) => op.recordId === note.recordId && op.field === 'body')?.value).toBe('Photos à la mairie.');
  });

  it('brings an admin’s partner to two structures, and later edits with it; a first-contract client pulls none of it', async () => {
    const admin = new Tablet(server.url, (await signedIn(db.store, server.url, nerac.structure.id, 'admin', 'Alice Admin')).token);
    const partner = localRecord(admin, 'localPartners', {
      name: 'Lot-et-Garonne Numérique',
      commune: 'Agen',
      phone: '05 53 00 00 00',
      author: 'Alice Admin',
      territory: true,
    });
    const firstAnswer = (await admin.request<TerritoryAnswer>({ ops: partner.ops, territoryCursor: null })).body;
    expect(firstAnswer.territoryCursor).toMatch(/^\d+$/);
    for (const tablet of [aidantNerac, aidantMezin]) {
      const pulled = await pullEverything(new Tablet(server.url, tablet.token));
      expect(pulled.find((op) => op.recordId === partner.recordId && op.field === 'name')?.value).toBe('Lot-et-Garonne Numérique');
    }
    // The same record edited later still goes to the territory: a coordinator may not touch it.
    const coordinator = await coordinatorOf(mezin.structure.id);
    const edit: Op = {
      opId: uuidv7(),
      collection: 'localPartners',
      recordId: partner.recordId,
      field: 'hours',
      value: 'Lundi 9 h',
      hlc: coordinator.clock.now(),
    };
    expectFrenchError(await coordinator.request({ ops: [edit] }), 400, 'contenu_local_refuse');
    const adminEdit = { ...edit, opId: uuidv7(), hlc: admin.clock.now() };
    expect((await admin.request({ ops: [adminEdit] })).status).toBe(200);
    const inMezin = await pullEverything(new Tablet(server.url, aidantMezin.token));
    expect(inMezin.find((op) => op.opId === adminEdit.opId)?.value).toBe('Lundi 9 h');
    // A structure created afterwards gets the territory's content at its first pull.
    const later = await seedStructure(db.store, 'Mairie de Lavardac');
    const inLater = await pullEverything(new Tablet(server.url, await login(server.url, later.email, later.password)));
    expect(inLater.find((op) => op.recordId === partner.recordId && op.field === 'hours')?.value).toBe('Lundi 9 h');
    // The territory log is no structure: never listed, never found.
    expect((await db.store.listStructures()).map((s) => s.name)).not.toContain('Territoire');
    expect(await db.store.getStructure('_territoire')).toBeUndefined();
    // A territory cursor past the log's head (a restored database) pulls the territory again from its start.
    const restored = await new Tablet(server.url, aidantMezin.token).request<TerritoryAnswer>({ territoryCursor: '999999' });
    expect(restored.body.ops.map((op) => op.recordId)).toContain(partner.recordId);
    // Without territoryCursor (the first contract), the answer is as before: the structure's log only.
    const old = await new Tablet(server.url, aidantMezin.token).request<TerritoryAnswer>({ cursor: null });
    expect(old.body.territoryCursor).toBeUndefined();
    expect(old.body.ops.map((op) => op.recordId)).not.toContain(partner.recordId);
  });
}

describe.each(await storeKinds())('local content (%s)', localContentSuite);
