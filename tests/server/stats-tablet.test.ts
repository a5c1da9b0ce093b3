// The endpoint's statistics equal the tablet's on the same data: records made on two tablets through
// the real repositories, synced to a real endpoint, computed on each side by the same shared code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseAccompagnement, logAtelier, logSession } from '../../src/app/db/accompagnements-repository';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { createOrientation, setOrientationOutcome } from '../../src/app/db/orientations-repository';
import { addBooklet, handOutCheque, markChequeUsed } from '../../src/app/db/pass-numeriques-repository';
import { structureStats } from '../../src/app/features/activity/dashboard/structure-stats';
import { syncOnce } from '../../src/app/sync/sync-once';
import { computeStoreStats } from '../../src/server/stats/stats-service';
import { statsResponseSchema } from '../../src/shared/stats/report-schema';
import { suppressSmallCells } from '../../src/shared/stats/suppression';
import type { LoginResponse } from '../../src/shared/schema/auth';
import { transportTo } from '../fixtures/client-accounts';
import { loggedInClientDb } from '../fixtures/client-db';
import { storeKinds } from '../fixtures/postgres';
import { login, seedStructure } from '../fixtures/server-api';
import { openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';

const period = { from: '2025-01-01', to: '2025-12-31' };
const communes = ['Nérac', 'nerac', 'Agen', 'Bouglon', null];

/** A morning's work on one tablet: people, sessions, an atelier, orientations, cheques. */
async function fieldWork(db: DeclicDatabase): Promise<string[]> {
  const people: string[] = [];
  for (let i = 0; i < 14; i++)
    people.push(await createBeneficiary(db, { firstName: `P${i}`, commune: communes[i % 5]!, birthYear: 1940 + i * 5 }));
  const sessions: string[] = [];
  for (const [i, person] of people.entries()) {
    sessions.push(
      await logSession(db, {
        beneficiaryId: person,
        date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-1${i % 10}`,
        durationMinutes: 20 + i * 5,
        place: (['domicile', 'mairie', 'france-services', 'a-distance'] as const)[i % 4]!,
        demarcheIds: i % 3 ? ['rsa', 'prime-activite'] : ['demande-retraite'],
        operatorIds: i % 3 ? ['caf'] : ['assurance-retraite'],
        autonomyObserved: (['pas-a-pas', 'aide-ponctuelle', 'autonome', null] as const)[i % 4],
      }),
    );
  }
  await logAtelier(db, {
    date: '2025-05-06',
    durationMinutes: 120,
    place: 'france-services',
    participantIds: people.slice(0, 9),
    demarcheIds: [],
    operatorIds: [],
    theme: 'Courriel',
  });
  await logSession(db, {
    beneficiaryId: people[0]!,
    date: '2024-12-31',
    durationMinutes: 30,
    place: 'mairie',
    demarcheIds: [],
    operatorIds: [],
  });
  for (const [i, person] of people.slice(0, 8).entries()) {
    const id = await createOrientation(db, {
      beneficiaryId: person,
      partnerId: i % 2 ? 'caf-47' : 'cpam-47',
      date: `2025-0${1 + i}-02`,
      reason: 'Dossier',
    });
    if (i % 3 === 1) await setOrientationOutcome(db, id, 'recue', `2025-0${2 + i}-01`);
  }
  const cheques = await addBooklet(db, { bookletNumber: 'C-1', firstNumber: '001', count: 10, expiresOn: '2026-06-30' });
  for (const [i, person] of people.slice(0, 6).entries())
    await handOutCheque(db, cheques[i]!, { beneficiaryId: person, handedOn: '2025-05-06', atelier: 'Courriel' });
  await markChequeUsed(db, cheques[0]!, '2025-06-01');
  return sessions;
}

function equalitySuite(kind: StoreKind) {
  let db: TestDb;
  let server: TestServer;
  let counter: DeclicDatabase;
  let token: string;
  let structureId: string;

  beforeAll(async () => {
    db = await openTestDb(kind);
    server = await startTestServer({ store: db.store, loginLimit: 1000 });
    const account = await seedStructure(db.store, 'France services de Nérac', 'coordinateur');
    structureId = account.structure.id;
    const loginAs = async (): Promise<LoginResponse> => ({
      token: await login(server.url, account.email, account.password),
      aidant: { id: account.aidant.id, email: account.aidant.email, name: account.aidant.name, role: 'coordinateur', structureId },
      structure: { id: structureId, name: account.structure.name },
    });
    const first = await loginAs();
    token = first.token;
    counter = await loggedInClientDb({ login: first });
    const car = await loggedInClientDb({ login: await loginAs() });
    const transport = transportTo(server.url);
    const sessions = await fieldWork(counter);
    await fieldWork(car);
    await syncOnce({ db: car, transport });
    await syncOnce({ db: counter, transport });
    // A session logged by mistake is deleted on the other tablet: it leaves both figures.
    await eraseAccompagnement(car, sessions[3]!);
    await syncOnce({ db: car, transport });
    await syncOnce({ db: counter, transport });
  });
  afterAll(async () => {
    await server?.close();
    await db?.dispose();
  });

  it('computes exactly the tablet’s figures from the endpoint’s merged records', async () => {
    const onTablet = await structureStats(counter, period);
    expect(onTablet.totals.sessions).toBe(2 * 14 + 2 - 1);
    expect(await computeStoreStats(db.store, [structureId], period)).toEqual(onTablet);
  });

  it('answers GET /api/v1/stats with the tablet’s figures, small cells hidden the same way', async () => {
    const response = await fetch(`${server.url}/api/v1/stats?from=${period.from}&to=${period.to}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const answer = statsResponseSchema.parse(await response.json());
    expect(answer.report).toEqual(suppressSmallCells(await structureStats(counter, period)));
    expect(answer.report.tables.commune.some((row) => row.hidden)).toBe(true);
  });
}

describe.each(await storeKinds())('endpoint statistics = tablet statistics (%s)', equalitySuite);
