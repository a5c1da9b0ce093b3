// A person's file on the tablet: the last contact moves forward with every activity; the export holds
// everything about them and nothing about others; the erasure removes them and what is theirs.
import { afterEach, describe, expect, it } from 'vitest';
import { createBeneficiary, getBeneficiary, touchLastContact } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { createDiagnostic, listDiagnosticsOf } from '../../src/app/db/diagnostics-repository';
import { loadDraft, saveDraft } from '../../src/app/db/drafts-repository';
import { createMandate } from '../../src/app/db/mandates-repository';
import { readPushBatch } from '../../src/app/db/outbox-repository';
import { erasePersonFile, personData } from '../../src/app/db/person-file-repository';
import { readRecord, writeFields } from '../../src/app/db/records-repository';
import { buildExport, exportFileName } from '../../src/app/features/rgpd/person-export';
import { listRecords } from '../../src/app/db/records-repository';
import { uuidv7 } from '../../src/shared/schema/ids';
import { computeStats } from '../../src/shared/stats/compute';
import { loggedInClientDb } from '../fixtures/client-db';

let db: DeclicDatabase;
afterEach(() => db?.close());

const answers = {
  equipment: ['smartphone' as const],
  homeConnection: 'mobile' as const,
  hasEmail: false,
  hasSmsPhone: true,
  franceConnectAccounts: [],
  skills: { appareil: 1, information: 1, communication: 2, formulaire: 0, securite: 1 },
  barriers: ['lecture-ecriture' as const],
  demarchesNeeded: ['demande-retraite', 'Renouveler la C2S'],
};

/** Josiane's file with one of everything that can refer to her, and Karim's with a diagnostic. */
async function twoFiles() {
  const josiane = await createBeneficiary(db, {
    firstName: 'Josiane',
    lastName: 'Lavergne',
    phone: '06 12 34 56 78',
    notes: 'Veuve, RDV CARSAT',
    birthYear: 1948,
    commune: 'Nérac',
  });
  const karim = await createBeneficiary(db, { firstName: 'Karim', commune: 'Marmande' });
  const diagnostic = {
    date: '2026-03-01',
    ...answers,
    autonomyLevel: 'pas-a-pas' as const,
    proposedOrientation: 'faire-pour-mandat' as const,
    orientation: 'faire-pour-mandat' as const,
  };
  const hers = await createDiagnostic(db, { beneficiaryId: josiane, ...diagnostic });
  const his = await createDiagnostic(db, { beneficiaryId: karim, ...diagnostic });
  const mandate = await createMandate(db, {
    beneficiaryId: josiane,
    families: ['travail'],
    durationDays: 182,
    templateVersion: 2,
    startOn: '2026-03-01',
    aidantName: 'Claire Martin',
  });
  const orientation = uuidv7();
  await writeFields(db, 'orientations', orientation, {
    beneficiaryId: josiane,
    partnerId: 'carsat-aquitaine',
    date: '2026-03-02',
    outcome: 'en-attente',
    reason: 'Réversion',
    demarcheIds: [],
  });
  const session = uuidv7();
  await writeFields(db, 'accompagnements', session, {
    date: '2026-03-01',
    durationMinutes: 45,
    place: 'domicile',
    mode: 'individuel',
    beneficiaryId: josiane,
    participantIds: [],
    demarcheIds: [],
    operatorIds: [],
    note: 'A pleuré en parlant de son mari',
  });
  const atelier = uuidv7();
  await writeFields(db, 'accompagnements', atelier, {
    date: '2026-03-03',
    durationMinutes: 90,
    place: 'mairie',
    mode: 'atelier',
    beneficiaryId: null,
    participantIds: [josiane, karim],
    demarcheIds: [],
    operatorIds: [],
  });
  const cheque = uuidv7();
  await writeFields(db, 'passNumeriques', cheque, {
    number: 'A-001',
    valueCents: 1000,
    status: 'remis',
    handedTo: josiane,
    handedOn: '2026-03-03',
  });
  return { josiane, karim, hers, his, mandate, orientation, session, atelier, cheque };
}

