// At start the tablet shows its pack at once, then checks the endpoint: the views follow the swap.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runContent } from '../../src/app/catalogue/content-runtime';
import { contentState, requestContentCheck, type ContentState } from '../../src/app/catalogue/content-store';
import type { DeclicDatabase } from '../../src/app/db/database';
import { readStoredPack } from '../../src/app/db/content-repository';
import { search } from '../../src/app/search/search-index';
import { openClientDb } from '../fixtures/client-db';
import { fixturePack, newerFixturePack } from '../fixtures/content-pack-fixture';
import { startTestServer, type TestServer } from '../fixtures/test-server';

let published = JSON.stringify(fixturePack());
const content = {
  current: () => ({ json: published, etag: `"${createHash('sha256').update(published).digest('hex').slice(0, 20)}"`, version: 'test' }),
};
let server: TestServer;
let staticDir: string;
let db: DeclicDatabase;

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'declic-content-'));
  writeFileSync(join(staticDir, 'content-pack.json'), JSON.stringify(fixturePack()));
  server = await startTestServer({ staticDir, content });
});
afterAll(async () => {
  await server?.close();
  rmSync(staticDir, { recursive: true, force: true });
});
afterEach(() => {
  db?.close();
  published = JSON.stringify(fixturePack());
});

function ready(state: ContentState) {
  if (state.status !== 'ready') throw new Error(`content is ${state.status}`);
  return state;
}

describe('the content on a tablet that starts', () => {
  it('shows the bundled pack, then swaps in the newer pack of the endpoint, search included', async () => {
    db = await openClientDb();
    published = JSON.stringify(newerFixturePack());
    await runContent(db, { network: { baseUrl: server.url }, followOnline: false });
    const state = ready(contentState());
    expect(state.pack.version).toBe('2026-03-01-fixture2');
    expect(state.update.phase).toBe('updated');
    expect(search(state.index, 'aide logement')[0]?.id).toBe('aides-logement');
    expect((await readStoredPack(db))?.pack.version).toBe('2026-03-01-fixture2');
  });

  it('keeps the pack in use and says why when the new pack arrives broken', async () => {
    db = await openClientDb();
    published = JSON.stringify(newerFixturePack()).slice(0, 500);
    await runContent(db, { network: { baseUrl: server.url }, followOnline: false });
    const state = ready(contentState());
    expect(state.pack.version).toBe('2026-02-03-fixture1');
    expect(state.update).toMatchObject({ phase: 'failed', message: expect.stringContaining('Le contenu actuel reste utilisé') });
    expect(search(state.index, 'aide logement').map((hit) => hit.id)).not.toContain('aides-logement');
  });

  it('checks again on demand ("Chercher un nouveau contenu") and installs what was published since', async () => {
    db = await openClientDb();
    await runContent(db, { network: { baseUrl: server.url }, followOnline: false });
    expect(contentState().update.phase).toBe('up-to-date');
    published = JSON.stringify(newerFixturePack());
    expect(requestContentCheck()).toBe(true);
    await expect.poll(() => contentState().update.phase).toBe('updated');
    expect(ready(contentState()).pack.version).toBe('2026-03-01-fixture2');
  });

  it('says plainly that the catalogue is missing when there is neither a stored nor a bundled pack', async () => {
    db = await openClientDb();
    await runContent(db, { network: { baseUrl: 'http://127.0.0.1:9', timeoutMs: 2000 }, followOnline: false });
    expect(contentState()).toMatchObject({ status: 'failed', message: expect.stringContaining('connectez-la au réseau') });
  });
});
