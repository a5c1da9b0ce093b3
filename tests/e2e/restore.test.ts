// A server restored from a backup loses nothing the tablets hold (real Chromium, two profiles, a real
// endpoint): what both tablets wrote and synced after the backup comes back to the endpoint and to both
// tablets once they sync, each tablet sending again what it holds when the endpoint no longer knows its cursor.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupStorage, restoreStorage } from '../../src/server/store/backup';
import { openStore } from '../../src/server/store/open-store';
import type { Store } from '../../src/server/store/store';
import { openBrowser, viewports, type BrowserSession } from '../fixtures/browser';
import { builtAppDir, createTestAccount, type TestAccount } from '../fixtures/browser-app';
import { AppPage } from '../fixtures/page-models/app-page';
import { BeneficiariesPage } from '../fixtures/page-models/beneficiaries-page';
import { login, Tablet } from '../fixtures/server-api';
import { startTestServer, type TestServer } from '../fixtures/test-server';

const PASSPHRASE = 'la sauvegarde de la nuit';

describe('a server restored from last night’s backup, and two tablets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'declic-restore-e2e-'));
  const location = { dataDir: dir, databaseUrl: undefined };
  let store: Store | undefined;
  let server: TestServer | undefined;
  let url: string;
  let account: TestAccount;
  let tabletA: BrowserSession;
  let tabletB: BrowserSession;
  let a: BeneficiariesPage;
  let b: BeneficiariesPage;

  /** Starts the endpoint on the storage, on `port` when given (where the tablets know it). */
  const start = async (port?: number) => {
    store = await openStore(location);
    server = await startTestServer({ store, staticDir: builtAppDir(), port });
    url = server.url;
  };
  const stop = async () => {
    await server?.close();
    await store?.close();
    server = store = undefined;
  };

  const openTablet = async (): Promise<[BrowserSession, BeneficiariesPage]> => {
    const browser = await openBrowser({ viewport: viewports.landscape });
    const app = new AppPage(browser.page, url);
    const files = new BeneficiariesPage(browser.page, app);
    await app.open('/');
    await files.signInAndProtect(account.email, account.password, PASSPHRASE);
    return [browser, files];
  };

  /** The first names the endpoint gives a new tablet (a pull from scratch), one per live op. */
  const endpointFirstNames = async (): Promise<string[]> => {
    // Node's fetch may first reuse a connection of the endpoint before its restart: that one try is made again.
    const token = await login(url, account.email, account.password).catch(() => login(url, account.email, account.password));
    const fresh = new Tablet(url, token);
    return (await fresh.pullAll())
      .filter((op) => op.field === 'firstName')
      .map((op) => String(op.value))
      .sort();
  };

  /** Presses "Synchroniser" until `done` holds (a sync may already be running); fails after 30 s. */
  const syncUntil = async (files: BeneficiariesPage, done: () => Promise<boolean>) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      await files.syncNow();
      if (await done()) return;
      if (Date.now() > deadline) throw new Error('The expected state never came after syncing for 30 s.');
      await files.page.waitForTimeout(1_000);
    }
  };
  const lists = (files: BeneficiariesPage, names: string[]) => async () => {
    await files.openList();
    return JSON.stringify((await files.listedNames()).sort()) === JSON.stringify(names);
  };

  beforeAll(async () => {
    await start();
    account = await createTestAccount(store!);
    [tabletA, a] = await openTablet();
    [tabletB, b] = await openTablet();
  });

  afterAll(async () => {
    await tabletA?.close();
    await tabletB?.close();
    await stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives back to the endpoint and to both tablets every file written after the backup', async () => {
    await a.createPerson({ firstName: 'Armelle', lastName: 'Veille', commune: 'Nérac' });
    await syncUntil(a, async () => (await endpointFirstNames()).includes('Armelle'));
    const backup = join(dir, 'sauvegarde-nuit.sqlite');
    await backupStorage(location, backup);

    await a.createPerson({ firstName: 'Aline', lastName: 'Lendemain', commune: 'Agen' });
    await syncUntil(a, async () => (await endpointFirstNames()).includes('Aline'));
    await b.createPerson({ firstName: 'Bruno', lastName: 'Lendemain', commune: 'Fumel' });
    await syncUntil(b, async () => (await endpointFirstNames()).includes('Bruno'));
    const everyone = ['Aline Lendemain', 'Armelle Veille', 'Bruno Lendemain'];
    await syncUntil(a, lists(a, everyone));
    await syncUntil(b, lists(b, everyone));

    const port = Number(new URL(url).port);
    await stop();
    await restoreStorage(location, backup);
    await start(port);
    expect(await endpointFirstNames()).toEqual(['Armelle']);

    await syncUntil(a, async () => (await endpointFirstNames()).includes('Aline'));
    await syncUntil(b, async () => (await endpointFirstNames()).includes('Bruno'));
    await syncUntil(a, lists(a, everyone));
    await syncUntil(b, lists(b, everyone));
    // Sent again by both tablets, each name is still one live value on the endpoint.
    expect(await endpointFirstNames()).toEqual(['Aline', 'Armelle', 'Bruno']);
    await expect.poll(() => a.syncText()).toMatch(/Aucune modification en attente/);
    await expect.poll(() => b.syncText()).toMatch(/Aucune modification en attente/);
  });
});