describe('the last contact of a file', () => {
  it('moves forward with each activity and never back', async () => {
    db = await loggedInClientDb();
    const id = await createBeneficiary(db, { firstName: 'Josiane' });
    expect(await touchLastContact(db, id, '2026-03-01')).toBe(true);
    expect(await touchLastContact(db, id, '2026-02-01')).toBe(false);
    expect(await touchLastContact(db, id, '2026-03-01')).toBe(false);
    expect((await getBeneficiary(db, id))?.lastContactOn).toBe('2026-03-01');
    expect(await touchLastContact(db, id, '2026-03-09')).toBe(true);
    expect((await getBeneficiary(db, id))?.lastContactOn).toBe('2026-03-09');
  });

  it('leaves an unknown or erased file alone', async () => {
    db = await loggedInClientDb();
    const id = await createBeneficiary(db, { firstName: 'Josiane' });
    await erasePersonFile(db, id);
    expect(await touchLastContact(db, id, '2026-03-09')).toBe(false);
    expect(await touchLastContact(db, uuidv7(), '2026-03-09')).toBe(false);
  });
});

describe('exporting a person’s data (right of access)', () => {
  it('holds the file and every record referring to the person, and nothing of anyone else', async () => {
    db = await loggedInClientDb();
    const ids = await twoFiles();
    const data = (await personData(db, ids.josiane))!;
    const exported = buildExport(data, 'Mairie de Nérac', Date.UTC(2026, 2, 10));
    expect(exported).toMatchObject({
      format: 'declic-donnees-personne/1',
      exportedAt: '2026-03-10T00:00:00.000Z',
      structure: 'Mairie de Nérac',
    });
    expect(exported.person).toMatchObject({
      id: ids.josiane,
      firstName: 'Josiane',
      lastName: 'Lavergne',
      phone: '06 12 34 56 78',
      notes: 'Veuve, RDV CARSAT',
    });
    const idsOf = (collection: string) => (exported.records[collection] ?? []).map((r) => r.id).sort();
    expect(idsOf('diagnostics')).toEqual([ids.hers]);
    expect(idsOf('mandates')).toEqual([ids.mandate]);
    expect(idsOf('orientations')).toEqual([ids.orientation]);
    expect(idsOf('accompagnements')).toEqual([ids.session, ids.atelier].sort());
    expect(idsOf('passNumeriques')).toEqual([ids.cheque]);
    expect(exported.records.diagnostics![0]).toMatchObject({
      demarchesNeeded: ['demande-retraite', 'Renouveler la C2S'],
      skills: answers.skills,
    });
    const text = JSON.stringify(exported);
    expect(text).not.toContain('Marmande');
    expect(text).not.toContain(ids.his);
    expect(text).not.toContain('"deleted"');
    // The atelier she attended lists her alone: the other participants' ids never leave the tablet.
    expect(text).not.toContain(ids.karim);
    expect(exported.records.accompagnements!.find((r) => r.id === ids.atelier)).toMatchObject({
      participantIds: [ids.josiane],
      otherParticipants: 1,
    });
  });

  it('names the download without the person’s name', () => {
    expect(exportFileName('0190a000-1234-7000-8000-000000000001', '2026-03-10')).toBe('declic-donnees-0190a000-2026-03-10.json');
  });
});

