// The built app as the endpoint serves it: the build's Brotli or gzip copy when the browser takes it,
// hashed assets cached for a year, pages and sw.js never, any page path → index.html, nothing outside
// the build whatever the path says.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDirectory } from '../../src/server/http/precompress-plugin';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { expectFrenchError } from './expect-error';

/** A GET sent with the path exactly as written (no normalisation by a URL parser). */
function rawGet(url: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }>((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = request({ hostname, port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const script = `export const greeting = ${JSON.stringify('Bonjour '.repeat(500))};\n`;
let parent: string;
let root: string;
let server: TestServer;

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'declic-static-'));
  root = join(parent, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(join(root, 'guides'));
  writeFileSync(join(parent, 'secret.txt'), 'SECRET hors du build');
  writeFileSync(join(root, 'index.html'), `<!doctype html><title>Déclic</title>${'<!-- page -->'.repeat(200)}`);
  writeFileSync(join(root, 'sw.js'), `self.addEventListener('install', () => {});${' '.repeat(2000)}`);
  writeFileSync(join(root, 'assets', 'app-3f9a1c.js'), script);
  writeFileSync(join(root, 'guides', 'schema.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><title>Schéma</title></svg>');
  writeFileSync(join(root, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  expect(await precompressDirectory(root)).toBe(4);
  server = await startTestServer({ staticDir: root });
});
afterAll(async () => {
  await server?.close();
  rmSync(parent, { recursive: true, force: true });
});

describe('the build, precompressed', () => {
  it('writes a Brotli and a gzip copy of each text file that compresses, none of an image', () => {
    const js = join(root, 'assets', 'app-3f9a1c.js');
    expect(brotliDecompressSync(readFileSync(`${js}.br`)).toString()).toBe(script);
    expect(gunzipSync(readFileSync(`${js}.gz`)).toString()).toBe(script);
    expect(() => readFileSync(join(root, 'icon.png.gz'))).toThrow();
  });

  it.each([
    ['br, gzip', 'br', brotliDecompressSync],
    ['gzip, deflate', 'gzip', gunzipSync],
  ])('sends the copy a browser taking %s wants, cached for a year', async (accept, encoding, decode) => {
    const answer = await rawGet(server.url, '/assets/app-3f9a1c.js', { 'Accept-Encoding': accept });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(encoding);
    expect(answer.headers['content-type']).toMatch(/^text\/javascript/);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers.vary).toMatch(/Accept-Encoding/);
    expect(decode(answer.bytes).toString()).toBe(script);
    expect(answer.bytes.length).toBeLessThan(script.length / 5);
  });

  it('sends the file itself to a client that takes no compression', async () => {
    const answer = await rawGet(server.url, '/assets/app-3f9a1c.js');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers.vary).toMatch(/Accept-Encoding/);
    expect(answer.bytes.toString()).toBe(script);
  });
});

describe('pages and the service worker', () => {
  it.each(['/sw.js', '/', '/index.html'])('never caches %s', async (path) => {
    const answer = await rawGet(server.url, path, { 'Accept-Encoding': 'gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-cache');
  });

  it.each(['/beneficiaires', '/beneficiaires/0190a0a0-0000-7000-8000-000000000000', '/guides/creer-adresse-email', '/caf%C3%A9'])(
    'answers the page %s with index.html, for the app to route',
    async (path) => {
      const answer = await rawGet(server.url, path);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toMatch(/^text\/html/);
      expect(answer.bytes.toString()).toContain('<title>Déclic</title>');
    },
  );

  it('answers a missing file with a JSON 404 in French, not with the page', async () => {
    const response = await fetch(`${server.url}/assets/absent-000.js`);
    expectFrenchError({ status: response.status, body: await response.json(), headers: response.headers }, 404, 'introuvable');
  });
});

describe('paths that try to leave the build', () => {
  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/..\\..\\secret.txt',
    '//secret.txt',
  ])('never serve the file outside the build for %s', async (path) => {
    const answer = await rawGet(server.url, path);
    expect(answer.status).toBeLessThan(500);
    expect(answer.bytes.toString()).not.toContain('SECRET');
  });
});

describe('an endpoint whose app is not built', () => {
  it('says so in French', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'declic-empty-'));
    const bare = await startTestServer({ staticDir: empty });
    try {
      const response = await fetch(`${bare.url}/beneficiaires`);
      const message = expectFrenchError(
        { status: response.status, body: await response.json(), headers: response.headers },
        503,
        'application_non_construite',
      );
      expect(message).toContain('npm run build');
    } finally {
      await bare.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
