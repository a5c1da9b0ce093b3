// The endpoint's HTTP behaviour: gzip both ways, JSON 404 on unknown API routes, security headers on every answer.
import { request } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, syncResponseSchema } from '../../src/shared/schema/sync';
import { storeKinds } from '../fixtures/postgres';
import { login, seedStructure, Tablet } from '../fixtures/server-api';
import { openTestDb, type StoreKind, type TestDb } from '../fixtures/server-db';
import { startTestServer, type TestServer } from '../fixtures/test-server';

/** A raw HTTP exchange: the bytes as they travelled, before any decoding. */
function exchange(url: string, method: string, headers: Record<string, string>, body?: Buffer) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }>((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function httpSuite(kind: StoreKind) {
  let db: TestDb;
  let server: TestServer;
  let writer: Tablet;
  let reader: Tablet;

  beforeAll(async () => {
    db = await openTestDb(kind);
    server = await startTestServer({ store: db.store, loginLimit: 1000 });
    const account = await seedStructure(db.store, 'Espace France services de Nérac');
    writer = new Tablet(server.url, await login(server.url, account.email, account.password));
    reader = new Tablet(server.url, await login(server.url, account.email, account.password));
  });
  afterAll(async () => {
    await server?.close();
    await db?.dispose();
  });

  it('accepts a gzip body and answers in gzip when asked', async () => {
    const ops = Array.from({ length: 40 }, (_, i) => writer.newBeneficiary({ firstName: `Prénom ${i}`, commune: 'Nérac' }).ops).flat();
    const body = gzipSync(JSON.stringify({ protocol: PROTOCOL_VERSION, clientId: writer.clientId, cursor: null, ops }));
    const headers = { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', Authorization: `Bearer ${writer.token}` };
    const pushed = await exchange(`${server.url}/api/v1/sync`, 'POST', headers, body);
    expect(pushed.status).toBe(200);
    expect(syncResponseSchema.parse(JSON.parse(pushed.bytes.toString())).acked).toHaveLength(ops.length);

    const pull = Buffer.from(JSON.stringify({ protocol: PROTOCOL_VERSION, clientId: reader.clientId, cursor: null, ops: [] }));
    const pulled = await exchange(
      `${server.url}/api/v1/sync`,
      'POST',
      { 'Content-Type': 'application/json', 'Accept-Encoding': 'gzip', Authorization: `Bearer ${reader.token}` },
      pull,
    );
    expect(pulled.headers['content-encoding']).toBe('gzip');
    const answer = syncResponseSchema.parse(JSON.parse(gunzipSync(pulled.bytes).toString()));
    expect(answer.ops.map((op) => op.opId)).toEqual(ops.map((op) => op.opId));
    expect(pulled.bytes.length).toBeLessThan(JSON.stringify(answer).length / 3);
  });

  it('answers in plain JSON when the client does not ask for gzip', async () => {
    const pull = Buffer.from(JSON.stringify({ protocol: PROTOCOL_VERSION, clientId: reader.clientId, cursor: null, ops: [] }));
    const plain = await exchange(
      `${server.url}/api/v1/sync`,
      'POST',
      { 'Content-Type': 'application/json', Authorization: `Bearer ${reader.token}` },
      pull,
    );
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(syncResponseSchema.parse(JSON.parse(plain.bytes.toString())).ops.length).toBeGreaterThan(0);
  });

  it('gzips the content pack too, and its ETag still answers 304', async () => {
    const first = await exchange(`${server.url}/api/v1/content`, 'GET', { 'Accept-Encoding': 'gzip' });
    expect(first.status).toBe(200);
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(first.bytes).toString())).toHaveProperty('version');
    const again = await exchange(`${server.url}/api/v1/content`, 'GET', {
      'Accept-Encoding': 'gzip',
      'If-None-Match': String(first.headers.etag),
    });
    expect(again.status).toBe(304);
  });

  it('answers an unknown API route with a JSON 404 in French', async () => {
    const response = await fetch(`${server.url}/api/v2/nimporte-quoi`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: { code: 'introuvable', message: expect.stringMatching(/n’existe pas/) } });
  });

  it.each(['/api/health', '/api/v2/nimporte-quoi', '/api/v1/content'])('puts the security headers on %s', async (path) => {
    const response = await fetch(`${server.url}${path}`);
    const csp = response.headers.get('content-security-policy') ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toMatch(/'self'/);
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBeTruthy();
  });
}

describe.each(await storeKinds())('HTTP (%s)', httpSuite);