describe('erasing a file', () => {
  it('erases the person and their own records, keeps her activity anonymous, and leaves others alone', async () => {
    db = await loggedInClientDb();
    const ids = await twoFiles();
    await saveDraft(db, `diagnostic:${ids.josiane}`, { step: 2 });
    await saveDraft(db, `diagnostic:${ids.karim}`, { step: 1 });
    const before = (await readPushBatch(db, 1000)).ops.length;
    await erasePersonFile(db, ids.josiane);

    expect(await personData(db, ids.josiane)).toBeUndefined();
    for (const [collection, id] of [
      ['beneficiaries', ids.josiane],
      ['diagnostics', ids.hers],
      ['mandates', ids.mandate],
    ]) {
      expect(await readRecord(db, collection!, id!), `${collection} ${id}`).toMatchObject({ deleted: true });
    }
    // Her session, orientation, atelier seat and cheque stay, as anonymous activity: a stand-in instead of her.
    const session = (await readRecord(db, 'accompagnements', ids.session))!;
    const standIn = session.beneficiaryId as string;
    expect(standIn).not.toBe(ids.josiane);
    expect(session).toMatchObject({ deleted: false, durationMinutes: 45, place: 'domicile', note: null });
    expect(session.anonymousPeople).toEqual([{ id: standIn, birthYear: 1948, commune: 'Nérac' }]);
    expect(await readRecord(db, 'orientations', ids.orientation)).toMatchObject({ deleted: false, beneficiaryId: standIn, reason: null });
    expect(await readRecord(db, 'accompagnements', ids.atelier)).toMatchObject({ deleted: false, participantIds: [standIn, ids.karim] });
    expect(await readRecord(db, 'passNumeriques', ids.cheque)).toMatchObject({ deleted: false, handedTo: standIn, number: 'A-001' });
    expect((await listDiagnosticsOf(db, ids.karim)).map((d) => d.id)).toEqual([ids.his]);
    expect(await loadDraft(db, `diagnostic:${ids.josiane}`)).toBeUndefined();
    expect(await loadDraft(db, `diagnostic:${ids.karim}`)).toBeDefined();

    // What the endpoint will receive: tombstones and the removed mentions, no personal value of hers left to send.
    const { ops } = await readPushBatch(db, 1000);
    expect(ops.length).toBeGreaterThan(5);
    expect(ops.length).toBeLessThan(before);
    const erased = new Set([ids.josiane, ids.hers, ids.mandate]);
    expect(ops.filter((op) => erased.has(op.recordId)).map((op) => [op.field, op.value])).toEqual(Array(3).fill(['deleted', true]));
    const outbox = JSON.stringify(ops);
    for (const value of ['Josiane', 'Lavergne', '06 12 34 56 78', 'Veuve, RDV CARSAT', 'Réversion', 'A pleuré'])
      expect(outbox).not.toContain(value);
    // Her id goes only with the tombstone of her file: no record that stays still points to her.
    expect(ops.filter((op) => JSON.stringify(op.value).includes(ids.josiane))).toEqual([]);
  });

  it('leaves the statistics as they were: the report already sent does not change', async () => {
    db = await loggedInClientDb();
    const ids = await twoFiles();
    const period = { from: '2026-01-01', to: '2026-12-31' };
    const stats = async () =>
      computeStats(
        {
          accompagnements: await listRecords(db, 'accompagnements'),
          beneficiaries: await listRecords(db, 'beneficiaries'),
          orientations: await listRecords(db, 'orientations'),
          passNumeriques: await listRecords(db, 'passNumeriques'),
        },
        period,
      );
    const before = await stats();
    expect(before.totals).toMatchObject({ people: 2, sessions: 2, orientations: 1, passHandedOut: 1, passPeople: 1 });
    await erasePersonFile(db, ids.josiane);
    expect(await stats()).toEqual(before);
  });

  it('can run again after an interruption, and changes nothing the second time', async () => {
    db = await loggedInClientDb();
    const ids = await twoFiles();
    await erasePersonFile(db, ids.josiane);
    const pending = (await readPushBatch(db, 1000)).ops.length;
    expect(await erasePersonFile(db, ids.josiane)).toBe(0);
    expect((await readPushBatch(db, 1000)).ops.length).toBe(pending);
  });
});
