// Erasing a bénéficiaire removes their personal values from the log; the audit log records who did what, and only that.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Op } from '../../src/shared/schema/sync';
import { storeKinds } from '../fixtures/postgres';
import { login, seedStructure, Tablet } from '../fixtures/server-api';
import { openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';

const PERSONAL = [
  'Josiane',
  'Lavergne',
  'Lavergne-Bonnet',
  1951,
  'Casteljaloux',
  '06 12 34 56 78',
  'josiane@example.fr',
  'Veuve, RDV CARSAT',
  'Veuve, RDV CARSAT jeudi',
  'Aide CARSAT',
];

function erasureSuite(kind: StoreKind) {
  let db: TestDb;
  let server: TestServer;
  let account: Awaited<ReturnType<typeof seedStructure>>;
  let writer: Tablet;
  let reader: Tablet;
  let observer: Tablet;
  let recordId: string;
  const cursors: (string | null)[] = [null];
  const tablet = async () => new Tablet(server.url, await login(server.url, account.email, account.password));

  beforeAll(async () => {
    db = await openTestDb(kind);
    server = await startTestServer({ store: db.store, loginLimit: 1000 });
    account = await seedStructure(db.store, 'CCAS de Casteljaloux');
    [writer, reader, observer] = [await tablet(), await tablet(), await tablet()];
    const created = writer.newBeneficiary({
      firstName: 'Josiane',
      lastName: 'Lavergne',
      birthYear: 1951,
      commune: 'Casteljaloux',
      notes: 'Veuve, RDV CARSAT',
    });
    recordId = created.recordId;
    await writer.sync(created.ops);
    cursors.push((await reader.sync()).cursor);
    // A history: a superseded last name, a contact, and a concurrent note kept as a conflict.
    const other = await tablet();
    await other.pullAll();
    const firstNote = created.ops.at(-1)!.hlc;
    await writer.sync([
      writer.op(recordId, 'lastName', 'Lavergne-Bonnet'),
      writer.op(recordId, 'phone', '06 12 34 56 78'),
      writer.op(recordId, 'email', 'josiane@example.fr'),
      writer.op(recordId, 'notes', 'Veuve, RDV CARSAT jeudi', firstNote),
    ]);
    await other.sync([other.op(recordId, 'notes', 'Aide CARSAT', firstNote)]);
    const live = await db.query(
      `SELECT value FROM ops WHERE record_id = '${recordId}' AND field = 'notes' AND live = ${kind === 'sqlite' ? 1 : 'true'}`,
    );
    expect(live, 'two concurrent notes, one kept as a conflict').toHaveLength(2);
    cursors.push((await reader.sync()).cursor);
    await writer.pullAll();
    await writer.sync([writer.op(recordId, 'deleted', true)]);
  });
  afterAll(async () => {
    await server?.close();
    await db?.dispose();
  });

  /** Pulls everything from `cursor` with a tablet that never wrote anything. */
  const pullFrom = async (cursor: string | null): Promise<Op[]> => {
    observer.cursor = cursor;
    return observer.pullAll();
  };

  it('returns none of the erased bénéficiaire’s personal values to a pull from scratch or from any older cursor', async () => {
    await pullFrom(null);
    // The cursor is opaque; this one ends with the head's sequence number, and older bare numbers are still taken.
    const head = Number(observer.cursor!.split('.').pop());
    const every = [...cursors, ...Array.from({ length: head }, (_, i) => String(i))];
    for (const cursor of every) {
      const ops = (await pullFrom(cursor)).filter((op) => op.recordId === recordId);
      expect(
        ops.map((op) => [op.field, op.value]),
        `pull from cursor ${cursor}`,
      ).toEqual([['deleted', true]]);
    }
  });

  it('keeps no personal value of the erased bénéficiaire anywhere in the log', async () => {
    const rows = await db.query(`SELECT field, value FROM ops WHERE record_id = '${recordId}' AND value IS NOT NULL`);
    expect(rows).toEqual([{ field: 'deleted', value: 'true' }]);
  });

  it('acks later writes to the erased bénéficiaire but never gives them out: no resurrection', async () => {
    const late = await tablet();
    const write = late.op(recordId, 'firstName', 'Josiane');
    expect((await late.sync([write])).acked).toEqual([write.opId]);
    expect((await pullFrom(null)).filter((op) => op.recordId === recordId).map((op) => op.field)).toEqual(['deleted']);
    expect((await reader.pullAll()).filter((op) => op.recordId === recordId).map((op) => op.field)).toEqual(['deleted']);
  });

  it('writes read, write and erase entries for the bénéficiaire, without any personal value', async () => {
    const audit = (await db.store.listAudit(account.structure.id)).filter((e) => e.recordId === recordId);
    const actions = new Set(audit.map((e) => e.action));
    expect([...actions].sort()).toEqual(['erase', 'read', 'write']);
    expect(audit.find((e) => e.action === 'erase')).toMatchObject({
      aidantId: account.aidant.id,
      collection: 'beneficiaries',
      structureId: account.structure.id,
    });
    const rows = JSON.stringify(await db.query('SELECT * FROM audit_log'));
    for (const value of PERSONAL.filter((v) => typeof v === 'string')) expect(rows).not.toContain(value);
  });

  it.each([
    ['changed', "UPDATE audit_log SET action = 'read'"],
    ['deleted', 'DELETE FROM audit_log'],
  ])('refuses to let an audit entry be %s (append-only)', async (_what, sql) => {
    const before = await db.query('SELECT * FROM audit_log ORDER BY id');
    expect(before.length).toBeGreaterThan(0);
    await expect(db.query(sql)).rejects.toThrow(/append-only/);
    expect(await db.query('SELECT * FROM audit_log ORDER BY id')).toEqual(before);
  });
}

describe.each(await storeKinds())('erasure and audit log (%s)', erasureSuite);
