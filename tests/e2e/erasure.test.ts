// Erasing a file reaches every tablet (real Chromium, two profiles, a real endpoint): tablet B is
// offline while tablet A erases Josiane's file; B even edits it offline. When B syncs again, the file
// leaves B, B's late edit does not bring it back anywhere, and no pull ever returns her values again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, viewports, type BrowserSession } from '../fixtures/browser';
import { describeViolations, seriousViolations } from '../fixtures/browser-axe';
import { createTestAccount, startAppServer, type AppServer, type TestAccount } from '../fixtures/browser-app';
import { AppPage } from '../fixtures/page-models/app-page';
import { BeneficiariesPage } from '../fixtures/page-models/beneficiaries-page';
import { login, Tablet } from '../fixtures/server-api';

const PASSPHRASE = 'le chat dort sur la tablette';
const NAME = 'Josiane Canari';

describe('erasing a file while another tablet is offline', () => {
  let server: AppServer;
  let account: TestAccount;
  let tabletA: BrowserSession;
  let tabletB: BrowserSession;
  let a: BeneficiariesPage;
  let b: BeneficiariesPage;
  let josiane: string;

  const openTablet = async (): Promise<[BrowserSession, BeneficiariesPage]> => {
    const browser = await openBrowser({ viewport: viewports.landscape });
    const app = new AppPage(browser.page, server.url);
    const files = new BeneficiariesPage(browser.page, app);
    await app.open('/');
    await files.signInAndProtect(account.email, account.password, PASSPHRASE);
    return [browser, files];
  };

  /** Every op the endpoint gives a new tablet about Josiane (a pull from scratch). */
  const endpointOpsOfJosiane = async () => {
    const fresh = new Tablet(server.url, await login(server.url, account.email, account.password));
    return (await fresh.pullAll()).filter((op) => op.recordId === josiane);
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

  beforeAll(async () => {
    server = await startAppServer();
    account = await createTestAccount(server.store);
    [tabletA, a] = await openTablet();
    [tabletB, b] = await openTablet();
    josiane = await a.createPerson({ firstName: 'Josiane', lastName: 'Canari', commune: 'Nérac', notes: 'Veuve, RDV CARSAT jeudi' });
    await syncUntil(a, async () => (await endpointOpsOfJosiane()).some((op) => op.field === 'notes'));
    await syncUntil(b, async () => {
      await b.openList();
      return (await b.listedNames()).includes(NAME);
    });
  });

  afterAll(async () => {
    await tabletA?.close();
    await tabletB?.close();
    await server?.dispose();
  });

  it('shows the file’s pages to a finger and a screen reader: axe finds nothing serious, targets of 44 px', async () => {
    const pages = ['', '/modifier', '/diagnostic', '/mandat', '/donnees', '/effacer'].map((sub) => `/beneficiaires/${josiane}${sub}`);
    for (const path of ['/beneficiaires', '/beneficiaires/nouveau', ...pages]) {
      await a.goToPath(path);
      await a.main.getByRole('heading', { level: 1 }).waitFor();
      await a.page.locator('main [aria-busy="true"]').first().waitFor({ state: 'detached' });
      expect(describeViolations(await seriousViolations(a.page)), path).toEqual([]);
      expect(await a.smallTargets(), path).toEqual([]);
    }
    await a.goToPath('/beneficiaires/nouveau');
    await a.main.getByRole('button', { name: 'Abandonner' }).click();
    await a.main.getByRole('button', { name: 'Oui, abandonner' }).click();
  });

  it('lets tablet B, offline, still open and edit the file while tablet A erases it', async () => {
    await tabletB.context.setOffline(true);
    await b.openPerson(NAME);

    await a.openPerson(NAME);
    await a.eraseOpenFile(NAME);
    expect(await a.listedNames()).not.toContain(NAME);
    expect(await a.storedRow('beneficiaries', josiane)).toEqual({ fields: ['deleted'], sealed: false });
    await syncUntil(a, async () => (await endpointOpsOfJosiane()).every((op) => op.field === 'deleted'));

    await b.editNotes(NAME, 'Ajout hors ligne : appeler la CARSAT');
    expect(await b.syncText()).toMatch(/en attente/);
    // The edit is on B, sealed at rest like every personal value.
    expect(await b.storedRow('beneficiaries', josiane)).toMatchObject({ sealed: true });
  });

  it('erases the file from tablet B at its next sync, its offline edit included', async () => {
    await tabletB.context.setOffline(false);
    await syncUntil(b, async () => (await b.storedRow('beneficiaries', josiane))?.fields.join() === 'deleted');
    expect(await b.storedRow('beneficiaries', josiane)).toEqual({ fields: ['deleted'], sealed: false });
    await b.openList();
    expect(await b.listedNames()).not.toContain(NAME);
    await b.goToPath(`/beneficiaires/${josiane}`);
    await b.main.getByRole('heading', { level: 1, name: 'Dossier introuvable' }).waitFor();
    await expect.poll(() => b.syncText()).toMatch(/Aucune modification en attente/);
  });

  it('does not bring the file back on tablet A, nor on the endpoint', async () => {
    await a.syncNow();
    await a.openList();
    await a.page.waitForTimeout(1_000);
    expect(await a.listedNames()).not.toContain(NAME);
    expect(await a.storedRow('beneficiaries', josiane)).toEqual({ fields: ['deleted'], sealed: false });
    const ops = await endpointOpsOfJosiane();
    expect(ops.map((op) => [op.field, op.value])).toEqual([['deleted', true]]);
    expect(JSON.stringify(ops)).not.toMatch(/Josiane|Canari|CARSAT|Ajout hors ligne/);
  });
});
