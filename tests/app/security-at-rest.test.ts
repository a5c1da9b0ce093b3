// Personal data at rest on the tablet: what IndexedDB really holds (raw Dexie rows) never shows a name
// or a note in clear — records, their kept conflicts, the outbox, drafts, pulled ops — and a sealed
// value that was altered or moved to another record fails cleanly, in French.
import { afterEach, describe, expect, it } from 'vitest';
import { createBeneficiary, getBeneficiary, listBeneficiaries, updateBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { loadDraft, saveDraft } from '../../src/app/db/drafts-repository';
import { readPushBatch } from '../../src/app/db/outbox-repository';
import { applyPulledOps, listRecords, readRecord, writeFields } from '../../src/app/db/records-repository';
import { LockedError } from '../../src/app/security/keyring';
import { UnsealError } from '../../src/app/security/seal';
import { uuidv7 } from '../../src/shared/schema/ids';
import type { Op } from '../../src/shared/schema/sync';
import { loggedInClientDb, newDevice } from '../fixtures/client-db';

const NAME = 'Canari-Prénom-7731';
const NOTES = 'Canari-notes : RSA en retard, fils à Agen 7731';
const NOW = Date.UTC(2026, 2, 10, 12);

let db: DeclicDatabase;
afterEach(() => db?.close());

/** Everything IndexedDB holds, as text: strings as they are, bytes as UTF-8 and as Latin-1. */
async function rawContent(database: DeclicDatabase): Promise<string> {
  const parts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') parts.push(value);
    else if (value instanceof Uint8Array) parts.push(Buffer.from(value).toString('utf8'), Buffer.from(value).toString('latin1'));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => (parts.push(k), walk(v)));
    else parts.push(String(value));
  };
  for (const table of database.tables) walk(await table.toArray());
  return parts.join('\n');
}

function pulled(recordId: string, field: string, value: unknown, ms: number, clientId = 'autre-tablette-01'): Op {
  return { opId: uuidv7(ms), collection: 'beneficiaries', recordId, field, value, hlc: `${ms}-0000-${clientId}`, base: null };
}

describe('what the tablet stores', () => {
  it('seals the personal values of a file and opens them back in memory', async () => {
    db = await loggedInClientDb({ now: () => NOW });
    const id = await createBeneficiary(db, {
      firstName: NAME,
      notes: NOTES,
      commune: 'Canari-sur-Baïse',
      status: 'actif',
      noticeGivenOn: '2026-03-10',
    });
    expect(await rawContent(db)).not.toContain('Canari');
    expect(await getBeneficiary(db, id)).toMatchObject({ firstName: NAME, notes: NOTES, commune: 'Canari-sur-Baïse' });
    // Dates, status and stamps may stay in clear; the personal fields are only in the sealed blob.
    const row = await db.records('beneficiaries').get(id);
    expect(Object.keys(row!.fields).sort()).toEqual(['noticeGivenOn', 'status']);
    expect(row!.sealed?.iv).toHaveLength(12);
  });

  it('keeps no clear personal value in the outbox, and sends the clear value to the endpoint', async () => {
    db = await loggedInClientDb();
    const id = await createBeneficiary(db, { firstName: NAME, notes: NOTES, birthYear: 1948 });
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(3);
    expect(outbox.every((op) => op.value === null && op.sealed !== undefined)).toBe(true);
    expect(await rawContent(db)).not.toContain('Canari');
    const { ops } = await readPushBatch(db, 10);
    expect(ops.map((op) => [op.recordId, op.field, op.value])).toEqual([
      [id, 'firstName', NAME],
      [id, 'notes', NOTES],
      [id, 'birthYear', 1948],
    ]);
    expect(ops.every((op) => !('sealed' in op))).toBe(true);
  });

  it('seals pulled values before writing them, and the free-text conflicts kept with them', async () => {
    db = await loggedInClientDb({ now: () => NOW });
    const id = await createBeneficiary(db, { notes: 'Note locale 7731' });
    await applyPulledOps(db, [pulled(id, 'firstName', NAME, NOW - 1000), pulled(id, 'notes', NOTES, NOW + 5000)]);
    expect(await rawContent(db)).not.toMatch(/Canari|Note locale/);
    const record = await readRecord(db, 'beneficiaries', id);
    expect(record).toMatchObject({ firstName: NAME, notes: NOTES });
    expect(record!.conflicts.notes?.map((c) => c.value)).toEqual(['Note locale 7731']);
  });

  it('seals drafts, and reads them back', async () => {
    db = await loggedInClientDb();
    await saveDraft(db, 'beneficiary:new', { firstName: NAME, notes: NOTES });
    expect(await rawContent(db)).not.toContain('Canari');
    expect((await loadDraft(db, 'beneficiary:new'))?.value).toEqual({ firstName: NAME, notes: NOTES });
  });

  it('indexes nothing personal: only ids, stamps of writing and op bookkeeping', async () => {
    db = await loggedInClientDb();
    const indexed = db.tables.flatMap((table) =>
      [table.schema.primKey, ...table.schema.indexes].map((index) => `${table.name}.${index.name}`),
    );
    const allowed = /\.(id|key|seq|updatedAt|opId|\[collection\+recordId\])$/;
    expect(indexed.filter((name) => !allowed.test(name))).toEqual([]);
  });
});

