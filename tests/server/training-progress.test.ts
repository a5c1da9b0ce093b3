// « Se former » on the endpoint: an aidant's finished modules sync like any record, count in their
// coordinator's and the territory's statistics (and the CSV), and can only be written in their own name.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAidant } from '../../src/server/accounts/accounts';
import { statsToCsv } from '../../src/shared/stats/csv';
import { statsResponseSchema, type StatsResponse } from '../../src/shared/stats/report-schema';
import { uuidv7 } from '../../src/shared/schema/ids';
import type { Op } from '../../src/shared/schema/sync';
import { storeKinds } from '../fixtures/postgres';
import { TEST_PASSWORD_COST } from '../fixtures/password-cost';
import { login, seedStructure, Tablet } from '../fixtures/server-api';
import { openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { expectFrenchError } from './expect-error';

const YEAR = 'from=2025-01-01&to=2025-12-31';

/** The ops of one module finished by `aidantId` on `finishedOn`, as the tablet writes them. */
function finished(tablet: Tablet, aidantId: string, moduleId: string, finishedOn: string): Op[] {
  const recordId = uuidv7();
  return Object.entries({ aidantId, moduleId, finishedOn }).map(([field, value]) => ({
    ...tablet.op(recordId, field, value),
    collection: 'trainingProgress',
  }));
}

function trainingSuite(kind: StoreKind) {
  let db: TestDb;
  let server: TestServer;
  const tokens = { coord: '', aidant: '', admin: '', otherCoord: '' };
  let aidantId = '';
  let coordId = '';

  const stats = async (query: string, token: string): Promise<StatsResponse> => {
    const response = await fetch(`${server.url}/api/v1/stats?${query}`, { headers: { Authorization: `Bearer ${token}` } });
    const body: unknown = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(200);
    return statsResponseSchema.parse(body);
  };

  beforeAll(async () => {
    db = await openTestDb(kind);
    server = await startTestServer({ store: db.store, loginLimit: 1000 });
    const coord = await seedStructure(db.store, 'Mairie de Nérac', 'coordinateur');
    const other = await seedStructure(db.store, 'CCAS de Marmande', 'coordinateur');
    const admin = await seedStructure(db.store, 'Département', 'admin');
    const password = 'correct horse battery staple';
    const email = `${randomUUID().slice(0, 8)}@nerac.test`;
    const aidant = await createAidant(
      db.store,
      { structureId: coord.structure.id, email, name: 'Claire Martin', role: 'aidant', password },
      { passwordCost: TEST_PASSWORD_COST },
    );
    aidantId = aidant.id;
    coordId = coord.aidant.id;
    tokens.coord = await login(server.url, coord.email, coord.password);
    tokens.otherCoord = await login(server.url, other.email, other.password);
    tokens.admin = await login(server.url, admin.email, admin.password);
    tokens.aidant = await login(server.url, email, password);
    const aidantTablet = new Tablet(server.url, tokens.aidant);
    await aidantTablet.sync([
      ...finished(aidantTablet, aidantId, 'mandat-et-aidants-connect', '2025-03-14'),
      ...finished(aidantTablet, aidantId, 'reperer-les-arnaques', '2025-04-02'),
      // Finished the year before: not in this year's figures.
      ...finished(aidantTablet, aidantId, 'mener-un-diagnostic', '2024-11-20'),
    ]);
    const coordTablet = new Tablet(server.url, tokens.coord);
    await coordTablet.sync(finished(coordTablet, coordId, 'mandat-et-aidants-connect', '2025-05-06'));
  });
  afterAll(async () => {
    await server?.close();
    await db?.dispose();
  });

  it('counts, for the coordinator, the aidants of their structure trained in the period and the modules they finished', async () => {
    const { report } = await stats(YEAR, tokens.coord);
    expect(report.totals).toMatchObject({ trainedAidants: 2, modulesFinished: 3 });
    const csv = statsToCsv(report, { scopeLabel: 'Mairie de Nérac' });
    expect(csv).toContain('"Aidants formés (au moins un module « Se former » terminé)";2\r\n');
    expect(csv).toContain('"Modules « Se former » terminés";3\r\n');
  });

  it('counts nothing for another structure, and the whole territory for the admin', async () => {
    expect((await stats(YEAR, tokens.otherCoord)).report.totals).toMatchObject({ trainedAidants: 0, modulesFinished: 0 });
    expect((await stats(`${YEAR}&scope=territory`, tokens.admin)).report.totals).toMatchObject({ trainedAidants: 2, modulesFinished: 3 });
    expect((await stats('from=2024-01-01&to=2024-12-31', tokens.coord)).report.totals).toMatchObject({
      trainedAidants: 1,
      modulesFinished: 1,
    });
  });

  it('counts a module finished on two tablets once, and forgets an erased record', async () => {
    const again = new Tablet(server.url, tokens.aidant);
    const ops = finished(again, aidantId, 'reperer-les-arnaques', '2025-06-01');
    await again.sync(ops);
    expect((await stats(YEAR, tokens.coord)).report.totals).toMatchObject({ trainedAidants: 2, modulesFinished: 3 });
    await again.sync([{ ...again.op(ops[0]!.recordId, 'deleted', true), collection: 'trainingProgress' }]);
    expect((await stats(YEAR, tokens.coord)).report.totals).toMatchObject({ trainedAidants: 2, modulesFinished: 3 });
    const gone = finished(again, aidantId, 'jeudi-ecrans', '2025-07-01');
    await again.sync(gone);
    expect((await stats(YEAR, tokens.coord)).report.totals).toMatchObject({ modulesFinished: 4 });
    await again.sync([{ ...again.op(gone[0]!.recordId, 'deleted', true), collection: 'trainingProgress' }]);
    expect((await stats(YEAR, tokens.coord)).report.totals).toMatchObject({ modulesFinished: 3 });
  });

  it('refuses, in French, a module recorded in the name of another aidant', async () => {
    const tablet = new Tablet(server.url, tokens.aidant);
    const answer = await tablet.request({ ops: finished(tablet, coordId, 'jeudi-ecrans', '2025-03-14') });
    expectFrenchError(answer, 403, 'formation_d_un_autre');
    expect((await stats(YEAR, tokens.coord)).report.totals).toMatchObject({ modulesFinished: 3 });
  });
}

describe.each(await storeKinds())('training progress on the endpoint (%s)', trainingSuite);
