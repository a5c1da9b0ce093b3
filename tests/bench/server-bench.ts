// Endpoint benchmark on SQLite and PostgreSQL: push throughput, latency under 50 clients, bytes per op, round trips.
// The endpoint runs in this process (a real HTTP server on 127.0.0.1); request times exclude the client's own work.
// Run: node --import tsx tests/bench/server-bench.ts
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { createAidant, createStructure } from '../../src/server/accounts/accounts';
import { hashToken, newDeviceToken } from '../../src/server/accounts/tokens';
import type { Store } from '../../src/server/store/store';
import { PUSH_BATCH_SIZE } from '../../src/shared/schema/sync';
import { startTestServer } from '../fixtures/test-server';
import { percentile } from './bench-figures';
import { answerOf, benchDevice, benchStore, post, postgresAvailable, syncBody, typicalOps, type Wire } from './server-bench-tools';
import { SLOW_3G, startSlowLink } from './slow-link';

const THROUGHPUT_BATCHES = 40;
const CLIENTS = 50;
const ROUNDS = 20;
const TRANSFER_OPS = 10_000;

type Figures = Record<string, number | string>;

/** A device of a new structure, registered straight in the store (login's scrypt is not what is measured). */
async function newStructureDevices(store: Store, count: number) {
  const structure = await createStructure(store, `Banc ${randomUUID().slice(0, 6)}`);
  const aidant = await createAidant(store, {
    structureId: structure.id,
    email: `${randomUUID()}@banc.test`,
    name: 'Banc',
    role: 'aidant',
    password: 'mesure-du-serveur-47',
  });
  return Promise.all(
    Array.from({ length: count }, async () => {
      const token = newDeviceToken();
      await store.createDevice({
        id: randomUUID(),
        aidantId: aidant.id,
        structureId: structure.id,
        name: 'banc',
        tokenHash: hashToken(token),
        createdAt: Date.now(),
        lastSeenAt: null,
        revokedAt: null,
        revokedBy: null,
      });
      return { token, ...benchDevice(), cursor: null as string | null };
    }),
  );
}

async function throughput(url: string, store: Store): Promise<Figures> {
  const [device] = await newStructureDevices(store, 1);
  let busyMs = 0;
  for (let batch = -2; batch < THROUGHPUT_BATCHES; batch++) {
    const ops = typicalOps(device!.clock, 500);
    const compressed = gzipSync(syncBody(device!.clientId, device!.cursor, ops));
    const exchange = await post(url, device!.token, '', true, compressed);
    if (exchange.status !== 200) throw new Error(`push ${exchange.status}: ${exchange.body.toString()}`);
    device!.cursor = answerOf(exchange.body).cursor;
    if (batch >= 0) busyMs += exchange.ms; // two warm-up batches are not counted
  }
  return { 'push ops/s (batches of 500)': Math.round((THROUGHPUT_BATCHES * 500) / (busyMs / 1000)) };
}

/**
 * CLIENTS tablets spread over `structures` structures, all syncing at once: push 5 ops + pull, ROUNDS times each,
 * speaking the first contract's shape (UUID op ids) or the app's compact encoding.
 */
export async function latency(url: string, store: Store, structures: number, wire: Wire = 'plain', rounds = ROUNDS): Promise<Figures> {
  const groups = await Promise.all(Array.from({ length: structures }, () => newStructureDevices(store, CLIENTS / structures)));
  const times: number[] = [];
  const started = performance.now();
  let requests = 0;
  let firstRound = 0;
  await Promise.all(
    groups.flat().map(async (device) => {
      for (let round = 0; round < rounds; round++) {
        const ops = typicalOps(device.clock, 5, wire === 'plain');
        const exchange = await post(url, device.token, syncBody(device.clientId, device.cursor, ops, wire), true);
        if (exchange.status !== 200) throw new Error(`sync ${exchange.status}`);
        device.cursor = answerOf(exchange.body).cursor;
        requests += 1;
        times.push(exchange.ms);
        if (round === 0) firstRound = Math.max(firstRound, exchange.ms);
      }
    }),
  );
  const where = `${structures === 1 ? '1 structure' : `${structures} structures`}${wire === 'compact' ? ', app client compact' : ''}`;
  return {
    [`sync p50 ms (${CLIENTS} clients, ${where})`]: Number(percentile(times, 50).toFixed(1)),
    [`sync p99 ms (${CLIENTS} clients, ${where})`]: Number(percentile(times, 99).toFixed(1)),
    [`sync first round, slowest ms, in p99 (${CLIENTS} clients, ${where})`]: Math.round(firstRound),
    [`sync requests/s (${CLIENTS} clients, ${where})`]: Math.round(requests / ((performance.now() - started) / 1000)),
  };
}