describe('a sealed value that does not belong where it is', () => {
  async function twoFiles() {
    db = await loggedInClientDb();
    const yvette = await createBeneficiary(db, { firstName: NAME, notes: NOTES });
    const karim = await createBeneficiary(db, { firstName: 'Karim' });
    return { yvette, karim, table: db.records('beneficiaries') };
  }

  it('refuses a file whose sealed blob was copied from another file, in French, without a crash', async () => {
    const { yvette, karim, table } = await twoFiles();
    const stolen = (await table.get(yvette))!.sealed!;
    await table.update(karim, { sealed: stolen });
    const failure = await readRecord(db, 'beneficiaries', karim).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnsealError);
    expect((failure as Error).message).toBe(
      'Ces données ne peuvent pas être lues sur cette tablette : elles ont été modifiées ou ne viennent pas de ce dossier.',
    );
    // The other files still list; the swapped one is left out rather than shown with Yvette's name.
    expect((await listBeneficiaries(db)).map((b) => b.firstName)).toEqual([NAME]);
    await expect(updateBeneficiary(db, karim, { commune: 'Agen' })).rejects.toBeInstanceOf(UnsealError);
    expect((await table.get(karim))!.sealed).toEqual(stolen);
  });

  it('refuses a tampered ciphertext', async () => {
    const { yvette, table } = await twoFiles();
    const sealed = (await table.get(yvette))!.sealed!;
    await table.update(yvette, { sealed: { iv: sealed.iv, ct: sealed.ct.map((byte, i) => (i === 5 ? byte ^ 0x20 : byte)) } });
    await expect(readRecord(db, 'beneficiaries', yvette)).rejects.toBeInstanceOf(UnsealError);
  });

  it('does not send an outbox value moved onto another op (it goes to the quarantine, marked damaged)', async () => {
    const { karim } = await twoFiles();
    const rows = await db.outbox.orderBy('seq').toArray();
    const yvetteName = rows.find((op) => op.field === 'firstName' && op.recordId !== karim)!;
    const karimName = rows.find((op) => op.field === 'firstName' && op.recordId === karim)!;
    await db.outbox.update(karimName.seq!, { sealed: yvetteName.sealed });
    const { ops } = await readPushBatch(db, 10);
    expect(ops.map((op) => op.value)).toEqual([NAME, NOTES]);
    expect(await db.outbox.count()).toBe(2);
    expect(await db.quarantine.toArray()).toEqual([expect.objectContaining({ opId: karimName.opId, damaged: true })]);
  });

  it('cannot be read with another device’s key', async () => {
    const device = newDevice();
    const writer = await loggedInClientDb({ device });
    const id = await createBeneficiary(writer, { firstName: NAME });
    const sealed = (await writer.records('beneficiaries').get(id))!;
    writer.close();
    db = await loggedInClientDb();
    await db.records('beneficiaries').put(sealed);
    await expect(readRecord(db, 'beneficiaries', id)).rejects.toBeInstanceOf(UnsealError);
  });
});

describe('a locked tablet', () => {
  it('reads and writes nothing, and the sync cannot read the outbox', async () => {
    const device = newDevice();
    const unlocked = await loggedInClientDb({ device });
    const id = await createBeneficiary(unlocked, { firstName: NAME });
    unlocked.close();
    db = await loggedInClientDb({ device, locked: true });
    await expect(readRecord(db, 'beneficiaries', id)).rejects.toBeInstanceOf(LockedError);
    await expect(listRecords(db, 'beneficiaries')).rejects.toBeInstanceOf(LockedError);
    await expect(writeFields(db, 'beneficiaries', id, { commune: 'Agen' })).rejects.toThrow('Déclic est verrouillé');
    await expect(saveDraft(db, 'beneficiary:new', { firstName: NAME })).rejects.toBeInstanceOf(LockedError);
    await expect(readPushBatch(db, 10)).rejects.toBeInstanceOf(LockedError);
    expect(await db.outbox.count()).toBe(1);
    expect(await db.drafts.count()).toBe(0);
  });

  it('forgets the values it opened when the key is dropped', async () => {
    db = await loggedInClientDb();
    const id = await createBeneficiary(db, { firstName: NAME });
    expect((await getBeneficiary(db, id))?.firstName).toBe(NAME);
    db.keyring.close();
    await expect(getBeneficiary(db, id)).rejects.toBeInstanceOf(LockedError);
    expect(db.keyring.recall(`beneficiaries/${id}`, (await db.records('beneficiaries').get(id))!.sealed!)).toBeUndefined();
  });
});
