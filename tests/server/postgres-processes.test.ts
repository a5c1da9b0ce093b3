// Two endpoint processes on one PostgreSQL database: tablets syncing through both converge, and no cursor skips an op.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeField, type FieldState, type Stamped } from '../../src/shared/merge';
import { fieldSpec } from '../../src/shared/schema/collections';
import { uuidv7 } from '../../src/shared/schema/ids';
import type { Op } from '../../src/shared/schema/sync';
import { migrationsFor } from '../../src/server/store/migrations';
import { openPostgresStore } from '../../src/server/store/postgres';
import { assertPostgresReachable, dropSchema, freshSchemaName, postgresUnreachable, TEST_DATABASE_URL } from '../fixtures/postgres';
import { login, seedStructure, Tablet } from '../fixtures/server-api';
import { startEndpointProcess, type EndpointProcess } from '../fixtures/server-process';

const TABLETS = 6;
const ROUNDS = 25;
const FIELDS = ['firstName', 'commune', 'phone', 'notes'];
const seed = Number(process.env.SEED ?? Math.floor(Math.random() * 2 ** 31));

/** A small seeded generator, so that a failing run can be replayed with SEED=… */
function random(seedValue: number): () => number {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A tablet's replica: every op it wrote or received, merged field by field. */
class Replica {
  readonly fields = new Map<string, FieldState<Stamped & { opId: string }>>();
  readonly received = new Set<string>();
  merge(op: Op): void {
    const key = `${op.recordId}/${op.field}`;
    const rule = { freeText: fieldSpec(op.collection, op.field)?.freeText };
    this.fields.set(
      key,
      mergeField(this.fields.get(key), { value: op.value, hlc: op.hlc, base: op.base ?? null, opId: op.opId }, op.field, rule),
    );
  }
  /** What the aidant sees: per field, the winner and the kept conflicts. */
  summary(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, state] of [...this.fields].sort(([a], [b]) => (a < b ? -1 : 1))) {
      out[key] = { value: state.winner.value, hlc: state.winner.hlc, conflicts: state.conflicts.map((c) => c.hlc).sort() };
    }
    return out;
  }
}

const unreachable = process.env.CI ? null : await postgresUnreachable();
if (unreachable) console.warn(`\n⚠️  Test multi-processus PostgreSQL SAUTÉ — ${unreachable}\n`);

