// POST /api/v1/sync per the contract, on both stores: push, pull, paging, retries and the field-level merge.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PULL_PAGE_SIZE, syncResponseSchema, type Op } from '../../src/shared/schema/sync';
import { storeKinds } from '../fixtures/postgres';
import { login, seedStructure, Tablet, typicalBeneficiary } from '../fixtures/server-api';
import { dumpOps, openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { expectFrenchError } from './expect-error';

const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);

function syncSuite(kind: StoreKind) {
  let db: TestDb;
  let server: TestServer;
  let account: Awaited<ReturnType<typeof seedStructure>>;
  /** A new tablet of the structure, logged in; `now` fixes its wall clock. */
  const tablet = async (now?: () => number) =>
    new Tablet(server.url, await login(server.url, account.email, account.password), undefined, now);

  beforeAll(async () => {
    db = await openTestDb(kind);
    server = await startTestServer({ store: db.store, loginLimit: 1000 });
  });
  // Each case in its own structure: its tablets see only its own ops.
  beforeEach(async () => {
    account = await seedStructure(db.store, 'France services de Tonneins');
  });
  afterAll(async () => {
    await server?.close();
    await db?.dispose();
  });

  it('acks a push, answers a cursor, and gives the ops to the other tablets but not back to their writer', async () => {
    const [a, b] = [await tablet(), await tablet()];
    const { recordId, ops } = a.newBeneficiary({ firstName: 'Yvette', commune: 'Nérac', birthYear: 1948 });
    const answer = syncResponseSchema.parse(await a.sync(ops));
    expect(answer.acked).toEqual(ops.map((op) => op.opId));
    expect(answer.ops.filter((op) => op.recordId === recordId)).toEqual([]);
    expect(answer.cursor).toEqual(expect.any(String));
    expect(answer.more).toBe(false);
    const pulled = (await b.pullAll()).filter((op) => op.recordId === recordId);
    expect(pulled).toEqual(ops);
    expect(await b.pullAll()).toEqual([]);
  });

  it('tells the server’s time and dataset, and refuses with 409 curseur_inconnu a cursor past its head or from another dataset', async () => {
    const a = await tablet();
    const before = Date.now();
    const answer = await a.sync(a.newBeneficiary().ops);
    expect(answer.serverTime).toBeGreaterThanOrEqual(before);
    expect(answer.serverTime).toBeLessThanOrEqual(Date.now());
    expect(answer.dataset).toBe(await db.store.dataset());
    const given = answer.cursor;
    const head = Number(given.split('.').pop());
    expect(answer.cursor).toContain(answer.dataset);

    const refused = async (cursor: string) => {
      const reply = await a.request({ cursor, ops: [a.op(crypto.randomUUID(), 'firstName', 'Perdue')] });
      expectFrenchError(reply, 409, 'curseur_inconnu');
    };
    await refused(`${answer.dataset}.${head + 1}`);
    await refused(`${'0'.repeat(32)}.${head}`);
    // A tablet of the first contract holds a bare number: still taken while the log reaches it.
    await refused(String(head + 1));
    expect((await a.request({ cursor: String(head) })).status).toBe(200);
    expect((await a.request({ cursor: given })).status).toBe(200);
    expect((await a.request({ cursor: null })).status).toBe(200);
    expect(JSON.stringify(await dumpOps(db))).not.toContain('Perdue');
  });

  it('refuses the cursors of the old dataset once the database has a new one (a restore), and `null` still works', async () => {
    const a = await tablet();
    await a.sync(a.newBeneficiary().ops);
    const old = a.cursor!;
    const renewed = await db.store.renewDataset();
    const reply = await a.request({ cursor: old });
    expectFrenchError(reply, 409, 'curseur_inconnu');
    a.cursor = null;
    const fresh = await a.sync();
    expect(fresh.dataset).toBe(renewed);
    expect((await a.request({})).status).toBe(200);
  });

  it('takes another device’s stamp only in a resend, the state a tablet sends again to a restored server', async () => {
    const [a, b, reader] = [await tablet(), await tablet(), await tablet()];
    const fromB = b.newBeneficiary({ firstName: 'Odette' }).ops;
    expectFrenchError(await a.request({ cursor: null, ops: fromB }), 400, 'horodatage_invalide');
    expect((await a.request({ cursor: null, ops: fromB, resend: true })).status).toBe(200);
    expect((await reader.pullAll()).filter((op) => op.value === 'Odette').map((op) => op.hlc)).toEqual([fromB[0]!.hlc]);
  });

  it('pages a long pull: PULL_PAGE_SIZE ops per answer, `more` until the end, no op twice or missing', async () => {
    const writer = await tablet();
    const pushed: Op[] = [];
    for (let i = 0; pushed.length < PULL_PAGE_SIZE + 250; i++) pushed.push(...writer.newBeneficiary(typicalBeneficiary(i)).ops);
    await writer.sync(pushed.slice(0, 1000));
    await writer.sync(pushed.slice(1000));
    const reader = await tablet();
    const pages: Op[][] = [];
    for (let more = true; more;) {
      const answer = await reader.sync();
      pages.push(answer.ops);
      more = answer.more;
    }
    expect(pages[0]).toHaveLength(PULL_PAGE_SIZE);
    const all = pages.flat();
    expect(new Set(all.map((op) => op.opId)).size).toBe(all.length);
    expect(all.map((op) => op.opId)).toEqual(expect.arrayContaining(pushed.map((op) => op.opId)));
  });

  it('changes nothing when a push is retried, and acks it again', async () => {
    const a = await tablet();
    const { ops } = a.newBeneficiary();
    const cursor = a.cursor;
    await a.sync(ops);
    const before = await dumpOps(db);
    a.cursor = cursor;
    const again = await a.sync(ops);
    expect(again.acked).toEqual(ops.map((op) => op.opId));
    expect(await dumpOps(db)).toEqual(before);
  });

  it('refuses a batch that carries one opId twice, even with the same value, and stores nothing of it', async () => {
    const a = await tablet();
    const op = a.op(crypto.randomUUID(), 'firstName', 'Karim');
    const before = await dumpOps(db);
    const answer = await a.request({ ops: [op, { ...op }] });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'operation_en_double' } });
    expect(await dumpOps(db)).toEqual(before);
    expect((await a.sync([op])).acked).toEqual([op.opId]);
    const b = await tablet();
    expect((await b.pullAll()).filter((o) => o.opId === op.opId)).toEqual([op]);
  });

  it('keeps both edits when two tablets change different fields of one bénéficiaire offline', async () => {
    const [a, b, reader] = [await tablet(), await tablet(), await tablet()];
    const { recordId, ops } = a.newBeneficiary({ firstName: 'Nadia', commune: 'Agen', phone: '06 11 22 33 44' });
    await a.sync(ops);
    await b.pullAll();
    await a.sync([a.op(recordId, 'phone', '07 99 88 77 66')]);
    await b.sync([b.op(recordId, 'commune', 'Marmande')]);
    expect(fieldsOf(await reader.pullAll(), recordId)).toEqual({ firstName: 'Nadia', commune: 'Marmande', phone: '07 99 88 77 66' });
  });

  it('keeps the write with the greatest stamp when two tablets change the same field', async () => {
    const [a, b, reader] = [await tablet(() => T0 + 5_000), await tablet(() => T0), await tablet()];
    const { recordId, ops } = a.newBeneficiary({ lastName: 'Martin' });
    await a.sync(ops);
    const later = a.op(recordId, 'lastName', 'Martin-Roux');
    const earlier = b.op(recordId, 'lastName', 'Roux');
    await a.sync([later]);
    // The push of the older write is acked, and its answer already brings the newer one.
    const answer = await b.sync([earlier]);
    expect(answer.acked).toEqual([earlier.opId]);
    expect(answer.ops.map((op) => op.value)).toEqual(['Martin-Roux']);
    expect(fieldsOf(await reader.pullAll(), recordId)).toEqual({ lastName: 'Martin-Roux' });
    expect(await a.pullAll()).toEqual([]);
  });

  it('keeps the losing note of a concurrent edit as a conflict, and gives it to every tablet', async () => {
    const [a, b, reader] = [await tablet(() => T0 + 10_000), await tablet(() => T0 + 20_000), await tablet()];
    const { recordId, ops } = a.newBeneficiary({ notes: 'Dossier CAF' });
    await a.sync(ops);
    await b.pullAll();
    const fromA = a.op(recordId, 'notes', 'Dossier CAF : RDV mardi', ops[0]!.hlc);
    const fromB = b.op(recordId, 'notes', 'Dossier CAF : pièces manquantes', ops[0]!.hlc);
    await a.sync([fromA]);
    // The winner's writer receives the losing note it had never seen, to show the conflict.
    expect((await b.sync([fromB])).ops.map((op) => op.opId)).toEqual([fromA.opId]);
    const notes = (await reader.pullAll()).filter((op) => op.recordId === recordId);
    expect(notes.map((op) => op.value).sort()).toEqual(['Dossier CAF : RDV mardi', 'Dossier CAF : pièces manquantes']);
    expect((await a.pullAll()).map((op) => op.opId)).toEqual([fromB.opId]);
    // A later edit that saw both settles the conflict: a fresh tablet then gets one note only.
    await a.sync([a.op(recordId, 'notes', 'RDV mardi, apporter les pièces', fromB.hlc)]);
    expect((await (await tablet()).pullAll()).filter((op) => op.recordId === recordId).map((op) => op.value)).toEqual([
      'RDV mardi, apporter les pièces',
    ]);
  });
}

/** The merged fields of one record from pulled ops (the greatest stamp per field). */
function fieldsOf(ops: Op[], recordId: string): Record<string, unknown> {
  const best = new Map<string, Op>();
  for (const op of ops) if (op.recordId === recordId && (best.get(op.field)?.hlc ?? '') < op.hlc) best.set(op.field, op);
  return Object.fromEntries([...best].map(([field, op]) => [field, op.value]));
}

describe.each(await storeKinds())('sync (%s)', syncSuite);