/** Pulls everything from scratch; returns round trips, ops and body bytes received. */
async function pullAll(
  url: string,
  device: { token: string; clientId: string; cursor: string | null },
  gzip: boolean,
  wire: Wire = 'plain',
) {
  let trips = 0;
  let ops = 0;
  let bytes = 0;
  for (let more = true; more; trips++) {
    const exchange = await post(url, device.token, syncBody(device.clientId, device.cursor, [], wire), gzip);
    const answer = answerOf(exchange.body);
    [device.cursor, more, ops, bytes] = [answer.cursor, answer.more, ops + answer.ops.length, bytes + exchange.receivedBytes];
  }
  return { trips, ops, bytes };
}

export async function transfer(url: string, store: Store): Promise<Figures> {
  const [writer, gzipReader, rawReader] = await newStructureDevices(store, 3);
  const ops = typicalOps(writer!.clock, TRANSFER_OPS);
  let [pushTrips, rawSent, gzipSent, pushReceived] = [0, 0, 0, 0];
  for (let i = 0; i < ops.length; i += PUSH_BATCH_SIZE, pushTrips++) {
    const json = syncBody(writer!.clientId, writer!.cursor, ops.slice(i, i + PUSH_BATCH_SIZE));
    const exchange = await post(url, writer!.token, json, true);
    writer!.cursor = answerOf(exchange.body).cursor;
    [rawSent, gzipSent, pushReceived] = [
      rawSent + Buffer.byteLength(json),
      gzipSent + exchange.sentBytes,
      pushReceived + exchange.receivedBytes,
    ];
  }
  const gzipPull = await pullAll(url, gzipReader!, true);
  const rawPull = await pullAll(url, rawReader!, false);
  if (gzipPull.ops !== TRANSFER_OPS || rawPull.ops !== TRANSFER_OPS)
    throw new Error(`pulled ${gzipPull.ops}/${rawPull.ops} of ${TRANSFER_OPS} ops`);
  return {
    'push bytes/op raw JSON': Math.round(rawSent / TRANSFER_OPS),
    'push bytes/op gzip': Math.round(gzipSent / TRANSFER_OPS),
    'pull bytes/op raw JSON': Math.round(rawPull.bytes / TRANSFER_OPS),
    'pull bytes/op gzip': Math.round(gzipPull.bytes / TRANSFER_OPS),
    [`round trips to push ${TRANSFER_OPS} ops`]: pushTrips,
    [`round trips to pull ${TRANSFER_OPS} ops from scratch`]: gzipPull.trips,
  };
}

/** Bytes per op of the app's own client: op ids are stamps, pushed and pulled in the compact encoding. */
export async function appClientTransfer(url: string, store: Store): Promise<Figures> {
  const [writer, gzipReader, rawReader] = await newStructureDevices(store, 3);
  const ops = typicalOps(writer!.clock, TRANSFER_OPS, false);
  let [rawSent, gzipSent] = [0, 0];
  for (let i = 0; i < ops.length; i += PUSH_BATCH_SIZE) {
    const json = syncBody(writer!.clientId, writer!.cursor, ops.slice(i, i + PUSH_BATCH_SIZE), 'compact');
    const exchange = await post(url, writer!.token, json, true);
    if (exchange.status !== 200) throw new Error(`compact push ${exchange.status}: ${exchange.body.toString()}`);
    writer!.cursor = answerOf(exchange.body).cursor;
    [rawSent, gzipSent] = [rawSent + Buffer.byteLength(json), gzipSent + exchange.sentBytes];
  }
  const gzipPull = await pullAll(url, gzipReader!, true, 'compact');
  const rawPull = await pullAll(url, rawReader!, false, 'compact');
  if (gzipPull.ops !== TRANSFER_OPS || rawPull.ops !== TRANSFER_OPS)
    throw new Error(`pulled ${gzipPull.ops}/${rawPull.ops} of ${TRANSFER_OPS} ops (compact)`);
  return {
    'app client push bytes/op raw JSON (compact)': Math.round(rawSent / TRANSFER_OPS),
    'app client push bytes/op gzip (compact)': Number((gzipSent / TRANSFER_OPS).toFixed(1)),
    'app client pull bytes/op raw JSON (compact)': Math.round(rawPull.bytes / TRANSFER_OPS),
    'app client pull bytes/op gzip (compact)': Number((gzipPull.bytes / TRANSFER_OPS).toFixed(1)),
  };
}

