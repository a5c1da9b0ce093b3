// A tablet holding unsent work receives a new version of Déclic whose database has one more version (a
// new table, a new index): once the aidant installs it, every file, draft and pending change is there,
// and the changes are sent. A second tab open on the old version gets it too (real Chromium; the new version is a
// build with DECLIC_TEST_EXTRA_VERSION=1).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TEST_EXTRA_TABLE } from '../../src/app/db/test-extra-version';
import { buildApp, builtAppDir, createTestAccount, startAppServer, type AppServer, type ExtraBuild } from '../fixtures/browser-app';
import { openBrowser, type BrowserSession } from '../fixtures/browser';
import { AppPage } from '../fixtures/page-models/app-page';
import { BeneficiariesPage } from '../fixtures/page-models/beneficiaries-page';

const SYNC = '**/api/v1/sync';
const NEW_NOTES = 'Pension de réversion : formulaire envoyé, attendre le courrier.';

/** "3 modifications en attente" → 3 (0 for "Aucune modification en attente"). */
function pendingIn(text: string): number {
  return Number(/(\d+) modifications? en attente/.exec(text)?.[1] ?? 0);
}

describe('an update of Déclic on a tablet with unsent work', () => {
  const label = `e2e-next-release-${Date.now()}`;
  let next: ExtraBuild;
  let server: AppServer;
  let browser: BrowserSession;

  beforeAll(async () => {
    next = await buildApp(label, { DECLIC_TEST_EXTRA_VERSION: '1' });
  });
  afterAll(() => next?.remove());
  afterEach(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('the normal build carries no test version of the database', () => {
    const assets = join(builtAppDir(), 'assets');
    const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
    expect(scripts.filter((file) => readFileSync(join(assets, file), 'utf8').includes(TEST_EXTRA_TABLE))).toEqual([]);
  });

  it('keeps every file, draft and pending change through the update, then sends them', async () => {
    server = await startAppServer(builtAppDir());
    const account = await createTestAccount(server.store);
    browser = await openBrowser();
    const { page } = browser;
    const app = new AppPage(page, server.url);
    const people = new BeneficiariesPage(page, app);
    await app.open('/');
    await app.signIn(account.email, account.password);
    await app.waitForServiceWorkerControl();
    const installed = await app.appVersion();

    // Online: a file, sent.
    const yvette = await people.createPerson({ firstName: 'Yvette', lastName: 'Girard', commune: 'Rethel', notes: 'Dossier de réversion' });
    await people.syncNow();
    await expect.poll(() => people.syncText(), { timeout: 30_000 }).toContain('Aucune modification en attente');

    // The network goes: a new file, an edit, and a form left half filled.
    await browser.context.route(SYNC, (route) => route.abort('internetdisconnected'));
    const lucas = await people.createPerson({ firstName: 'Lucas', lastName: 'Petit', commune: 'Amagne' });
    await people.openPerson('Yvette Girard');
    await people.editNotes('Yvette Girard', NEW_NOTES);
    await people.openList();
    await people.main.getByRole('link', { name: 'Nouveau dossier' }).click();
    await people.main.getByLabel('Prénom ou pseudonyme (obligatoire)').fill('Mireille');
    await app.goTo('Guides');
    await expect.poll(async () => (await app.databaseShape()).stores.drafts?.rows, { timeout: 10_000 }).toBe(1);
    // And a change the endpoint refused earlier, set apart in the quarantine (a copy of a pending op, as it is kept).
    await quarantineACopyOfAPendingOp(page);
    const before = await app.databaseShape();
    expect(before.stores.quarantine!.rows).toBe(1);
    const pending = before.stores.outbox!.rows;
    expect(pending).toBeGreaterThan(0);
    // The header counts files changed: Lucas's and Yvette's (writes close together are counted within a second or so).
    await expect.poll(async () => pendingIn(await people.syncText()), { timeout: 10_000 }).toBe(2);

    // The next release is deployed; the aidant installs it and unlocks.
    await server.restart(next.dir);
    await app.checkForUpdate();
    await app.installUpdate();
    await app.waitForShell();
    expect(await app.appVersion()).toBe(label);
    expect(label).not.toBe(installed);

    // Its database version ran its upgrade over the unsent work, and lost none of it.
    const after = await app.databaseShape();
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.stores[TEST_EXTRA_TABLE]?.rows, 'the upgrade of the new version ran').toBe(1);
    expect(after.stores.outbox!.indexes).toContain('hlc');
    expect(after.stores.outbox!.rows).toBe(pending);
    expect(after.stores.drafts!.rows).toBe(1);
    expect(after.stores.quarantine!.rows, 'the refused change is still set apart').toBe(1);
    expect(pendingIn(await people.syncText())).toBe(2);
    expect(await people.syncText()).toContain('1 modification refusée par le serveur');

    await people.openList();
    expect((await people.listedNames()).sort()).toEqual(['Lucas Petit', 'Yvette Girard']);
    await people.openPerson('Yvette Girard');
    expect((await people.notesOnFile()).current).toBe(NEW_NOTES);
    await people.openList();
    await people.main.getByRole('link', { name: 'Nouveau dossier' }).click();
    await people.main.getByText('Brouillon retrouvé').waitFor();
    expect(await people.main.getByLabel('Prénom ou pseudonyme (obligatoire)').inputValue()).toBe('Mireille');

    // The network is back: every pending change reaches the endpoint.
    await browser.context.unroute(SYNC);
    await app.goTo('Bénéficiaires');
    await people.syncNow();
    await expect.poll(() => people.syncText(), { timeout: 30_000 }).toContain('Aucune modification en attente');
    const [structure] = await server.store.listStructures();
    const live = await server.store.syncTransaction(structure!.id, (tx) => tx.liveOpsOfCollection('beneficiaries'));
    const valueOf = (recordId: string, field: string) => live.find((op) => op.recordId === recordId && op.field === field)?.value;
    expect(valueOf(lucas, 'firstName')).toBe(JSON.stringify('Lucas'));
    expect(valueOf(yvette, 'notes')).toBe(JSON.stringify(NEW_NOTES));
  });

  it('brings the new version to a second tab too, once the first tab installed it', async () => {
    server = await startAppServer(builtAppDir());
    const account = await createTestAccount(server.store);
    browser = await openBrowser();
    const first = new AppPage(browser.page, server.url);
    await first.open('/');
    await first.signIn(account.email, account.password);
    await first.waitForServiceWorkerControl();
    const second = new AppPage(await browser.context.newPage(), server.url);
    second.passphrase = first.passphrase;
    await second.open('/');
    await second.waitForShell();
    await second.waitForServiceWorkerControl();

    // Both tabs offer the next release; the aidant installs it from the first.
    await server.restart(next.dir);
    await first.checkForUpdate();
    await second.updateBanner.waitFor({ timeout: 15_000 });
    await first.installUpdate();
    await first.waitForShell();
    expect(await first.appVersion()).toBe(label);

    // The second tab still runs the old version under its banner, with nothing left waiting: its button reloads it.
    await second.installUpdate();
    await second.waitForShell();
    expect(await second.appVersion()).toBe(label);
  });
});

/** Puts a copy of the first pending op in the quarantine, with a reason, as the sync does with a refused one. */
function quarantineACopyOfAPendingOp(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('declic');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction(['outbox', 'quarantine'], 'readwrite');
          const first = transaction.objectStore('outbox').openCursor();
          first.onsuccess = () => {
            if (!first.result) return fail(new Error('No pending op to copy'));
            const { seq: _seq, ...op } = first.result.value as Record<string, unknown>;
            transaction.objectStore('quarantine').put({
              ...op,
              opId: `${String(op.opId)}-refusee`,
              reason: 'Valeur refusée par le serveur.',
              code: 'valeur_invalide',
              damaged: false,
              quarantinedAt: Date.now(),
            });
          };
          transaction.oncomplete = () => {
            open.result.close();
            done();
          };
          transaction.onerror = () => fail(transaction.error);
        };
      }),
  );
}