describe.skipIf(unreachable)('two endpoint processes on one PostgreSQL database', () => {
  const schema = freshSchemaName();
  let endpoints: EndpointProcess[] = [];
  let raw: pg.Client;

  beforeAll(async () => {
    console.log(`[postgres-processes] SEED=${seed}`);
    await assertPostgresReachable();
    // Both start together on an empty schema: the advisory lock lets one of them migrate.
    const env = { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema };
    endpoints = await Promise.all([startEndpointProcess(env), startEndpointProcess(env)]);
    raw = new pg.Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}` });
    await raw.connect();
  }, 60_000);

  afterAll(async () => {
    await Promise.all(endpoints.map((e) => e.stop()));
    await raw?.end();
    await dropSchema(schema);
  });

  it('serves both processes from one migrated schema', async () => {
    const { rows } = await raw.query('SELECT version FROM schema_migrations');
    expect(rows.map((r) => r.version)).toEqual(migrationsFor('postgres').map((m) => m.version));
    for (const endpoint of endpoints)
      expect(await (await fetch(`${endpoint.url}/api/health`)).json()).toMatchObject({ status: 'ok', storage: 'postgres' });
  });

  it(`converges: ${TABLETS} tablets pushing concurrently through both processes end with the same state, no op skipped`, async () => {
    const rand = random(seed);
    const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)]!;
    const store = await openPostgresStore(TEST_DATABASE_URL, { schema });
    const account = await seedStructure(store, 'Maison France services de Casteljaloux');
    await store.close();
    const urls = endpoints.map((e) => e.url);
    const tablets = await Promise.all(
      Array.from({ length: TABLETS }, async (_, i) => new Tablet(urls[i % 2]!, await login(urls[i % 2]!, account.email, account.password))),
    );
    const replicas = tablets.map(() => new Replica());
    const records = Array.from({ length: 4 }, () => uuidv7());

    const receive = (i: number, ops: Op[]) => {
      for (const op of ops) {
        replicas[i]!.received.add(op.opId);
        replicas[i]!.merge(op);
      }
    };
    const all: Op[] = [];
    const syncThrough = async (i: number, ops: Op[]) => {
      for (const op of ops) replicas[i]!.merge(op);
      all.push(...ops);
      // Now and then the same push goes through both processes at once (a retry after a timeout).
      const twice = ops.length > 0 && rand() < 0.2;
      const answers = await Promise.all((twice ? urls : [pick(urls)]).map((url) => tablets[i]!.sync(ops, url)));
      for (const answer of answers) {
        expect(answer.acked).toEqual(ops.map((op) => op.opId));
        receive(i, answer.ops);
      }
    };
    const plans = tablets.map((tablet, i) =>
      Array.from({ length: ROUNDS }, () =>
        Array.from({ length: Math.floor(rand() * 4) }, () => {
          const [recordId, field] = [pick(records), pick(FIELDS)];
          return { recordId, field, value: `${field} ${i}-${Math.floor(rand() * 1000)}`, pause: Math.floor(rand() * 4) };
        }),
      ),
    );
    await Promise.all(
      tablets.map(async (tablet, i) => {
        for (const round of plans[i]!) {
          const ops = round.map(({ recordId, field, value }) =>
            tablet.op(recordId, field, value, replicas[i]!.fields.get(`${recordId}/${field}`)?.winner.hlc),
          );
          await syncThrough(i, ops);
          await new Promise((done) => setTimeout(done, round[0]?.pause ?? 1));
        }
      }),
    );
    for (let i = 0; i < TABLETS; i++) {
      for (let more = true; more;) {
        const answer = await tablets[i]!.sync([], urls[i % 2]);
        receive(i, answer.ops);
        more = answer.more;
      }
    }

    // A fresh tablet pulling from scratch through each process sees exactly the same ops.
    const observers = await Promise.all(urls.map(async (url) => new Tablet(url, await login(url, account.email, account.password))));
    const [viaFirst, viaSecond] = await Promise.all(observers.map((o) => o.pullAll()));
    expect(viaSecond, `SEED=${seed}`).toEqual(viaFirst);
    const { rows: live } = await raw.query('SELECT op_id, client_id FROM ops WHERE live ORDER BY seq');
    expect(viaFirst!.map((op) => op.opId)).toEqual(live.map((r) => r.op_id));
    const { rows: counts } = await raw.query(
      "SELECT count(*)::int AS n, max(seq)::int AS top, (SELECT last_seq::int FROM structures WHERE id <> '_territoire') AS head FROM ops",
    );
    expect(counts[0], 'sequence numbers 1..head, none missing nor doubled').toEqual({ n: all.length, top: all.length, head: all.length });

    // The server's live ops are exactly the merged state of every op written: winners and kept conflicts.
    const truth = new Replica();
    all.forEach((op) => truth.merge(op));
    const expectedLive = [...truth.fields.values()].flatMap((state) => [state.winner.opId, ...state.conflicts.map((c) => c.opId)]);
    expect(live.map((r) => r.op_id).sort(), `server state diverged, SEED=${seed}`).toEqual(expectedLive.sort());

    const reference = new Replica();
    viaFirst!.forEach((op) => reference.merge(op));
    tablets.forEach((tablet, i) => {
      const missed = live.filter((r) => r.client_id !== tablet.clientId && !replicas[i]!.received.has(r.op_id));
      expect(missed, `tablet ${i} missed ops (cursor skipped), SEED=${seed}`).toEqual([]);
      expect(replicas[i]!.summary(), `tablet ${i} diverged, SEED=${seed}`).toEqual(reference.summary());
    });
  }, 120_000);
});
