// GET /api/v1/stats: a coordinateur reads their structure's figures, an admin the territory's, an aidant
// nothing; figures come from the merged records, with small cells hidden.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveRecords } from '../../src/server/stats/live-records';
import { statsResponseSchema, type StatsResponse } from '../../src/shared/stats/report-schema';
import type { Op } from '../../src/shared/schema/sync';
import { uuidv7 } from '../../src/shared/schema/ids';
import { storeKinds } from '../fixtures/postgres';
import { login, seedStructure, Tablet, type Answer } from '../fixtures/server-api';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';
import { expectFrenchError } from './expect-error';

const YEAR = 'from=2025-01-01&to=2025-12-31';

/** The ops of one record of `collection`, stamped by `tablet`. */
function recordOps(tablet: Tablet, collection: string, fields: Record<string, unknown>, recordId = uuidv7()): Op[] {
  return Object.entries(fields).map(([field, value]) => ({ ...tablet.op(recordId, field, value), collection }));
}

/** `count` people of `commune`, each with one session of 60 minutes in March. */
function peopleWithSessions(tablet: Tablet, count: number, commune: string): Op[] {
  return Array.from({ length: count }, () => {
    const person = uuidv7();
    return [
      ...recordOps(tablet, 'beneficiaries', { firstName: 'Anonyme', commune, birthYear: 1950 }, person),
      ...recordOps(tablet, 'accompagnements', {
        date: '2025-03-14',
        durationMinutes: 60,
        place: 'mairie',
        mode: 'individuel',
        beneficiaryId: person,
        demarcheIds: ['rsa'],
        operatorIds: ['caf'],
        commune,
      }),
    ];
  }).flat();
}

