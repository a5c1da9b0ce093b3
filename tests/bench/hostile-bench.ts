// Hostile input (issue 13): how long GET /api/health takes while a real endpoint process is flooded with
// the requests of the issue (gzip bombs of nested arrays, 2 MB nested bodies, 2 MB of JSON that passes the
// door), its peak memory, and how long the Markdown parser takes on 100 KB hostile guides (1× CPU, Node).
// Run: node --import tsx tests/bench/hostile-bench.ts
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createAidant, createStructure } from '../../src/server/accounts/accounts';
import { hashToken, newDeviceToken } from '../../src/server/accounts/tokens';
import { openSqliteStore } from '../../src/server/store/sqlite';
import { parseMarkdown } from '../../src/shared/markdown/blocks';
import { MAX_PUSH_OPS } from '../../src/shared/schema/sync';
import { startEndpointProcess } from '../fixtures/server-process';
import { median, percentile } from './bench-figures';
import { benchDevice, syncBody, typicalOps } from './server-bench-tools';

const PHASE_MS = 5000;
type Figures = Record<string, number | string>;

/** POSTs `body` to `path` (a sync when `token` is given), resolving with the time the answer took. */
function postTo(url: string, path: string, body: Buffer, gzip: boolean, token?: string): Promise<number> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Content-Length': String(body.length) };
  if (gzip) headers['Content-Encoding'] = 'gzip';
  if (token) headers.Authorization = `Bearer ${token}`;
  const started = performance.now();
  return new Promise((done) => {
    const req = request(`${url}${path}`, { method: 'POST', headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => done(performance.now() - started));
    });
    req.on('error', () => done(performance.now() - started));
    req.end(body);
  });
}

/** A data directory with one device registered, and its token (login's scrypt is not what is measured). */
async function seededDataDir(): Promise<{ dir: string; token: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'declic-hostile-bench-'));
  const store = openSqliteStore(join(dir, 'declic.sqlite'));
  await store.migrate();
  const structure = await createStructure(store, 'Banc');
  const aidant = await createAidant(store, {
    structureId: structure.id,
    email: 'banc@banc.test',
    name: 'Banc',
    role: 'aidant',
    password: 'mesure-hostile-47',
  });
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
  await store.close();
  return { dir, token };
}

/** A full batch of about 1.9 MB that passes the door and every check but its last op's value: parsed and validated, then refused. */
function heaviestRefusedSync(): Buffer {
  const { clientId, clock } = benchDevice();
  const ops = typicalOps(clock, MAX_PUSH_OPS).map((op) => (op.field === 'notes' ? { ...op, value: 'n'.repeat(1500) } : op));
  ops[ops.length - 1] = { ...ops[ops.length - 1]!, field: 'birthYear', value: 'mille neuf cent' };
  return Buffer.from(syncBody(clientId, null, ops));
}

async function healthLatencies(url: string, until: number): Promise<number[]> {
  const times: number[] = [];
  while (performance.now() < until) {
    const started = performance.now();
    await (await fetch(`${url}/api/health`)).json();
    times.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 20));
  }
  return times;
}

interface Attack {
  name: string;
  path: string;
  body?: Buffer;
  gzip?: boolean;
  token?: string;
  concurrency: number;
}

/** `concurrency` attackers sending `body` again and again for PHASE_MS while health is timed. */
async function underAttack(url: string, attack: Attack) {
  const until = performance.now() + PHASE_MS;
  const refused: number[] = [];
  const attacker = async () => {
    while (attack.body && performance.now() < until)
      refused.push(await postTo(url, attack.path, attack.body, attack.gzip ?? false, attack.token));
  };
  const concurrency = attack.concurrency;
  const [health] = await Promise.all([healthLatencies(url, until), ...Array.from({ length: concurrency }, attacker)]);
  return { health, refused };
}

function peakRssMb(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

async function healthFigures(): Promise<Figures> {
  const { dir, token } = await seededDataDir();
  const endpoint = await startEndpointProcess({ DATA_DIR: dir });
  const figures: Figures = {};
  const nested = (depth: number) => Buffer.from('['.repeat(depth) + ']'.repeat(depth));
  const login = '/api/v1/auth/login';
  const sync = '/api/v1/sync';
  const attacks: Attack[] = [
    { name: 'idle', path: login, concurrency: 0 },
    {
      name: 'login: gzip bomb (16 MB of nested arrays, 16 KB sent) ×8',
      path: login,
      body: gzipSync(nested(8 * 1024 * 1024)),
      gzip: true,
      concurrency: 8,
    },
    { name: 'login: 2 MB of nested arrays ×12', path: login, body: nested(1024 * 1024 - 1), concurrency: 12 },
    { name: 'login: 16 KB of shallow arrays ×12', path: login, body: Buffer.from(`[${'[],'.repeat(5000)}[]]`), concurrency: 12 },
    { name: 'sync (logged in): gzip bomb ×8', path: sync, body: gzipSync(nested(8 * 1024 * 1024)), gzip: true, token, concurrency: 8 },
    { name: 'sync (logged in): 2 MB of nested arrays ×12', path: sync, body: nested(1024 * 1024 - 1), token, concurrency: 12 },
    {
      name: 'sync (logged in): 1.9 MB batch parsed, validated, refused ×12',
      path: sync,
      body: heaviestRefusedSync(),
      token,
      concurrency: 12,
    },
  ];
  try {
    for (const attack of attacks) {
      const { health, refused } = await underAttack(endpoint.url, attack);
      figures[`health p50 / p99 / max ms — ${attack.name}`] =
        `${median(health).toFixed(1)} / ${percentile(health, 99).toFixed(1)} / ${Math.max(...health).toFixed(1)}`;
      if (refused.length > 0)
        figures[`refusal answered, median ms (${refused.length} requests) — ${attack.name}`] = median(refused).toFixed(0);
    }
    figures['endpoint peak memory (RSS), MB'] = peakRssMb(endpoint.child.pid!);
  } finally {
    await endpoint.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

const KB100 = 100 * 1024;
const fill = (piece: string, head = '', tail = '') =>
  head + piece.repeat(Math.ceil((KB100 - head.length - tail.length) / piece.length)) + tail;
const hostileGuides: Record<string, string> = {
  '"# a" + spaces + "b"': fill(' ', '# a', 'b'),
  'unclosed [': fill('['),
  'links without )': fill('[a]('),
  'unclosed *a': fill('*a '),
  'unclosed **a': fill('**a '),
  '* then **…': fill('**', '*a'),
  backticks: fill('`'),
  'nested brackets': `${'['.repeat(KB100 / 2 - 4)}a${']'.repeat(KB100 / 2 - 4)}(x)`,
  'short lines of markers': fill('- *a [b\n'),
  'a real guide ×25': readFileSync('src/content/guides/creer-adresse-email.md', 'utf8').repeat(25).slice(0, KB100),
};

function markdownFigures(): Figures {
  const figures: Figures = {};
  for (const [name, source] of Object.entries(hostileGuides)) {
    for (let i = 0; i < 3; i++) parseMarkdown(source);
    const times = Array.from({ length: 7 }, () => {
      const started = performance.now();
      parseMarkdown(source);
      return performance.now() - started;
    });
    figures[`Markdown 100 KB, median ms — ${name}`] = median(times).toFixed(1);
  }
  return figures;
}

/** Runs both parts and returns the figures. */
export async function runHostileBench(): Promise<Figures> {
  return { ...markdownFigures(), ...(await healthFigures()) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.table(await runHostileBench());
