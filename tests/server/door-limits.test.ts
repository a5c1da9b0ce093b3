// Limits at the door, before any parsing: size after decompression, nesting, UTF-8, NUL and broken
// surrogates, malformed URLs, one opId twice. Each refusal is a French 4xx, writes nothing, logs no
// stack trace, and the two stores answer alike.
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_BODY_BYTES, MAX_JSON_DEPTH } from '../../src/server/http/limits';
import { send } from '../fixtures/hostile-requests';
import { storeKinds } from '../fixtures/postgres';
import { login, postJson, seedStructure, Tablet, type Answer } from '../fixtures/server-api';
import { dumpOps, openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { expectFrenchError } from './expect-error';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
/** A sync body as text, with `ops` spliced in raw (so that escapes reach the server as written). */
const syncText = (t: Tablet, opsJson: string) => `{"protocol":1,"clientId":"${t.clientId}","cursor":null,"ops":${opsJson}}`;
/** One op as JSON text, with the fields of `raw` written exactly as given (escapes and all). */
const opJson = (t: Tablet, raw: Record<string, string> = {}) => {
  const op: Record<string, unknown> = { ...t.op(crypto.randomUUID(), 'notes', 'Dossier CAF') };
  for (const field of Object.keys(raw)) op[field] = `@@${field}@@`;
  return JSON.stringify(op).replace(/"@@(\w+)@@"/g, (_, field: string) => raw[field]!);
};

function doorSuite(kind: StoreKind) {
  let db: TestDb;
  let server: TestServer;
  let tablet: Tablet;
  const sync = (body: string | Uint8Array, headers: Record<string, string> = {}) =>
    postJson(`${server.url}/api/v1/sync`, body, { Authorization: `Bearer ${tablet.token}`, ...headers });
  const loginWith = (body: string | Uint8Array, headers: Record<string, string> = {}) =>
    postJson(`${server.url}/api/v1/auth/login`, body, headers);

  beforeAll(async () => {
    db = await openTestDb(kind);
    server = await startTestServer({ store: db.store, loginLimit: 1000 });
    const account = await seedStructure(db.store, 'Centre social de Fumel');
    tablet = new Tablet(server.url, await login(server.url, account.email, account.password));
    await tablet.sync(tablet.newBeneficiary().ops);
  });
  afterAll(async () => {
    await server?.close();
    await db?.dispose();
  });
  afterEach(() => vi.restoreAllMocks());

  /** Sends, checks the French refusal, that nothing was written and that the next sync still works. */
  async function refused(send: () => Promise<Answer>, status: number, code: string): Promise<void> {
    const before = await dumpOps(db);
    const logged = vi.spyOn(console, 'error');
    expectFrenchError(await send(), status, code);
    expect(logged).not.toHaveBeenCalled();
    expect(await dumpOps(db)).toEqual(before);
    expect((await tablet.sync([tablet.op(crypto.randomUUID(), 'commune', 'Fumel')])).acked).toHaveLength(1);
  }

  it('refuses a gzip login body that decompresses past 2 MB, though it is small on the wire', async () => {
    const body = gzipSync(`{"email":"a@b.fr","password":"${'a'.repeat(MAX_BODY_BYTES)}","deviceName":"x"}`);
    expect(body.length).toBeLessThan(10_000);
    await refused(() => loginWith(body, { 'Content-Encoding': 'gzip' }), 413, 'requete_trop_grande');
  });

  it('refuses a gzip bomb of nested arrays without a login, and a sync one', async () => {
    const bomb = gzipSync(nested(8 * 1024 * 1024));
    await refused(() => loginWith(bomb, { 'Content-Encoding': 'gzip' }), 413, 'requete_trop_grande');
    await refused(() => sync(bomb, { 'Content-Encoding': 'gzip' }), 413, 'requete_trop_grande');
  });

  it('reads no more of a login than a login needs: 16 KB, a few values', async () => {
    const long = `{"email":"a@b.fr","password":"${'p'.repeat(20_000)}","deviceName":"x"}`;
    await refused(() => loginWith(long), 413, 'requete_trop_grande');
    await refused(() => loginWith(`[${'[],'.repeat(3000)}[]]`), 400, 'json_trop_complexe');
    await refused(() => loginWith(`{"email":[${'1,'.repeat(100)}1]}`), 400, 'json_trop_complexe');
  });

  it('lets a full batch of ops through the door', async () => {
    const ops = Array.from({ length: 1000 }, () => tablet.op(crypto.randomUUID(), 'commune', 'Fumel'));
    expect((await tablet.request({ ops })).status).toBe(200);
  });

  it('accepts a gzip body just under 2 MB once decompressed', async () => {
    const ops = Array.from({ length: 200 }, () => tablet.op(crypto.randomUUID(), 'notes', 'n'.repeat(9_000)));
    const text = syncText(tablet, JSON.stringify(ops));
    expect(text.length).toBeGreaterThan(1.5 * 1024 * 1024);
    expect(text.length).toBeLessThan(MAX_BODY_BYTES);
    const answer = await sync(gzipSync(text), { 'Content-Encoding': 'gzip' });
    expect(answer.status).toBe(200);
  });

  it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} levels, at login and at sync`, async () => {
    await refused(() => loginWith(`{"email":${nested(MAX_JSON_DEPTH)}}`), 400, 'json_trop_profond');
    await refused(() => sync(syncText(tablet, `[${opJson(tablet, { value: nested(200_000) })}]`)), 400, 'json_trop_profond');
  });

  it(`lets through ${MAX_JSON_DEPTH} levels, and brackets inside a string count for nothing`, async () => {
    expectFrenchError(await loginWith(`{"email":${nested(MAX_JSON_DEPTH - 1)}}`), 400, 'requete_invalide');
    const note = `"${'[{'.repeat(500)}"`;
    expect((await sync(syncText(tablet, `[${opJson(tablet, { value: note })}]`))).status).toBe(200);
  });

  it('refuses bytes that are not UTF-8 instead of storing U+FFFD', async () => {
    const text = syncText(tablet, `[${opJson(tablet, { value: '"Caf\u0001"' })}]`);
    const bytes = Buffer.from(text.replace('\u0001', '\u00e9'), 'latin1');
    await refused(() => sync(bytes), 400, 'utf8_invalide');
    await refused(() => loginWith(Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d])), 400, 'utf8_invalide');
  });

  it.each([
    ['an opId', { opId: '"op\\u0000id"' }],
    ['a note pasted from a PDF', { value: '"Dossier\\u0000CAF"' }],
    ['an opId with half a surrogate pair', { opId: '"op\\ud800id"' }],
    ['a note with a lone low surrogate', { value: '"note \\udc00"' }],
  ])('refuses a NUL or a broken character in %s, on both stores alike', async (_what, change) => {
    await refused(() => sync(syncText(tablet, `[${opJson(tablet, change)}]`)), 400, 'caractere_interdit');
  });

  it('refuses a NUL in a login e-mail or device name', async () => {
    await refused(() => loginWith('{"email":"a\\u0000@b.fr","password":"x","deviceName":"x"}'), 400, 'caractere_interdit');
    await refused(() => loginWith('{"email":"a@b.fr","password":"x","deviceName":"Tab\\u0000"}'), 400, 'caractere_interdit');
  });

  it('keeps a whole surrogate pair (an emoji written as escapes)', async () => {
    const answer = await sync(syncText(tablet, `[${opJson(tablet, { value: '"Merci \\ud83d\\ude00"' })}]`));
    expect(answer.status).toBe(200);
  });

  it('refuses one opId twice in one request instead of keeping one value', async () => {
    const first = tablet.op(crypto.randomUUID(), 'notes', 'Première');
    const second = { ...tablet.op(first.recordId, 'commune', 'Villeneuve'), opId: first.opId };
    await refused(() => tablet.request({ ops: [first, second] }), 400, 'operation_en_double');
  });

  it('refuses a compression it does not know', async () => {
    await refused(() => sync(syncText(tablet, '[]'), { 'Content-Encoding': 'br' }), 415, 'encodage_non_supporte');
  });

  it.each(['/%ff', '/%E0%A4%A', '/api/%ff', '/api/health?x=%ff', '/api/v1/stats?from=%E0%A4%A', '/guides/%00', '/api/v1/content?%00'])(
    'answers a malformed URL %s with a JSON 400, no stack trace',
    async (path) => {
      await refused(
        async () => {
          const response = await fetch(`${server.url}${path}`);
          return { status: response.status, body: await response.json(), headers: response.headers };
        },
        400,
        'adresse_invalide',
      );
    },
  );

  it.each(['/\\', '/api\\health', '/assets/..\\..\\x'])('answers a raw backslash in the path %s with a JSON 400 too', async (path) => {
    await refused(
      async () => {
        const answer = await send(server.url, { method: 'GET', path, headers: {} });
        return { status: answer.status, body: JSON.parse(answer.text || 'null'), headers: answer.headers };
      },
      400,
      'adresse_invalide',
    );
  });
}

describe.each(await storeKinds())('limits at the door (%s)', doorSuite);
