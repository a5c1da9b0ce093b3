// The tablet's content pack: first start from the bundled pack, updates from a real endpoint that
// replace it whole, and failed downloads that leave the pack in use untouched.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadStartPack, updateStoredPack } from '../../src/app/catalogue/content-loader';
import { readStoredPack, replaceStoredPack, type StoredPack } from '../../src/app/db/content-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { ContentDownloadError, type DownloadProgress } from '../../src/app/sync/content-update';
import type { ContentSource } from '../../src/server/content-pack/content-source';
import type { ContentPack } from '../../src/shared/schema/content';
import { openClientDb } from '../fixtures/client-db';
import { fixturePack, newerFixturePack } from '../fixtures/content-pack-fixture';
import { startTestServer, type TestServer } from '../fixtures/test-server';

/** What the endpoint serves; a test swaps it to publish a new pack. */
function publishedContent(initial: ContentPack) {
  let json = JSON.stringify(initial);
  const source: ContentSource & { publish(body: string): void } = {
    current: () => ({ json, etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`, version: 'test' }),
    publish: (body) => void (json = body),
  };
  return source;
}

let server: TestServer;
let staticDir: string;
const content = publishedContent(fixturePack());
const statuses: number[] = [];
let db: DeclicDatabase;

const network = () => ({
  baseUrl: server.url,
  fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await fetch(input, init);
    statuses.push(response.status);
    return response;
  },
});

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'declic-content-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Déclic</title>');
  writeFileSync(join(staticDir, 'content-pack.json'), JSON.stringify(fixturePack()));
  server = await startTestServer({ staticDir, content });
});

afterAll(async () => {
  await server?.close();
  rmSync(staticDir, { recursive: true, force: true });
});

afterEach(() => {
  db?.close();
  statuses.length = 0;
  content.publish(JSON.stringify(fixturePack()));
});

/** A tablet that has already checked once: the fixture pack with the endpoint's ETag. */
async function tabletWithCurrentPack(): Promise<StoredPack> {
  db = await openClientDb();
  return (await updateStoredPack(db, await loadStartPack(db, network()), () => undefined, network()))!;
}

describe('the first start of a tablet', () => {
  it('uses the pack bundled with the app and keeps it on the device', async () => {
    db = await openClientDb();
    const start = await loadStartPack(db, network());
    expect(start.pack.version).toBe('2026-02-03-fixture1');
    expect(start.etag).toBeUndefined();
    expect((await readStoredPack(db))?.pack.version).toBe('2026-02-03-fixture1');
  });

  it('uses the pack already on the device rather than the bundled one', async () => {
    db = await openClientDb();
    await replaceStoredPack(db, { pack: newerFixturePack(), etag: '"abc"', storedAt: 1 });
    const start = await loadStartPack(db, network());
    expect(start.pack.version).toBe('2026-03-01-fixture2');
    expect(statuses).toEqual([]);
  });
});

describe('a pack never goes backwards', () => {
  const bundleNewerPack = () => writeFileSync(join(staticDir, 'content-pack.json'), JSON.stringify(newerFixturePack()));
  afterEach(() => writeFileSync(join(staticDir, 'content-pack.json'), JSON.stringify(fixturePack())));

  it('gives way to the pack bundled with a new app version when the stored one is older', async () => {
    db = await openClientDb();
    await replaceStoredPack(db, { pack: fixturePack(), etag: '"old"', storedAt: 1 });
    bundleNewerPack();
    const start = await loadStartPack(db, network(), '2026-03-01-fixture2');
    expect(start.pack.version).toBe('2026-03-01-fixture2');
    expect(start.etag).toBeUndefined();
    expect((await readStoredPack(db))?.pack.version).toBe('2026-03-01-fixture2');
  });

  it('keeps the stored pack when it is as recent as the bundled one, without reading the bundle', async () => {
    db = await openClientDb();
    await replaceStoredPack(db, { pack: newerFixturePack(), etag: '"abc"', storedAt: 1 });
    const start = await loadStartPack(db, network(), '2026-02-03-fixture1');
    expect(start.pack.version).toBe('2026-03-01-fixture2');
    expect(statuses).toEqual([]);
  });

  it('keeps the stored pack when the new bundle cannot be read', async () => {
    db = await openClientDb();
    await replaceStoredPack(db, { pack: fixturePack(), etag: '"old"', storedAt: 1 });
    const offline = { fetch: () => Promise.reject(new TypeError('Failed to fetch')) };
    const start = await loadStartPack(db, offline, '2026-03-01-fixture2');
    expect(start.pack.version).toBe('2026-02-03-fixture1');
  });

  it('does not take an older pack from an endpoint not yet updated', async () => {
    db = await openClientDb();
    await replaceStoredPack(db, { pack: newerFixturePack(), etag: '"newer"', storedAt: 1 });
    const current = await loadStartPack(db, network());
    content.publish(JSON.stringify(fixturePack()));
    expect(await updateStoredPack(db, current, () => undefined, network())).toBeUndefined();
    expect(statuses).toEqual([200]);
    expect((await readStoredPack(db))?.pack.version).toBe('2026-03-01-fixture2');
  });
});

describe('checking the endpoint for new content', () => {
  it('is told 304 when the pack is current, and keeps it', async () => {
    const current = await tabletWithCurrentPack();
    expect(current.etag).toBeTruthy();
    statuses.length = 0;
    expect(await updateStoredPack(db, current, () => undefined, network())).toBeUndefined();
    expect(statuses).toEqual([304]);
    expect(await readStoredPack(db)).toEqual(current);
  });

  it('downloads a new pack with its progress, and replaces the stored one', async () => {
    const current = await tabletWithCurrentPack();
    const published = JSON.stringify(newerFixturePack());
    content.publish(published);
    const progress: DownloadProgress[] = [];
    const next = await updateStoredPack(db, current, (p) => progress.push(p), network());
    expect(next?.pack.version).toBe('2026-03-01-fixture2');
    expect(next?.etag).not.toBe(current.etag);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)?.received).toBe(Buffer.byteLength(published));
    const stored = await readStoredPack(db);
    expect(stored?.pack.demarches.map((d) => d.id)).toContain('aides-logement');
    expect(stored?.etag).toBe(next?.etag);
  });

  it('keeps the old pack when the download breaks off halfway', async () => {
    const current = await tabletWithCurrentPack();
    content.publish(JSON.stringify(newerFixturePack()));
    const halfway = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await fetch(input, init);
      return new Response(breakOffHalfway(await response.arrayBuffer()), { status: response.status, headers: response.headers });
    };
    const progress: DownloadProgress[] = [];
    const attempt = updateStoredPack(db, current, (p) => progress.push(p), { baseUrl: server.url, fetch: halfway });
    await expect(attempt).rejects.toThrow(ContentDownloadError);
    await expect(attempt).rejects.toThrow('interrompu');
    expect(progress.length).toBeGreaterThan(0);
    expect(await readStoredPack(db)).toEqual(current);
  });

  it.each([
    ['a truncated body', (json: string) => json.slice(0, Math.floor(json.length / 2)), 'abîmé'],
    ['a pack that breaks the schema', (json: string) => json.replace('"steps":[', '"steps":"none","x":['), 'pas valable'],
    [
      'a guide a tablet would show without its link',
      (json: string) => json.replace('"body":"', '"body":"[Ici](javascript:alert(1)) '),
      'pas valable',
    ],
  ])('keeps the old pack when the endpoint sends %s', async (_what, spoil, message) => {
    const current = await tabletWithCurrentPack();
    content.publish(spoil(JSON.stringify(newerFixturePack())));
    await expect(updateStoredPack(db, current, () => undefined, network())).rejects.toThrow(message);
    expect((await readStoredPack(db))?.pack.version).toBe('2026-02-03-fixture1');
  });

  it('keeps the old pack when the endpoint cannot be reached', async () => {
    const current = await tabletWithCurrentPack();
    const unreachable = { baseUrl: 'http://127.0.0.1:9', timeoutMs: 2000 };
    await expect(updateStoredPack(db, current, () => undefined, unreachable)).rejects.toThrow('Impossible de joindre le serveur');
    expect(await readStoredPack(db)).toEqual(current);
  });
});

describe('storing a pack', () => {
  it('is all or nothing: a write that fails leaves the previous pack whole', async () => {
    const current = await tabletWithCurrentPack();
    const unstorable = { ...newerFixturePack(), version: 'broken', extra: () => undefined } as unknown as ContentPack;
    await expect(replaceStoredPack(db, { pack: unstorable, storedAt: 2 })).rejects.toThrow();
    expect(await readStoredPack(db)).toEqual(current);
  });

  it('ignores a stored row it cannot read (written by another version) and starts from the bundled pack', async () => {
    db = await openClientDb();
    await db.content.put({ key: 'current', value: { pack: { version: 'old' }, storedAt: 1 } });
    expect(await readStoredPack(db)).toBeUndefined();
    expect((await loadStartPack(db, network())).pack.version).toBe('2026-02-03-fixture1');
  });
});

/** A body that sends its first half, then fails like a dropped connection. */
function breakOffHalfway(bytes: ArrayBuffer): ReadableStream<Uint8Array> {
  const half = new Uint8Array(bytes, 0, Math.floor(bytes.byteLength / 2));
  let sent = false;
  return new ReadableStream({
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(half);
      } else controller.error(new TypeError('network connection lost'));
    },
  });
}
