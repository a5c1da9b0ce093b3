// Hostile requests at every route, on both stores: generated bodies, headers and URLs never get a 5xx,
// every refusal is the contract's JSON error with a French message, a refused request changes nothing in
// the database, and the health route answers after each one.
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileShots, send, type RawAnswer, type Shot } from '../fixtures/hostile-requests';
import { storeKinds } from '../fixtures/postgres';
import { login, seedStructure, Tablet } from '../fixtures/server-api';
import { openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { expectErrorShape } from './expect-error';

const RUNS = Number(process.env.ADVERSARIAL_RUNS ?? 1000);

/** What a refused request must leave as it was: the log, the accounts and the devices. */
async function snapshot(db: TestDb): Promise<unknown> {
  return Promise.all([
    db.query('SELECT structure_id, seq, op_id, value, hlc FROM ops ORDER BY structure_id, seq'),
    db.query('SELECT id, last_seq FROM structures ORDER BY id'),
    db.query('SELECT id, email, role FROM aidants ORDER BY id'),
    db.query('SELECT id, revoked_at FROM devices ORDER BY id'),
  ]);
}

function checkAnswer(shot: Shot, answer: RawAnswer): void {
  const where = `${shot.method} ${shot.path}`;
  expect(answer.status, where).toBeLessThan(500);
  if (answer.status < 400 || shot.method === 'HEAD') return;
  let body: unknown;
  expect(() => (body = JSON.parse(answer.text)), `${where} → ${answer.text.slice(0, 80)}`).not.toThrow();
  expectErrorShape({ status: answer.status, body, headers: answer.headers });
}

function adversarialSuite(kind: StoreKind) {
  let db: TestDb;
  let server: TestServer;
  let staticDir: string;
  let tablet: Tablet;
  const tokens = { aidant: '', coordinateur: '', spare: [] as string[] };

  beforeAll(async () => {
    db = await openTestDb(kind);
    staticDir = mkdtempSync(join(tmpdir(), 'declic-hostile-'));
    mkdirSync(join(staticDir, 'assets'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Déclic</title>');
    writeFileSync(join(staticDir, 'assets', 'app-1.js'), 'export {};');
    server = await startTestServer({ store: db.store, staticDir, loginLimit: 100_000 });
    const aidant = await seedStructure(db.store, 'Maison France services de Lavardac');
    const coordinateur = await seedStructure(db.store, 'Mairie de Barbaste', 'coordinateur');
    tokens.aidant = await login(server.url, aidant.email, aidant.password);
    tokens.coordinateur = await login(server.url, coordinateur.email, coordinateur.password);
    for (let i = 0; i < 3; i++) tokens.spare.push(await login(server.url, aidant.email, aidant.password));
    tablet = new Tablet(server.url, tokens.aidant);
    await tablet.sync(tablet.newBeneficiary().ops);
  });
  afterAll(async () => {
    await server?.close();
    await db?.dispose();
    rmSync(staticDir, { recursive: true, force: true });
  });

  it('answers every hostile request without a 5xx, in the JSON error shape, leaves the database as it was, and stays up', async () => {
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(hostileShots(tablet, tokens), async (shot) => {
        const before = await snapshot(db);
        const answer = await send(server.url, shot);
        checkAnswer(shot, answer);
        if (answer.status >= 400) expect(await snapshot(db), `${shot.method} ${shot.path} → ${answer.status}`).toEqual(before);
        const health = await fetch(`${server.url}/api/health`);
        expect(health.status).toBe(200);
        const route = shot.path.split('?')[0]!.startsWith('/api/') ? shot.path.split('?')[0]! : 'ailleurs';
        seen.set(`${route} ${answer.status}`, (seen.get(`${route} ${answer.status}`) ?? 0) + 1);
      }),
      { numRuns: RUNS },
    );
    // The generators reach the routes' refusals and their successes, not only the 404s.
    const statuses = [...seen.keys()];
    for (const expected of ['/api/v1/sync 200', '/api/v1/sync 400', '/api/v1/auth/login 400', '/api/health 200', '/api/v1/stats 403']) {
      expect(statuses, statuses.join(', ')).toContain(expected);
    }
  }, 120_000);
}

describe.each(await storeKinds())('hostile requests (%s)', adversarialSuite);
