// `npm run admin -- import-partners`, run as an administrator would, on SQLite and PostgreSQL: the partners of
// the two open data standards reach the tablets; imported again, nothing changes; a newer date_maj updates
// what nobody touched, and a coordinator's correction made on a tablet since stays.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importedPartnerId } from '../../src/shared/directory/partner-ids';
import { uuidv7 } from '../../src/shared/schema/ids';
import type { Op, SyncResponse } from '../../src/shared/schema/sync';
import { openPostgresStore } from '../../src/server/store/postgres';
import { openSqliteStore } from '../../src/server/store/sqlite';
import type { Store } from '../../src/server/store/store';
import { signedIn } from '../fixtures/admin-api';
import { assertPostgresReachable, dropSchema, freshSchemaName, storeKinds, TEST_DATABASE_URL } from '../fixtures/postgres';
import { seedStructure, Tablet, type Answer } from '../fixtures/server-api';
import type { StoreKind } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';

vi.setConfig({ testTimeout: 120_000 });

const LIEUX = 'tests/fixtures/directories/lieux-47.csv';
const DATA_INCLUSION = 'tests/fixtures/directories/data-inclusion-47.json';

function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli/admin.ts', ...args],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Every op a tablet pulls from scratch, its structure's log and the territory's. */
async function pullEverything(tablet: Tablet): Promise<Op[]> {
  const ops: Op[] = [];
  let cursor: string | null = null;
  let territoryCursor: string | null = null;
  for (;;) {
    const answer: Answer<SyncResponse> = await tablet.request<SyncResponse>({ cursor, territoryCursor });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    ops.push(...answer.body.ops);
    cursor = answer.body.cursor;
    territoryCursor = answer.body.territoryCursor ?? null;
    if (!answer.body.more) return ops;
  }
}

/** The merged value of each field of one record, from pulled ops. */
function recordOf(ops: Op[], recordId: string): Record<string, unknown> {
  const fields: Record<string, { value: unknown; hlc: string }> = {};
  for (const op of ops.filter((o) => o.recordId === recordId)) {
    if (!fields[op.field] || fields[op.field]!.hlc < op.hlc) fields[op.field] = { value: op.value, hlc: op.hlc };
  }
  return Object.fromEntries(Object.entries(fields).map(([field, { value }]) => [field, value]));
}