/** Pushes then pulls TRANSFER_OPS ops through an emulated Slow 3G link (2 s round trip, 50 KB/s each way). */
async function slowLinkTransfer(url: string, store: Store): Promise<Figures> {
  const link = await startSlowLink(url, SLOW_3G);
  try {
    const [writer, reader] = await newStructureDevices(store, 2);
    const ops = typicalOps(writer!.clock, TRANSFER_OPS);
    const pushStarted = performance.now();
    for (let i = 0; i < ops.length; i += PUSH_BATCH_SIZE) {
      const exchange = await post(
        link.url,
        writer!.token,
        syncBody(writer!.clientId, writer!.cursor, ops.slice(i, i + PUSH_BATCH_SIZE)),
        true,
      );
      writer!.cursor = answerOf(exchange.body).cursor;
    }
    const pushSeconds = (performance.now() - pushStarted) / 1000;
    const pullStarted = performance.now();
    const pulled = await pullAll(link.url, reader!, true);
    if (pulled.ops !== TRANSFER_OPS) throw new Error(`pulled ${pulled.ops} of ${TRANSFER_OPS} ops over the slow link`);
    return {
      [`slow 3G push ${TRANSFER_OPS} ops, s (emulated link)`]: Number(pushSeconds.toFixed(1)),
      [`slow 3G pull ${TRANSFER_OPS} ops from scratch, s (emulated link)`]: Number(((performance.now() - pullStarted) / 1000).toFixed(1)),
    };
  } finally {
    await link.close();
  }
}

async function benchKind(kind: 'sqlite' | 'postgres'): Promise<Figures> {
  const { store, dispose } = await benchStore(kind);
  const server = await startTestServer({ store, loginLimit: 1_000_000 });
  try {
    const pushed = await throughput(server.url, store);
    // A process just started runs its first concurrent syncs several times slower: 50 other tablets sync once,
    // untimed, before any that is measured (every round of the measured tablets counts, the first too).
    await latency(server.url, store, 1, 'plain', 1);
    return {
      ...pushed,
      ...(await latency(server.url, store, 1)),
      ...(await latency(server.url, store, 1, 'compact')),
      ...(await latency(server.url, store, 10)),
      ...(await latency(server.url, store, 10, 'compact')),
      ...(await transfer(server.url, store)),
      ...(await appClientTransfer(server.url, store)),
      ...(kind === 'sqlite' ? await slowLinkTransfer(server.url, store) : {}),
    };
  } finally {
    await server.close();
    await store.close();
    await dispose();
  }
}

/** Only the Slow 3G transfer, on SQLite (about a minute and a half, almost all of it waiting on the link). */
export async function runSlowLinkBench(): Promise<Record<string, unknown>> {
  const { store, dispose } = await benchStore('sqlite');
  const server = await startTestServer({ store, loginLimit: 1_000_000 });
  try {
    return await slowLinkTransfer(server.url, store);
  } finally {
    await server.close();
    await store.close();
    await dispose();
  }
}

/** Runs the benchmark on SQLite and (when reachable) PostgreSQL; figures keyed "<store> · <measure>". */
export async function runServerBench(): Promise<Record<string, unknown>> {
  const figures: Record<string, unknown> = {};
  for (const kind of ['sqlite', 'postgres'] as const) {
    if (kind === 'postgres' && !(await postgresAvailable())) {
      figures['postgres'] = 'PostgreSQL injoignable (TEST_DATABASE_URL) : non mesuré';
      continue;
    }
    for (const [measure, value] of Object.entries(await benchKind(kind))) figures[`${kind} · ${measure}`] = value;
  }
  return figures;
}

/** The issue's targets, checked against the figures. */
export function checkTargets(figures: Record<string, unknown>): string[] {
  const n = (key: string) => Number(figures[key]);
  return [
    [`SQLite ≥ 10 000 ops/s`, n('sqlite · push ops/s (batches of 500)') >= 10_000],
    [`≤ 60 bytes gzip per op (push)`, n('sqlite · push bytes/op gzip') <= 60],
    [`≤ 60 bytes gzip per op (pull)`, n('sqlite · pull bytes/op gzip') <= 60],
    [`app client ≤ 20 bytes gzip per op (push)`, n('sqlite · app client push bytes/op gzip (compact)') <= 20],
    [`app client ≤ 18 bytes gzip per op (pull)`, n('sqlite · app client pull bytes/op gzip (compact)') <= 18],
    [
      `50 tablets in 1 structure, app client, p99 ≤ 1 s (SQLite)`,
      n('sqlite · sync p99 ms (50 clients, 1 structure, app client compact)') <= 1000,
    ],
    [`push 10 000 ops in ≤ 30 round trips`, n(`sqlite · round trips to push ${TRANSFER_OPS} ops`) <= 30],
    [`pull 10 000 ops in ≤ 30 round trips`, n(`sqlite · round trips to pull ${TRANSFER_OPS} ops from scratch`) <= 30],
  ].map(([label, ok]) => `${ok ? 'atteint ' : 'MANQUÉ  '} ${label}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await runServerBench();
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(width)}  ${value}`);
  console.log(`\nObjectifs :\n${checkTargets(figures).join('\n')}`);
  process.exit(0);
}
