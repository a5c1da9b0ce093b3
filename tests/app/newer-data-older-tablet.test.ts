// A tablet still on an older version of the app pulls what a newer version wrote: a collection or a
// field it does not know. It keeps those ops (sealed, whatever they hold) although its cursor moves past
// them, and once the update is installed they are merged: nothing a colleague wrote is lost.
import { afterEach, describe, expect, it } from 'vitest';
import { applyHeldOps } from '../../src/app/db/apply-held-ops';
import type { DeclicDatabase } from '../../src/app/db/database';
import { applySyncAnswer, readPushBatch } from '../../src/app/db/outbox-repository';
import { applyPulledOps, readRecord } from '../../src/app/db/records-repository';
import { startServices } from '../../src/app/session/app-services';
import { formatHlc } from '../../src/shared/hlc';
import { uuidv7 } from '../../src/shared/schema/ids';
import type { Op } from '../../src/shared/schema/sync';
import { deviceDataKey, loggedInClientDb, newDevice, openClientDb } from '../fixtures/client-db';
import { runOlderBuild, type OlderBuild } from '../fixtures/older-build';

const NOW = Date.UTC(2026, 5, 2, 14, 0);
const NEWER_TABLET = 'tablette-mise-a-jour-01';
const NOTE = 'Attend le courrier de la CAF, rappeler Mme Girard';
const EMAIL = 'yvette.girard@example.fr';

let older: OlderBuild | undefined;
let db: DeclicDatabase | undefined;
afterEach(() => {
  db?.close();
  older?.update();
});

/** Ops a tablet with the newer version wrote for one record, as the endpoint hands them out. */
function pulled(collection: string, recordId: string, values: Record<string, unknown>, ms = NOW - 60_000): Op[] {
  return Object.entries(values).map(([field, value], i) => ({
    opId: uuidv7(),
    collection,
    recordId,
    field,
    value,
    hlc: formatHlc({ ms: ms + i, counter: 0, clientId: NEWER_TABLET }),
    base: null,
  }));
}

/** The raw held rows: what the older build keeps on disk. */
async function heldOnDisk(database: DeclicDatabase) {
  return database.heldOps.toArray();
}

describe('an older tablet and a newer collection', () => {
  it('keeps its ops sealed while the cursor moves on, and merges them once updated', async () => {
    const device = newDevice();
    older = runOlderBuild({ collection: 'demarcheSuivis' });
    db = await loggedInClientDb({ device, now: () => NOW });
    const suivi = uuidv7();
    const person = uuidv7();
    const values = { beneficiaryId: person, demarcheId: 'caf-prime-activite', status: 'en-cours', note: NOTE, startedOn: '2026-06-01' };
    await applySyncAnswer(db, { acked: [], ops: pulled('demarcheSuivis', suivi, values), cursor: '17', more: false });
    expect((await readPushBatch(db, 1)).cursor, 'the cursor moved past the ops').toBe('17');

    const held = await heldOnDisk(db);
    expect(held.map((row) => row.field).sort()).toEqual(Object.keys(values).sort());
    // The older build cannot tell which values are personal: none is kept in clear.
    expect(held.every((row) => row.value === null && row.sealed !== undefined)).toBe(true);
    db.close();

    older.update();
    db = await openClientDb({ device, now: () => NOW });
    expect(await applyHeldOps(db)).toBe(5);
    expect(await readRecord(db, 'demarcheSuivis', suivi)).toMatchObject(values);
    expect(await heldOnDisk(db)).toEqual([]);
  });

  it('merges them at the first unlock after the update, by itself', async () => {
    const device = newDevice();
    older = runOlderBuild({ collection: 'demarcheSuivis' });
    db = await loggedInClientDb({ device, now: () => NOW });
    const suivi = uuidv7();
    await applyPulledOps(db, pulled('demarcheSuivis', suivi, { status: 'bloque', note: NOTE }));
    db.close();

    older.update();
    db = await openClientDb({ device, now: () => NOW, locked: true });
    const services = await startServices(db, { baseUrl: 'http://endpoint.invalid', fetch: () => Promise.reject(new Error('hors ligne')) });
    db.keyring.open(await deviceDataKey(device));
    const opened = db;
    await expect.poll(() => opened.heldOps.count(), { timeout: 10_000 }).toBe(0);
    expect(await readRecord(db, 'demarcheSuivis', suivi)).toMatchObject({ status: 'bloque', note: NOTE });
    services.syncLoop.stop();
  });

  it('still holds what the update does not know either (a later version will)', async () => {
    db = await loggedInClientDb({ now: () => NOW });
    await applyPulledOps(db, pulled('rendezVous', uuidv7(), { on: '2026-07-01', place: 'Mairie annexe' }));
    expect(await applyHeldOps(db)).toBe(0);
    expect(await db.heldOps.count()).toBe(2);
  });
});

describe('an older tablet and a newer field of a known collection', () => {
  it('keeps the field with the record and shows it once updated; the other fields merge at once', async () => {
    const device = newDevice();
    older = runOlderBuild({ collection: 'beneficiaries', field: 'email' });
    db = await loggedInClientDb({ device, now: () => NOW });
    const person = uuidv7();
    await applyPulledOps(db, pulled('beneficiaries', person, { firstName: 'Yvette', email: EMAIL }));
    expect(await readRecord(db, 'beneficiaries', person)).toMatchObject({ firstName: 'Yvette' });
    expect((await heldOnDisk(db)).map((row) => row.field)).toEqual(['email']);
    db.close();

    older.update();
    db = await openClientDb({ device, now: () => NOW });
    await applyHeldOps(db);
    expect(await readRecord(db, 'beneficiaries', person)).toMatchObject({ firstName: 'Yvette', email: EMAIL });
  });

  it('forgets the held field when the file is erased: it never comes back', async () => {
    const device = newDevice();
    older = runOlderBuild({ collection: 'beneficiaries', field: 'email' });
    db = await loggedInClientDb({ device, now: () => NOW });
    const person = uuidv7();
    await applyPulledOps(db, pulled('beneficiaries', person, { firstName: 'Yvette', email: EMAIL }));
    await applyPulledOps(db, pulled('beneficiaries', person, { deleted: true }, NOW));
    expect(await heldOnDisk(db)).toEqual([]);
    // Pulled again after the erasure (a page replayed): still not kept.
    await applyPulledOps(db, pulled('beneficiaries', person, { email: EMAIL }));
    expect(await heldOnDisk(db)).toEqual([]);
    db.close();

    older.update();
    db = await openClientDb({ device, now: () => NOW });
    await applyHeldOps(db);
    expect(Object.keys((await db.records('beneficiaries').get(person))!.fields)).toEqual(['deleted']);
  });
});
