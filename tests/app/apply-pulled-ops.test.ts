// Ops pulled from the endpoint merge field by field: nothing newer is lost, conflicts on notes are kept, erasure wipes.
import { afterEach, describe, expect, it } from 'vitest';
import { createBeneficiary, getBeneficiary, updateBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { applySyncAnswer, pendingCount, readPushBatch } from '../../src/app/db/outbox-repository';
import { applyPulledOps, readRecord } from '../../src/app/db/records-repository';
import { formatHlc, parseHlc } from '../../src/shared/hlc';
import { uuidv7 } from '../../src/shared/schema/ids';
import type { Op } from '../../src/shared/schema/sync';
import { loggedInClientDb } from '../fixtures/client-db';

const NOW = Date.UTC(2026, 2, 10, 9, 30);
const OTHER_TABLET = 'tablette-accueil-02';
let db: DeclicDatabase;
afterEach(() => db?.close());

/** An op written on another tablet at `ms` (its clock), replacing `base`. */
function pulled(recordId: string, field: string, value: unknown, ms: number, base: string | null = null): Op {
  return {
    opId: uuidv7(),
    collection: 'beneficiaries',
    recordId,
    field,
    value,
    hlc: formatHlc({ ms, counter: 0, clientId: OTHER_TABLET }),
    base,
  };
}

async function pendingOp(field: string): Promise<Op> {
  const { ops } = await readPushBatch(db, 100);
  return ops.filter((op) => op.field === field).at(-1)!;
}

describe('merging pulled ops', () => {
  it('keeps a pending local value when the pulled one is older', async () => {
    db = await loggedInClientDb({ now: () => NOW });
    const id = await createBeneficiary(db, { phone: '06 11 11 11 11' });
    await applyPulledOps(db, [pulled(id, 'phone', '05 53 00 00 00', NOW - 60_000)]);
    expect((await getBeneficiary(db, id))?.phone).toBe('06 11 11 11 11');
    expect(await pendingCount(db)).toBe(1);
  });

  it('takes the pulled value when it is newer', async () => {
    db = await loggedInClientDb({ now: () => NOW });
    const id = await createBeneficiary(db, { phone: '06 11 11 11 11', commune: 'Nérac' });
    await applyPulledOps(db, [pulled(id, 'phone', '05 53 00 00 00', NOW + 60_000)]);
    expect(await getBeneficiary(db, id)).toMatchObject({ phone: '05 53 00 00 00', commune: 'Nérac', conflicts: {} });
  });

  it('keeps the losing notes of a concurrent edit as a conflict for the aidant', async () => {
    db = await loggedInClientDb({ now: () => NOW });
    const id = await createBeneficiary(db, { notes: 'Dossier CAF commencé' });
    const base = (await pendingOp('notes')).hlc;
    await updateBeneficiary(db, id, { notes: 'Dossier CAF envoyé le 10/03' });
    await applyPulledOps(db, [pulled(id, 'notes', 'Attestation CAF à imprimer', NOW + 1_000, base)]);
    const record = await readRecord(db, 'beneficiaries', id);
    expect(record?.notes).toBe('Attestation CAF à imprimer');
    expect(record?.conflicts.notes?.map((c) => c.value)).toEqual(['Dossier CAF envoyé le 10/03']);
  });

  it('keeps no conflict on a field that is not free text', async () => {
    db = await loggedInClientDb({ now: () => NOW });
    const id = await createBeneficiary(db, { commune: 'Nérac' });
    await applyPulledOps(db, [pulled(id, 'commune', 'Agen', NOW + 1_000)]);
    expect(await readRecord(db, 'beneficiaries', id)).toMatchObject({ commune: 'Agen', conflicts: {} });
  });

  it('wipes an erased record at once, and its pending values with it (not the other records)', async () => {
    db = await loggedInClientDb({ now: () => NOW });
    const id = await createBeneficiary(db, { firstName: 'Yvette', notes: 'Dossier APL' });
    const other = await createBeneficiary(db, { firstName: 'Karim' });
    await applyPulledOps(db, [pulled(id, 'deleted', true, NOW - 3_600_000)]);
    const stored = await db.records('beneficiaries').get(id);
    expect(stored?.fields).toEqual({ deleted: expect.objectContaining({ winner: expect.objectContaining({ value: true }) }) });
    expect((await readPushBatch(db, 100)).ops.map((op) => op.recordId)).toEqual([other]);
    expect(await getBeneficiary(db, id)).toBeUndefined();
    await applyPulledOps(db, [pulled(id, 'firstName', 'Yvette', NOW + 5_000)]);
    expect(Object.keys((await db.records('beneficiaries').get(id))!.fields)).toEqual(['deleted']);
  });

  it('changes nothing when the same page is applied twice (a lost answer, pulled again)', async () => {
    db = await loggedInClientDb({ now: () => NOW });
    const id = uuidv7();
    const page = [pulled(id, 'firstName', 'Louis', NOW), pulled(id, 'notes', 'Carte vitale', NOW + 1)];
    await applyPulledOps(db, page);
    const once = await db.records('beneficiaries').get(id);
    await applyPulledOps(db, page);
    expect((await db.records('beneficiaries').get(id))?.fields).toEqual(once?.fields);
  });

  it('moves the device clock past pulled stamps, so the next local edit wins', async () => {
    db = await loggedInClientDb({ now: () => NOW });
    const id = uuidv7();
    await applyPulledOps(db, [pulled(id, 'commune', 'Agen', NOW + 20 * 60_000)]);
    await updateBeneficiary(db, id, { commune: 'Nérac' });
    expect((await getBeneficiary(db, id))?.commune).toBe('Nérac');
    expect(parseHlc((await pendingOp('commune')).hlc)!.ms).toBe(NOW + 20 * 60_000);
  });

  it('merges none of the ops of unknown collections, unknown fields and refused values, and holds them for a later version', async () => {
    db = await loggedInClientDb({ now: () => NOW });
    const id = uuidv7();
    const unknown = [
      { ...pulled(id, 'firstName', 'Louis', NOW), collection: 'unknownThings' },
      pulled(id, 'nir', '184127512345678', NOW),
      pulled(id, 'birthYear', 'mille neuf cent', NOW),
    ];
    const merged = await applyPulledOps(db, [...unknown, pulled(id, 'lastName', 'Girard', NOW)]);
    expect(merged).toBe(1);
    expect(await readRecord(db, 'beneficiaries', id)).toMatchObject({ lastName: 'Girard', birthYear: null });
    expect((await db.heldOps.toArray()).map((row) => row.opId).sort()).toEqual(unknown.map((op) => op.opId).sort());
  });
});

describe('applying a sync answer', () => {
  it('merges the page, removes only the acknowledged ops and stores the cursor, together', async () => {
    db = await loggedInClientDb({ now: () => NOW });
    const id = await createBeneficiary(db, { firstName: 'Yvette' });
    const { ops: sent } = await readPushBatch(db, 100);
    await updateBeneficiary(db, id, { lastName: 'Girard' });
    const pending = await applySyncAnswer(db, {
      acked: sent.map((op) => op.opId),
      ops: [pulled(id, 'commune', 'Agen', NOW)],
      cursor: '42',
      more: false,
    });
    expect(pending).toBe(1);
    expect((await readPushBatch(db, 100)).ops.map((op) => op.field)).toEqual(['lastName']);
    expect((await readPushBatch(db, 100)).cursor).toBe('42');
    expect(await getBeneficiary(db, id)).toMatchObject({ firstName: 'Yvette', lastName: 'Girard', commune: 'Agen' });
  });

  it('keeps the outbox and the cursor when merging the answer fails', async () => {
    db = await loggedInClientDb({ now: () => NOW });
    await createBeneficiary(db, { firstName: 'Yvette' });
    const { ops: sent } = await readPushBatch(db, 100);
    db.records('beneficiaries').hook('creating', () => {
      throw new Error('disque plein');
    });
    await expect(
      applySyncAnswer(db, {
        acked: sent.map((op) => op.opId),
        ops: [pulled(uuidv7(), 'firstName', 'Louis', NOW)],
        cursor: '7',
        more: false,
      }),
    ).rejects.toThrow();
    expect(await pendingCount(db)).toBe(1);
    expect((await readPushBatch(db, 100)).cursor).toBeNull();
  });
});
