// Bad requests get a clear 4xx in French, write nothing, and leave the endpoint serving.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc, MAX_CLOCK_DRIFT_MS } from '../../src/shared/hlc';
import { MAX_PUSH_OPS, type Op } from '../../src/shared/schema/sync';
import { storeKinds } from '../fixtures/postgres';
import { login, postJson, seedStructure, Tablet, type Answer } from '../fixtures/server-api';
import { dumpOps, openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { expectFrenchError } from './expect-error';

type Send = (t: Tablet) => Promise<Answer>;

const raw = (t: Tablet, body: string | Uint8Array, headers: Record<string, string> = {}) =>
  postJson(`${t.url}/api/v1/sync`, body, { Authorization: `Bearer ${t.token}`, ...headers });
/** Sends `size` bytes of JSON-looking text in 64 KiB chunks, without Content-Length. */
async function streamed(t: Tablet, size: number): Promise<Answer> {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) return controller.close();
      const chunk = new TextEncoder().encode((sent === 0 ? '{"ops":"' : '') + 'x'.repeat(65_536));
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
  const init = {
    method: 'POST',
    body,
    duplex: 'half',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${t.token}` },
  };
  const response = await fetch(`${t.url}/api/v1/sync`, init as RequestInit);
  return { status: response.status, body: await response.json(), headers: response.headers };
}
const withOp = (t: Tablet, change: Partial<Op> & Record<string, unknown>) =>
  t.request({
    ops: [t.op(crypto.randomUUID(), 'firstName', 'Valide'), { ...t.op(crypto.randomUUID(), 'firstName', 'Armelle'), ...change }],
  });

const cases: [string, number, string, Send][] = [
  ['malformed JSON', 400, 'json_invalide', (t) => raw(t, '{"protocol":1,"ops":[')],
  ['a body that is not JSON at all', 415, 'type_non_supporte', (t) => raw(t, 'ops=1', { 'Content-Type': 'text/plain' })],
  ['ops that are not a list', 400, 'requete_invalide', (t) => t.request({ ops: 'tout' })],
  ['a protocol given as text', 400, 'requete_invalide', (t) => t.request({ protocol: '1' })],
  ['a clientId too short', 400, 'requete_invalide', (t) => t.request({ clientId: 'abc' })],
  ['an op without a record id', 400, 'requete_invalide', (t) => withOp(t, { recordId: 'pas-un-uuid' })],
  ['an unknown collection', 400, 'champ_inconnu', (t) => withOp(t, { collection: 'motsDePasse' })],
  ['an unknown field (a NIR)', 400, 'champ_inconnu', (t) => withOp(t, { field: 'nir', value: '1 84 12 76 451 089 46' })],
  ['a field inherited by every object', 400, 'champ_inconnu', (t) => withOp(t, { field: 'constructor' })],
  ['a birth year given as text', 400, 'valeur_invalide', (t) => withOp(t, { field: 'birthYear', value: '1950' })],
  ['a first name longer than allowed', 400, 'valeur_invalide', (t) => withOp(t, { value: 'x'.repeat(101) })],
  ['a note above 10,000 characters', 400, 'valeur_invalide', (t) => withOp(t, { field: 'notes', value: 'n'.repeat(10_001) })],
  ['a month 13, day 45', 400, 'valeur_invalide', (t) => withOp(t, { field: 'lastContactOn', value: '2024-13-45' })],
  ['29 February of a common year', 400, 'valeur_invalide', (t) => withOp(t, { field: 'noticeGivenOn', value: '2023-02-29' })],
  ['a date that never comes (9999-99-99)', 400, 'valeur_invalide', (t) => withOp(t, { field: 'objectionOn', value: '9999-99-99' })],
  ['a date in the year 9999', 400, 'valeur_invalide', (t) => withOp(t, { field: 'lastContactOn', value: '9999-12-31' })],
  [
    'a stamp of another tablet',
    400,
    'horodatage_invalide',
    (t) => withOp(t, { hlc: formatHlc({ ms: Date.now(), counter: 0, clientId: 'autre-tablette' }) }),
  ],
  ['a malformed stamp', 400, 'requete_invalide', (t) => withOp(t, { hlc: 'hier' })],
  [
    'a stamp far in the future',
    422,
    'horloge_en_avance',
    (t) => withOp(t, { hlc: formatHlc({ ms: Date.now() + MAX_CLOCK_DRIFT_MS + 60_000, counter: 0, clientId: t.clientId }) }),
  ],
  ['a bad cursor', 400, 'curseur_invalide', (t) => t.request({ cursor: 'abc', ops: [t.op(crypto.randomUUID(), 'firstName', 'X')] })],
  ['a cursor that is not a string', 400, 'requete_invalide', (t) => t.request({ cursor: 12 })],
  [
    'a protocol too old',
    426,
    'version_trop_ancienne',
    (t) => t.request({ protocol: 0, ops: [t.op(crypto.randomUUID(), 'firstName', 'X')] }),
  ],
  ['a protocol from the future', 400, 'version_inconnue', (t) => t.request({ protocol: 99 })],
  [
    'a batch above MAX_PUSH_OPS',
    413,
    'lot_trop_grand',
    (t) => t.request({ ops: Array.from({ length: MAX_PUSH_OPS + 1 }, () => t.op(crypto.randomUUID(), 'commune', 'Agen')) }),
  ],
  [
    'a body above the size limit',
    413,
    'requete_trop_grande',
    (t) => t.request({ ops: [t.op(crypto.randomUUID(), 'notes', 'n'.repeat(3 * 1024 * 1024))] }),
  ],
  ['a body above the size limit sent in chunks', 413, 'requete_trop_grande', (t) => streamed(t, 3 * 1024 * 1024)],
  ['a gzip body that is not gzip', 400, 'gzip_invalide', (t) => raw(t, 'pas du gzip', { 'Content-Encoding': 'gzip' })],
  ['a gzip bomb', 413, 'requete_trop_grande', (t) => raw(t, gzipSync(Buffer.alloc(40 * 1024 * 1024, 32)), { 'Content-Encoding': 'gzip' })],
  [
    'no token',
    401,
    'non_authentifie',
    (t) => postJson(`${t.url}/api/v1/sync`, { protocol: 1, clientId: t.clientId, cursor: null, ops: [] }),
  ],
];

function badInputSuite(kind: StoreKind) {
  let db: TestDb;
  let server: TestServer;
  let tablet: Tablet;

  beforeAll(async () => {
    db = await openTestDb(kind);
    server = await startTestServer({ store: db.store, loginLimit: 1000 });
    const account = await seedStructure(db.store, 'Médiathèque de Marmande');
    tablet = new Tablet(server.url, await login(server.url, account.email, account.password));
    await tablet.sync(tablet.newBeneficiary().ops);
  });
  afterAll(async () => {
    await server?.close();
    await db?.dispose();
  });

  it.each(cases)('refuses %s (%i %s), writes nothing, keeps serving', async (_case, status, code, send) => {
    const before = await dumpOps(db);
    expectFrenchError(await send(tablet), status, code);
    expect(await dumpOps(db)).toEqual(before);
    const after = await tablet.sync([tablet.op(crypto.randomUUID(), 'commune', 'Nérac')]);
    expect(after.acked).toHaveLength(1);
  });

  it('refuses a bad login body in French', async () => {
    expectFrenchError(await postJson(`${server.url}/api/v1/auth/login`, { email: 42 }), 400, 'requete_invalide');
    expectFrenchError(await postJson(`${server.url}/api/v1/auth/login`, '{"email":'), 400, 'json_invalide');
  });
}

describe.each(await storeKinds())('bad input (%s)', badInputSuite);
