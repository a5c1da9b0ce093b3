// GET /api/v1/exports/coop: the demo's accompaniments in La Coop's vocabulary, read back from the CSV, the
// JSON and the Excel workbook, and checked value by value against the Coop's enumerations; a coordinateur
// exports their structure, an admin the territory or one structure, an aidant nothing; no name, phone,
// e-mail or note in it.
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOps } from '../../src/server/cli/demo-ops';
import { DEMO_PEOPLE } from '../../src/server/cli/demo-people';
import { loadContentPack } from '../../src/server/content-pack/load-pack';
import { writeOps } from '../../src/server/sync/sync-service';
import { coopExportJsonSchema } from '../../src/shared/coop/export-schema';
import { COOP_SHEET_NAME, XLSX_MEDIA_TYPE } from '../../src/shared/coop/xlsx-export';
import { autonomieOfLevel } from '../../src/shared/coop/mapping';
import { coopAutonomies } from '../../src/shared/coop/vocabulary';
import { HybridClock } from '../../src/shared/hlc';
import { uuidv7 } from '../../src/shared/schema/ids';
import { readCoopCsv, readCoopTable } from '../fixtures/coop-csv';
import { storeKinds } from '../fixtures/postgres';
import { login, seedStructure, Tablet, type Answer } from '../fixtures/server-api';
import { openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { expectFrenchError } from './expect-error';

const today = new Date().toISOString().slice(0, 10);
const PERIOD = `from=2020-01-01&to=${today}`;
const pack = loadContentPack(resolve('src/content'));
const demo = demoOps(
  new HybridClock('demo-declic'),
  Date.now(),
  'Camille Martin (démo)',
  new Map(pack.demarches.map((d) => [d.id, d.operator])),
);
const demoSessions = demo.ops.filter((op) => op.collection === 'accompagnements');
/** One row per person helped: a session each, and one per participant of an atelier. */
const demoRows = new Set(demoSessions.map((op) => op.recordId)).size - 2 + 2 * 6;

function exportSuite(kind: StoreKind) {
  let db: TestDb;
  let server: TestServer;
  const tokens = { aidant: '', coordA: '', coordB: '', admin: '' };
  const ids = { a: '', b: '' };

  const get = async (query: string, token?: string): Promise<Answer<unknown> & { text: string }> => {
    const response = await fetch(`${server.url}/api/v1/exports/coop?${query}`, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
    // Kept as sent: the BOM is part of what is checked.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    let body: unknown = text;
    if (response.headers.get('content-type')?.startsWith('application/json')) body = JSON.parse(text);
    return { status: response.status, body, headers: response.headers, text };
  };

  beforeAll(async () => {
    db = await openTestDb(kind);
    server = await startTestServer({ store: db.store, loginLimit: 1000 });
    const coordA = await seedStructure(db.store, 'Mairie de Casteljaloux', 'coordinateur');
    const coordB = await seedStructure(db.store, 'CCAS de Marmande', 'coordinateur');
    const admin = await seedStructure(db.store, 'Département', 'admin');
    const aidant = await seedStructure(db.store, 'Mairie de Nérac', 'aidant');
    Object.assign(ids, { a: coordA.structure.id, b: coordB.structure.id });
    for (const [key, account] of Object.entries({ coordA, coordB, admin, aidant })) {
      tokens[key as keyof typeof tokens] = await login(server.url, account.email, account.password);
    }
    const caller = { structureId: ids.a, aidantId: coordA.aidant.id, deviceId: 'demo' };
    await writeOps(db.store, caller, 'demo-declic', demo.ops);
    const tabletB = new Tablet(server.url, tokens.coordB);
    const session = uuidv7();
    const fields = {
      date: today,
      durationMinutes: 45,
      place: 'a-distance',
      mode: 'individuel',
      demarcheIds: [],
      genre: 'feminin',
      note: 'Note privée',
    };
    await tabletB.sync(
      Object.entries(fields).map(([field, value]) => ({ ...tabletB.op(session, field, value), collection: 'accompagnements' })),
    );
  });
  afterAll(async () => {
    await server?.close();
    await db?.dispose();
  });

  it('refuses an aidant before reading any parameter, and asks for a login without a token', async () => {
    for (const query of [PERIOD, '', `${PERIOD}&format=pdf`, `${PERIOD}&structure=inconnue`]) {
      expectFrenchError(await get(query, tokens.aidant), 403, 'acces_refuse');
    }
    expectFrenchError(await get(PERIOD), 401, 'non_authentifie');
  });

  it('gives a coordinateur the demo as a CSV whose every value is one of La Coop’s', async () => {
    const answer = await get(PERIOD, tokens.coordA);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(answer.headers.get('content-disposition')).toMatch(/attachment; filename="coop-declic-2020-01-01-au-/);
    const { rows, problems } = readCoopCsv(answer.text);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(demoRows);
    expect(rows.filter((r) => r.type === 'collectif')).toHaveLength(12);
    // Every demo file has a birth year: each participant of an atelier is in an age band, as La Coop derives it.
    expect(rows.filter((r) => r.type === 'collectif' && r.trancheAge === 'non_communique')).toEqual([]);
    // Every démarche of the demo is administrative help, with its administrative thematiques beside it.
    for (const row of rows.filter((r) => r.type === 'individuel')) expect(row.thematiques).toContain('aide_aux_demarches_administratives');
    expect(new Set(rows.map((r) => r.trancheAge)).size).toBeGreaterThan(2);
    expect(rows.some((r) => r.occupation === 'retraite' && r.materiel.includes('tablette'))).toBe(true);
  });

  it('gives the same activities as JSON shaped like La Coop’s API, the CSV and the JSON agreeing', async () => {
    const csv = readCoopCsv((await get(PERIOD, tokens.coordA)).text).rows;
    const answer = await get(`${PERIOD}&format=json`, tokens.coordA);
    expect(answer.status).toBe(200);
    const { data } = coopExportJsonSchema.parse(answer.body);
    expect(data.reduce((sum, a) => sum + a.attributes.accompagnements, 0)).toBe(csv.length);
    for (const { id, attributes: a } of data) {
      const rows = csv.filter((r) => r.id === id);
      expect(rows).toHaveLength(a.accompagnements);
      const level = a.autonomie ? `${coopAutonomies.indexOf(a.autonomie) + 1}/3` : a.niveau_atelier ? '1/3' : '';
      expect(rows[0]).toMatchObject({ date: a.date, type: a.type, typeLieu: a.type_lieu, duree: a.duree, niveau: level });
      expect(rows[0]!.thematiques).toEqual(a.thematiques);
      expect(rows[0]!.materiel).toEqual(a.materiel);
      expect(a.beneficiaires.tranches_age[rows[0]!.trancheAge as 'non_communique']).toBeGreaterThan(0);
      expect(a.structure_id).toBe(a.type_lieu === 'lieu_activite' ? ids.a : null);
    }
    expect(Object.values(autonomieOfLevel).some((value) => data.some((d) => d.attributes.autonomie === value))).toBe(true);
  });

  it('holds no name, phone, e-mail or note of the demo people', async () => {
    const texts = [(await get(PERIOD, tokens.coordA)).text, (await get(`${PERIOD}&format=json`, tokens.coordA)).text];
    for (const person of DEMO_PEOPLE) {
      const personal = [person.firstName, person.lastName, person.notes, person.contact.phone, person.contact.email];
      for (const value of personal.filter((v): v is string => Boolean(v))) {
        for (const text of texts) expect(text).not.toContain(value);
      }
    }
  });

  it('refuses a coordinateur another structure, gives an admin the territory or one structure', async () => {
    expectFrenchError(await get(`${PERIOD}&structure=${ids.b}`, tokens.coordA), 403, 'acces_refuse');
    const territory = coopExportJsonSchema.parse((await get(`${PERIOD}&format=json`, tokens.admin)).body).data;
    expect(territory).toHaveLength(new Set(demoSessions.map((op) => op.recordId)).size + 1);
    const onlyB = coopExportJsonSchema.parse((await get(`${PERIOD}&format=json&structure=${ids.b}`, tokens.admin)).body).data;
    expect(onlyB.map((a) => a.attributes)).toMatchObject([
      { type: 'individuel', type_lieu: 'a_distance', duree: 45, beneficiaires: { genres: { feminin: 1 } } },
    ]);
    expect(JSON.stringify(onlyB)).not.toContain('Note privée');
  });

  it('gives the same rows as an Excel workbook, every value one of La Coop’s, no cell a formula', async () => {
    const response = await fetch(`${server.url}/api/v1/exports/coop?${PERIOD}&format=xlsx`, {
      headers: { Authorization: `Bearer ${tokens.coordA}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_MEDIA_TYPE);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="coop-declic-2020-01-01-au-.*\.xlsx"/);
    const workbook = Buffer.from(await response.arrayBuffer());
    const sheets = await readXlsxFile(workbook);
    expect(sheets.map((s) => s.sheet)).toEqual([COOP_SHEET_NAME]);
    const [header, ...lines] = sheets[0]!.data.map((row) => row.map((cell) => (cell === null ? '' : String(cell))));
    const { rows, problems } = readCoopTable(header ?? [], lines);
    expect(problems).toEqual([]);
    expect(rows).toEqual(readCoopCsv((await get(PERIOD, tokens.coordA)).text).rows);
    expect(sheets[0]!.data.flat().filter((cell) => typeof cell === 'number').length).toBeGreaterThanOrEqual(demoRows);
    // Text is stored as text: a sheet holding a formula has an <f> element.
    expect(unzipSync(workbook)['xl/worksheets/sheet1.xml']).toBeDefined();
    expect(strFromU8(unzipSync(workbook)['xl/worksheets/sheet1.xml']!)).not.toContain('<f>');
  });

  it('answers a bad period or format in French', async () => {
    expectFrenchError(await get('from=2025-13-45&to=hier', tokens.coordA), 400, 'periode_invalide');
    expectFrenchError(await get(`${PERIOD}&format=pdf`, tokens.coordA), 400, 'format_invalide');
  });
}

describe.each(await storeKinds())('Coop export on %s', (kind) => exportSuite(kind));
