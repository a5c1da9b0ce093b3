// Erasing a file from a tablet keeps the figures: the person's sessions, orientation and cheque reach the
// endpoint as anonymous activity, and the report of the period is the same before and after, on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { erasePersonFile } from '../../src/app/db/person-file-repository';
import { listRecords, writeFields } from '../../src/app/db/records-repository';
import { syncOnce } from '../../src/app/sync/sync-once';
import { computeStoreStats } from '../../src/server/stats/stats-service';
import { uuidv7 } from '../../src/shared/schema/ids';
import { computeStats } from '../../src/shared/stats/compute';
import { structureWithDevices, transportTo } from '../fixtures/client-accounts';
import { loggedInClientDb } from '../fixtures/client-db';
import { storeKinds } from '../fixtures/postgres';
import { startTestServer, type TestServer } from '../fixtures/test-server';

const YEAR = { from: '2026-01-01', to: '2026-12-31' };

/** The tablet's own figures, from what it holds. */
async function tabletStats(db: DeclicDatabase) {
  const [accompagnements, beneficiaries, orientations, passNumeriques] = await Promise.all(
    ['accompagnements', 'beneficiaries', 'orientations', 'passNumeriques'].map((c) => listRecords(db, c)),
  );
  return computeStats(
    { accompagnements: accompagnements!, beneficiaries: beneficiaries!, orientations: orientations!, passNumeriques: passNumeriques! },
    YEAR,
  );
}

/** Josiane (born 1948, in Nérac) with a session, an atelier with Karim, an orientation and a cheque. */
async function josianesYear(db: DeclicDatabase) {
  const josiane = await createBeneficiary(db, { firstName: 'Josiane', lastName: 'Lavergne', birthYear: 1948, commune: 'Nérac' });
  const karim = await createBeneficiary(db, { firstName: 'Karim', birthYear: 1990, commune: 'Marmande' });
  const session = { place: 'domicile', demarcheIds: ['demande-retraite'], operatorIds: ['carsat'], participantIds: [] };
  await writeFields(db, 'accompagnements', uuidv7(), {
    ...session,
    date: '2026-03-01',
    durationMinutes: 45,
    mode: 'individuel',
    beneficiaryId: josiane,
    note: 'Veuve depuis janvier',
  });
  await writeFields(db, 'accompagnements', uuidv7(), {
    date: '2026-03-03',
    durationMinutes: 90,
    place: 'mairie',
    mode: 'atelier',
    beneficiaryId: null,
    participantIds: [josiane, karim],
    theme: 'Découvrir la tablette',
    demarcheIds: [],
    operatorIds: [],
  });
  await writeFields(db, 'orientations', uuidv7(), {
    beneficiaryId: josiane,
    partnerId: 'carsat-aquitaine',
    date: '2026-03-02',
    outcome: 'en-attente',
    reason: 'Pension de réversion',
    demarcheIds: [],
  });
  await writeFields(db, 'passNumeriques', uuidv7(), {
    number: 'A-001',
    valueCents: 1000,
    status: 'remis',
    handedTo: josiane,
    handedOn: '2026-03-03',
  });
  return josiane;
}

function suite(kind: 'sqlite' | 'postgres') {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ kind });
  });
  afterAll(() => server?.close());

  it('gives the same report before and after the erasure, on the endpoint and on a tablet that pulls afterwards', async () => {
    const { logins } = await structureWithDevices(server.store, 2);
    const structureId = logins[0]!.structure.id;
    const [aidant, newcomer] = await Promise.all(logins.map((login) => loggedInClientDb({ login })));
    const transport = transportTo(server.url);
    const josiane = await josianesYear(aidant!);
    await syncOnce({ db: aidant!, transport });
    const before = await computeStoreStats(server.store, [structureId], YEAR);
    expect(before.totals).toMatchObject({ people: 2, sessions: 2, orientations: 1, passHandedOut: 1, passPeople: 1 });
    expect(await tabletStats(aidant!)).toEqual(before);

    await erasePersonFile(aidant!, josiane);
    await syncOnce({ db: aidant!, transport });
    expect(await computeStoreStats(server.store, [structureId], YEAR)).toEqual(before);
    expect(await tabletStats(aidant!)).toEqual(before);

    await syncOnce({ db: newcomer!, transport });
    expect(await tabletStats(newcomer!)).toEqual(before);
    const list = (collections: string[]) =>
      Promise.all(collections.map((c) => listRecords(newcomer!, c, { includeErased: true }))).then((l) => JSON.stringify(l));
    const held = await list(['beneficiaries', 'accompagnements', 'orientations', 'passNumeriques']);
    for (const value of ['Josiane', 'Lavergne', 'Veuve depuis janvier', 'Pension de réversion']) expect(held).not.toContain(value);
    // Her activity stays, but nothing in it leads back to her file.
    expect(await list(['accompagnements', 'orientations', 'passNumeriques'])).not.toContain(josiane);
    for (const db of [aidant!, newcomer!]) db.close();
  });
}

describe.each(await storeKinds())('erasing a file keeps the figures (%s)', suite);
