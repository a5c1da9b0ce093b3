// An op the endpoint refuses never blocks the tablet (real Chromium, a real endpoint): a file created
// offline holds one op the endpoint refuses (a value written by another version of the app, planted in
// the outbox in IndexedDB); back online, the rest of the file syncs, nothing stays pending, and Réglages
// says what was refused, in whose file and why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldLabel } from '../../src/app/db/field-labels';
import { openBrowser, viewports, type BrowserSession } from '../fixtures/browser';
import { describeViolations, seriousViolations } from '../fixtures/browser-axe';
import { createTestAccount, startAppServer, type AppServer, type TestAccount } from '../fixtures/browser-app';
import { AppPage } from '../fixtures/page-models/app-page';
import { BeneficiariesPage } from '../fixtures/page-models/beneficiaries-page';
import { login, Tablet } from '../fixtures/server-api';

const PASSPHRASE = 'le chat dort sur la tablette';
/** A value no version of the endpoint accepts for any field kept in clear (a date, a status, a box). */
const FOREIGN_VALUE = 'valeur-d-une-autre-version';

describe('an op the endpoint refuses', () => {
  let server: AppServer;
  let account: TestAccount;
  let browser: BrowserSession;
  let app: AppPage;
  let files: BeneficiariesPage;
  let josiane: string;
  let refusedField: string;

  /** Every op the endpoint gives a new tablet about Josiane. */
  const endpointOpsOfJosiane = async () => {
    const fresh = new Tablet(server.url, await login(server.url, account.email, account.password));
    return (await fresh.pullAll()).filter((op) => op.recordId === josiane);
  };

  /** Changes the value of the first pending op kept in clear in the outbox; returns its field. */
  const plantRefusedValue = () =>
    browser.page.evaluate(
      (value) =>
        new Promise<string>((done, fail) => {
          const open = indexedDB.open('declic');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const transaction = open.result.transaction('outbox', 'readwrite');
            const cursor = transaction.objectStore('outbox').openCursor();
            cursor.onsuccess = () => {
              const row = cursor.result;
              if (!row) return fail(new Error('No op in clear in the outbox'));
              const op = row.value as { field: string; sealed?: unknown };
              if (op.sealed !== undefined) return row.continue();
              row.update({ ...op, value });
              transaction.oncomplete = () => {
                open.result.close();
                done(op.field);
              };
            };
          };
        }),
      FOREIGN_VALUE,
    );

  beforeAll(async () => {
    server = await startAppServer();
    account = await createTestAccount(server.store);
    browser = await openBrowser({ viewport: viewports.landscape });
    app = new AppPage(browser.page, server.url);
    files = new BeneficiariesPage(browser.page, app);
    await app.open('/');
    await files.signInAndProtect(account.email, account.password, PASSPHRASE);
    await browser.context.setOffline(true);
    josiane = await files.createPerson({ firstName: 'Josiane', lastName: 'Canari', commune: 'Nérac', notes: 'RDV CARSAT jeudi' });
    refusedField = await plantRefusedValue();
    await browser.context.setOffline(false);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('is set aside: the rest of the file reaches the endpoint, and nothing stays pending', async () => {
    const deadline = Date.now() + 30_000;
    let ops = await endpointOpsOfJosiane();
    while (!ops.some((op) => op.field === 'notes')) {
      if (Date.now() > deadline) throw new Error('Josiane’s file never reached the endpoint.');
      await files.syncNow().catch(() => undefined);
      await browser.page.waitForTimeout(1_000);
      ops = await endpointOpsOfJosiane();
    }
    expect(ops.map((op) => op.field)).toEqual(expect.arrayContaining(['firstName', 'lastName', 'commune', 'notes']));
    expect(ops.some((op) => op.field === refusedField)).toBe(false);
    await expect.poll(() => files.syncText(), { timeout: 30_000 }).toContain('Aucune modification en attente');
    expect(await files.syncText()).toContain('1 modification refusée par le serveur : voir Réglages');
  });

  it('shows in Réglages what was refused, in whose file and why', async () => {
    await app.goTo('Réglages');
    const refused = browser.page.getByRole('region', { name: 'Modifications refusées' });
    await refused.getByRole('listitem').waitFor();
    const fact = (term: string) =>
      refused
        .locator('dt', { hasText: new RegExp(`^${term}$`) })
        .locator('+ dd')
        .textContent();
    expect(await fact('Quoi')).toBe(fieldLabel('beneficiaries', refusedField)!.name);
    expect(await fact('Dossier')).toBe('Josiane Canari');
    expect(await fact('Pourquoi')).toContain('Valeur refusée');
    expect(await refused.getByRole('button', { name: 'Réessayer' }).isVisible()).toBe(true);
    expect(await refused.getByRole('button', { name: 'Exporter' }).isVisible()).toBe(true);
    expect(describeViolations(await seriousViolations(browser.page))).toEqual([]);
    expect(await files.smallTargets()).toEqual([]);
  });
});