function statsSuite(kind: StoreKind) {
  let db: TestDb;
  let server: TestServer;
  const tokens: Record<'aidantA' | 'coordA' | 'coordB' | 'admin', string> = { aidantA: '', coordA: '', coordB: '', admin: '' };
  const ids = { a: '', b: '', dept: '' };

  const get = async (query: string, token?: string): Promise<Answer> => {
    const response = await fetch(`${server.url}/api/v1/stats?${query}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    return { status: response.status, body: await response.json(), headers: response.headers };
  };
  const stats = async (query: string, token: string): Promise<StatsResponse> => {
    const answer = await get(query, token);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return statsResponseSchema.parse(answer.body);
  };

  beforeAll(async () => {
    db = await openTestDb(kind);
    server = await startTestServer({ store: db.store, loginLimit: 1000 });
    const coordA = await seedStructure(db.store, 'Mairie de Nérac', 'coordinateur');
    const coordB = await seedStructure(db.store, 'CCAS de Marmande', 'coordinateur');
    const admin = await seedStructure(db.store, 'Département', 'admin');
    const aidantA = await seedStructure(db.store, 'Mairie de Nérac bis', 'aidant');
    Object.assign(ids, { a: coordA.structure.id, b: coordB.structure.id, dept: admin.structure.id });
    for (const [key, account] of Object.entries({ coordA, coordB, admin, aidantA })) {
      tokens[key as keyof typeof tokens] = await login(server.url, account.email, account.password);
    }
    const tabletA = new Tablet(server.url, tokens.coordA);
    const erased = recordOps(tabletA, 'accompagnements', { date: '2025-03-20', durationMinutes: 500, mode: 'individuel' });
    await tabletA.sync([...peopleWithSessions(tabletA, 7, 'Nérac'), ...peopleWithSessions(tabletA, 2, 'Bouglon'), ...erased]);
    await tabletA.sync([{ ...tabletA.op(erased[0]!.recordId, 'deleted', true), collection: 'accompagnements' }]);
    const tabletB = new Tablet(server.url, tokens.coordB);
    await tabletB.sync(peopleWithSessions(tabletB, 6, 'Marmande'));
  });
  afterAll(async () => {
    await server?.close();
    await db?.dispose();
  });

  it('refuses an aidant, in French', async () => {
    expectFrenchError(await get(YEAR, tokens.aidantA), 403, 'acces_refuse');
    expectFrenchError(await get(`${YEAR}&scope=territory`, tokens.aidantA), 403, 'acces_refuse');
    // Before any parameter check: a missing or broken period, scope or structure says nothing more.
    for (const query of ['', 'from=2025-13-45&to=hier', `${YEAR}&scope=univers`, `${YEAR}&structure=inconnue`]) {
      expectFrenchError(await get(query, tokens.aidantA), 403, 'acces_refuse');
    }
  });

  it('asks for a login without a token', async () => {
    expectFrenchError(await get(YEAR), 401, 'non_authentifie');
  });

  it('gives a coordinateur their own structure’s figures, an erased session left out', async () => {
    const answer = await stats(YEAR, tokens.coordA);
    expect(answer.scope).toBe('structure');
    expect(answer.structures).toEqual([{ id: ids.a, name: 'Mairie de Nérac' }]);
    expect(answer.report.totals).toMatchObject({ people: 9, sessions: 9, minutes: 540 });
    expect(answer.report.tables.structure).toEqual([]);
  });

  it('refuses a coordinateur the territory or another structure', async () => {
    expectFrenchError(await get(`${YEAR}&scope=territory`, tokens.coordA), 403, 'acces_refuse');
    expectFrenchError(await get(`${YEAR}&structure=${ids.b}`, tokens.coordA), 403, 'acces_refuse');
  });

  it('gives an admin the whole territory, structure by structure', async () => {
    const answer = await stats(YEAR, tokens.admin);
    expect(answer.scope).toBe('territory');
    expect(answer.structures.map((s) => s.id).sort()).toEqual(
      [ids.a, ids.b, ids.dept, answer.structures.find((s) => s.name === 'Mairie de Nérac bis')!.id].sort(),
    );
    expect(answer.report.totals).toMatchObject({ people: 15, sessions: 15, minutes: 900 });
    expect(answer.report.tables.structure.map((r) => [r.key, r.count])).toEqual([
      [ids.a, 9],
      [ids.b, 6],
    ]);
  });

  it('gives an admin one structure when asked', async () => {
    const answer = await stats(`${YEAR}&scope=structure&structure=${ids.b}`, tokens.admin);
    expect(answer.structures).toEqual([{ id: ids.b, name: 'CCAS de Marmande' }]);
    expect(answer.report.totals.sessions).toBe(6);
    expectFrenchError(await get(`${YEAR}&structure=00000000-0000-0000-0000-000000000000`, tokens.admin), 404, 'structure_inconnue');
  });

  it('hides a commune of fewer than 5 people, and the cell that would give it back, both by name', async () => {
    const { report } = await stats(YEAR, tokens.coordA);
    expect(report.suppressed).toBe(true);
    expect(report.tables.commune).toEqual([
      { key: 'Bouglon', people: null, count: null, minutes: null, hidden: 'petit-effectif' },
      { key: 'Nérac', people: null, count: null, minutes: null, hidden: 'secret-secondaire' },
    ]);
  });

  it.each([
    ['from=2025-01-01', 'periode_invalide'],
    ['from=2025-02-30&to=2025-03-01', 'periode_invalide'],
    ['from=2025-03-01&to=2025-01-01', 'periode_invalide'],
    [`${YEAR}&scope=monde`, 'portee_invalide'],
  ])('refuses %s with a 400 in French', async (query, code) => {
    expectFrenchError(await get(query, tokens.admin), 400, code);
  });

  it('reads the winning value of a free-text field whose concurrent loser is kept live', async () => {
    const first = new Tablet(server.url, tokens.coordB);
    const second = new Tablet(server.url, tokens.coordB);
    const cheque = uuidv7();
    await first.sync(recordOps(first, 'passNumeriques', { number: 'A-001', status: 'en-stock', valueCents: 1000 }, cheque));
    const [personX, personY] = [uuidv7(), uuidv7()];
    await first.sync(recordOps(first, 'passNumeriques', { handedTo: personX, status: 'remis' }, cheque));
    await second.sync(recordOps(second, 'passNumeriques', { handedTo: personY, status: 'remis' }, cheque));
    const records = [];
    for await (const page of liveRecords(db.store, ids.b, 'passNumeriques', ['handedTo', 'status'])) records.push(...page);
    const live = await db.query(`SELECT value FROM ops WHERE record_id = '${cheque}' AND field = 'handedTo' AND live ORDER BY hlc`);
    expect(live.map((row) => JSON.parse(String(row.value)))).toEqual([personX, personY]);
    expect(records).toEqual([{ id: cheque, structureId: ids.b, handedTo: personY, status: 'remis' }]);
  });
}

describe.each(await storeKinds())('statistics endpoint (%s)', statsSuite);
