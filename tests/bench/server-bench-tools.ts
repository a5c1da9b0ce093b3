// Helpers of the endpoint benchmark: stores to measure, typical ops, raw HTTP exchanges that count bytes on the wire.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync as gunzip, gzipSync } from 'node:zlib';
import pg from 'pg';
import { openPostgresStore } from '../../src/server/store/postgres';
import { openSqliteStore } from '../../src/server/store/sqlite';
import type { Store } from '../../src/server/store/store';
import { HybridClock } from '../../src/shared/hlc';
import { uuidv7 } from '../../src/shared/schema/ids';
import { COMPACT_WIRE, PROTOCOL_VERSION, type CompactSyncResponse, type Op, type SyncResponse } from '../../src/shared/schema/sync';
import { compactOps, expandOps } from '../../src/shared/sync-compact';

export const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh store of `kind`, and how to throw it away. */
export async function benchStore(kind: 'sqlite' | 'postgres'): Promise<{ store: Store; dispose(): Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'declic-bench-'));
    const store = openSqliteStore(join(dir, 'declic.sqlite'));
    await store.migrate();
    return { store, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const store = await openPostgresStore(DATABASE_URL, { schema });
  await store.migrate();
  return {
    store,
    dispose: async () => {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

/** True when the benchmark's PostgreSQL answers. */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const firstNames = ['Marie', 'Jean', 'Fatima', 'Louis', 'Nadia', 'Pierre', 'Yvette', 'Karim', 'Josiane', 'Mohamed'];
const lastNames = ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Garcia', 'Roux', 'Fournier', 'Girard', 'Lambert'];
const communes = ['Casteljaloux', 'Marmande', 'Nérac', 'Agen', 'Tonneins', 'Bouglon', 'Houeillès'];
const notes = [
  'Retraite : dossier de réversion en cours',
  'Actualisation France Travail',
  'Carte Vitale perdue',
  'Demande APL à faire',
  'Pas d’adresse e-mail',
];

/** A device as the app makes it: 22-character clientId, its clock. */
export function benchDevice() {
  const clientId = randomBytes(16).toString('base64url').slice(0, 22);
  const clock = new HybridClock(clientId);
  return { clientId, clock };
}

/**
 * `count` ops of new bénéficiaires with the fields an aidant typically fills: op ids are their stamps, as the
 * app writes them now, or UUIDv7 (`uuidIds`), as it wrote them before (and as a client of the first contract may).
 */
export function typicalOps(clock: HybridClock, count: number, uuidIds = true): Op[] {
  const ops: Op[] = [];
  for (let i = 0; ops.length < count; i++) {
    const recordId = uuidv7();
    const fields: Record<string, unknown> = {
      firstName: firstNames[i % firstNames.length],
      lastName: lastNames[(i * 7) % lastNames.length],
      birthYear: 1935 + (i % 70),
      commune: communes[i % communes.length],
      phone: `06 ${String(10 + (i % 89)).padStart(2, '0')} ${String((i * 37) % 100).padStart(2, '0')} 45 ${String((i * 13) % 100).padStart(2, '0')}`,
      notes: notes[i % notes.length],
      status: 'actif',
    };
    for (const [field, value] of Object.entries(fields)) {
      if (ops.length < count) {
        const hlc = clock.now();
        ops.push({ opId: uuidIds ? uuidv7() : hlc, collection: 'beneficiaries', recordId, field, value, hlc, base: null });
      }
    }
  }
  return ops;
}

/** How a bench client speaks: the first contract's shape, or the compact encoding the app's client uses. */
export type Wire = 'plain' | 'compact';

/** The JSON body of a sync request. */
export function syncBody(clientId: string, cursor: string | null, ops: Op[], wire: Wire = 'plain'): string {
  if (wire === 'plain') return JSON.stringify({ protocol: PROTOCOL_VERSION, clientId, cursor, ops });
  const { clients, records } = compactOps(ops, [clientId]);
  return JSON.stringify({
    protocol: PROTOCOL_VERSION,
    clientId,
    cursor,
    ops: [],
    compact: COMPACT_WIRE,
    ...(clients.length > 1 ? { clients } : {}),
    records,
  });
}

/** A sync answer as the bench needs it: JSON.parse, compact records expanded (the tablet's own checks are not the endpoint's time). */
export function answerOf(body: Buffer): SyncResponse {
  const json = JSON.parse(body.toString()) as SyncResponse & Partial<Pick<CompactSyncResponse, 'compact' | 'clients' | 'records'>>;
  if (json.compact === undefined) return json;
  const { compact: _compact, clients, records, ...answer } = json;
  return { ...answer, ops: [...answer.ops, ...expandOps(records!, clients!)] };
}

/** What went over the wire in one request. */
export interface Exchange {
  status: number;
  sentBytes: number;
  receivedBytes: number;
  body: Buffer;
  ms: number;
}

// Kept-alive connections, as a browser keeps them.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/**
 * POSTs a sync body (gzipped when `gzip`), asking for a gzip answer when `gzip`; counts the body bytes each way.
 * A kept-alive socket the endpoint closed as it was reused (ECONNRESET) is tried once more: a sync is idempotent.
 */
export async function post(url: string, token: string, json: string, gzip: boolean, precompressed?: Buffer): Promise<Exchange> {
  try {
    return await postOnce(url, token, json, gzip, precompressed);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') throw error;
    return postOnce(url, token, json, gzip, precompressed);
  }
}

function postOnce(url: string, token: string, json: string, gzip: boolean, precompressed?: Buffer): Promise<Exchange> {
  const payload = precompressed ?? (gzip ? gzipSync(json) : Buffer.from(json));
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Authorization: `Bearer ${token}`,
    'Content-Length': String(payload.length),
  };
  if (gzip) Object.assign(headers, { 'Content-Encoding': 'gzip', 'Accept-Encoding': 'gzip' });
  const started = performance.now();
  return new Promise((done, fail) => {
    const req = request(`${url}/api/v1/sync`, { method: 'POST', headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = res.headers['content-encoding'] === 'gzip' ? gunzip(raw) : raw;
        done({ status: res.statusCode ?? 0, sentBytes: payload.length, receivedBytes: raw.length, body, ms: performance.now() - started });
      });
    });
    req.on('error', fail);
    req.end(payload);
  });
}