function importSuite(kind: StoreKind) {
  const dir = mkdtempSync(join(tmpdir(), 'declic-import-'));
  const schema = freshSchemaName();
  const env: Record<string, string> =
    kind === 'sqlite' ? { DATA_DIR: dir, DATABASE_URL: '' } : { DATA_DIR: dir, DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema };
  const admin = (...args: string[]) => run(args, env);
  let store: Store;
  let server: TestServer;

  beforeAll(async () => {
    if (kind === 'postgres') await assertPostgresReachable();
    store = kind === 'sqlite' ? openSqliteStore(join(dir, 'declic.sqlite')) : await openPostgresStore(TEST_DATABASE_URL, { schema });
    await store.migrate();
    server = await startTestServer({ store, loginLimit: 1000 });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
    if (kind === 'postgres') await dropSchema(schema);
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports the Lieux CSV for the territory, again unchanged, then a newer date_maj without undoing a tablet’s edit', async () => {
    const first = await admin('import-partners', '--format', 'lieux', '--file', LIEUX);
    expect(first, first.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain('ajoutés 4, mis à jour 0, inchangés 0, refusés 5');
    expect(first.stdout).toContain('ligne 7 : champ obligatoire « adresse » vide');
    expect(first.stdout).toContain('ligne 8 : date_maj invalide : « 12/03/2024 » (date AAAA-MM-JJ attendue)');
    expect(first.stdout).toContain('ligne 9 : code_postal invalide : « 475OO » (5 chiffres attendus)');

    // Every structure's tablets get them, as partners of the territory.
    const mezin = await seedStructure(store, 'Mairie de Mézin');
    const aidant = new Tablet(server.url, (await signedIn(store, server.url, mezin.structure.id, 'aidant')).token);
    const neracId = await importedPartnerId({ territory: true }, 'lieux', 'lieu-nerac-fs');
    const pulled = recordOf(await pullEverything(aidant), neracId);
    expect(pulled).toMatchObject({
      name: 'France services de Nérac',
      territory: true,
      source: 'lieux',
      sourceId: 'lieu-nerac-fs',
      sourceUpdatedOn: '2024-02-01',
      phone: '05 53 97 55 55',
      openingHours: 'Mo-Th 08:30-12:30,13:30-17:00; Fr 08:30-12:30',
    });

    const again = await admin('import-partners', '--format', 'lieux', '--file', LIEUX, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, updated: 0, unchanged: 4, territory: true });

    // An admin corrects Nérac's phone on their tablet; then the directory publishes new hours and a new phone.
    const adminTablet = new Tablet(server.url, (await signedIn(store, server.url, mezin.structure.id, 'admin')).token);
    const before = await pullEverything(adminTablet);
    for (const op of before) adminTablet.clock.receive(op.hlc);
    const phoneStamp = before.filter((op) => op.recordId === neracId && op.field === 'phone').at(-1)!.hlc;
    const edit: Op = {
      opId: uuidv7(),
      collection: 'localPartners',
      recordId: neracId,
      field: 'phone',
      value: '05 53 97 55 00',
      hlc: adminTablet.clock.now(),
      base: phoneStamp,
    };
    expect((await adminTablet.request({ ops: [edit], territoryCursor: null })).status).toBe(200);
    const newer = join(dir, 'lieux-newer.csv');
    writeFileSync(
      newer,
      readFileSync(LIEUX, 'utf8')
        .replace('+33553975555', '+33553970000')
        .replace('Mo-Th 08:30-12:30,13:30-17:00; Fr 08:30-12:30', 'Mo-Fr 08:30-12:30')
        .replace(/2024-02-01/, '2024-06-01'),
    );
    const third = await admin('import-partners', '--format', 'lieux', '--file', newer);
    expect(third.stdout).toContain('ajoutés 0, mis à jour 1, inchangés 3, refusés 5');
    expect(third.stdout).toContain('Modifications faites sur les tablettes gardées : 1');
    const after = recordOf(await pullEverything(aidant), neracId);
    expect(after).toMatchObject({ phone: '05 53 97 55 00', openingHours: 'Mo-Fr 08:30-12:30', sourceUpdatedOn: '2024-06-01' });
  });

  it('imports data·inclusion for one structure, in the zone, and only that structure’s tablets get it', async () => {
    const nerac = await seedStructure(store, 'France services de Nérac');
    const other = await seedStructure(store, 'Mairie de Lavardac');
    const result = await admin(
      'import-partners',
      '--format',
      'data-inclusion',
      '--file',
      DATA_INCLUSION,
      '--structure',
      nerac.structure.id,
      '--zone',
      '47',
    );
    expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('ajoutés 4, mis à jour 0, inchangés 0, refusés 4 (hors zone : 2)');
    expect(result.stdout).toContain('ligne 370 : service : champ obligatoire « description » vide');
    const cafId = await importedPartnerId({ territory: false, structureId: nerac.structure.id }, 'data-inclusion', 'dora--caf-47-agen');
    const inNerac = await pullEverything(new Tablet(server.url, (await signedIn(store, server.url, nerac.structure.id, 'aidant')).token));
    expect(recordOf(inNerac, cafId)).toMatchObject({
      territory: false,
      services: ['Rendez-vous avec un conseiller CAF', 'Point numérique CAF'],
      sourceUpdatedOn: '2025-02-03',
    });
    const inOther = await pullEverything(new Tablet(server.url, (await signedIn(store, server.url, other.structure.id, 'aidant')).token));
    expect(inOther.map((op) => op.recordId)).not.toContain(cafId);
  });

  it('says what is wrong in French: format, zone, file, structure', async () => {
    const [format, zone, missing, structure] = await Promise.all([
      admin('import-partners', '--format', 'osm', '--file', LIEUX),
      admin('import-partners', '--format', 'data-inclusion', '--file', DATA_INCLUSION, '--zone', 'Agen'),
      admin('import-partners', '--format', 'lieux', '--file', join(dir, 'absent.csv')),
      admin('import-partners', '--format', 'lieux', '--file', DATA_INCLUSION),
    ]);
    expect(format).toMatchObject({ code: 2, stderr: expect.stringContaining('Format inconnu : osm') });
    expect(zone).toMatchObject({ code: 2, stderr: expect.stringContaining('Zone invalide : Agen') });
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('Fichier illisible ou introuvable') });
    expect(structure).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Ce n’est pas un fichier « Lieux de médiation numérique »'),
    });
  });
}

describe.each(await storeKinds())('npm run admin -- import-partners (%s)', importSuite);
