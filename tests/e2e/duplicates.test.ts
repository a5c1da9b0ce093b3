// Duplicate files in real Chromium against a real endpoint, two tablets: the aidant creates a second file
// for Josiane and is warned before it is made (same last and first name), creates it anyway, finds the
// pair in « Doublons possibles », keeps the new file and merges the old one into it: the session logged
// on the old file shows on the kept one. After a sync, the other tablet shows one file, with the session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveRecords } from '../../src/server/stats/live-records';
import { openBrowser, viewports, type BrowserSession } from '../fixtures/browser';
import { describeViolations, seriousViolations } from '../fixtures/browser-axe';
import { createTestAccount, startAppServer, type AppServer, type TestAccount } from '../fixtures/browser-app';
import { AppPage } from '../fixtures/page-models/app-page';
import { BeneficiariesPage } from '../fixtures/page-models/beneficiaries-page';

const PASSPHRASE = 'le chat dort sur la tablette';
const OLD_NAME = 'Josiane Lavergne';
const NEW_NAME = 'Josianne LAVERGNE';

describe('two files of one person: warned, listed, merged, and one file on every tablet', () => {
  let server: AppServer;
  let account: TestAccount;
  let tabletA: BrowserSession;
  let tabletB: BrowserSession;
  let a: BeneficiariesPage;
  let b: BeneficiariesPage;
  let oldFile: string;
  let newFile: string;

  const openTablet = async (): Promise<[BrowserSession, BeneficiariesPage]> => {
    const browser = await openBrowser({ viewport: viewports.landscape });
    const app = new AppPage(browser.page, server.url);
    const files = new BeneficiariesPage(browser.page, app);
    await app.open('/');
    await files.signInAndProtect(account.email, account.password, PASSPHRASE);
    return [browser, files];
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

  /** The structure's records of `collection` on the endpoint, merged, with `fields`. */
  const atEndpoint = async (collection: string, fields: string[]) => {
    const structureId = (await server.store.listStructures())[0]!.id;
    const records = [];
    for await (const page of liveRecords(server.store, structureId, collection, fields)) records.push(...page);
    return records;
  };

  beforeAll(async () => {
    server = await startAppServer();
    account = await createTestAccount(server.store);
    [tabletA, a] = await openTablet();
    [tabletB, b] = await openTablet();
  });

  afterAll(async () => {
    await tabletA?.close();
    await tabletB?.close();
    await server?.dispose();
  });

  it('logs a session on a first file, then warns with the criteria before a second file is made', async () => {
    oldFile = await a.createPerson({ firstName: 'Josiane', lastName: 'Lavergne', commune: 'Nérac' });
    await a.main.getByRole('link', { name: 'Noter un accompagnement' }).click();
    await a.main.getByRole('heading', { level: 1, name: `Accompagnement de ${OLD_NAME}` }).waitFor();
    await a.main.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await a.main.getByRole('status').filter({ hasText: 'Accompagnement enregistré.' }).waitFor();

    await a.openList();
    await a.main.getByRole('link', { name: 'Nouveau dossier' }).click();
    await a.main.getByLabel('Prénom ou pseudonyme (obligatoire)').fill('Josianne');
    await a.main.getByLabel('Nom (facultatif)').fill('LAVERGNE');
    const warning = a.main.getByRole('region', { name: 'Cette personne a peut-être déjà un dossier' });
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/Josiane Lavergne.*même nom et prénom/);
    await a.main.getByRole('button', { name: 'Créer le dossier' }).click();
    // Not made yet: the aidant is asked to check with the person first.
    await a.main.getByRole('button', { name: 'Créer quand même' }).click();
    await a.main.getByRole('heading', { level: 1, name: NEW_NAME }).waitFor();
    newFile = new URL(a.page.url()).pathname.split('/')[2]!;
    await a.openList();
    expect((await a.listedNames()).sort()).toEqual([OLD_NAME, NEW_NAME].sort());
    // Tablet B gets both files.
    await syncUntil(a, async () => (await atEndpoint('beneficiaries', ['firstName'])).length === 2);
    await syncUntil(b, async () => {
      await b.openList();
      return (await b.listedNames()).length === 2;
    });
  });

  it('lists the pair in « Doublons possibles », and merges into the file the aidant keeps, showing what moves', async () => {
    await a.openList();
    await a.main.getByRole('link', { name: 'Doublons possibles' }).click();
    const pair = a.main.getByRole('listitem', { name: `${OLD_NAME} et ${NEW_NAME}` });
    await pair.waitFor();
    expect(await pair.textContent()).toMatch(/En commun : même nom et prénom/);
    await a.page.locator('main [aria-busy="true"]').first().waitFor({ state: 'detached' });
    expect(describeViolations(await seriousViolations(a.page))).toEqual([]);
    await pair.getByRole('link', { name: 'Fusionner' }).click();
    await a.main.getByRole('radio', { name: new RegExp(NEW_NAME) }).check();
    const plan = a.main.getByRole('region', { name: 'Ce que la fusion va faire' });
    await expect.poll(() => plan.textContent()).toMatch(`Rattaché au dossier de ${NEW_NAME} : 1 accompagnement.`);
    expect(await plan.textContent()).toMatch(/Complété depuis l’autre dossier : commune/);
    expect(describeViolations(await seriousViolations(a.page))).toEqual([]);
    expect(await a.smallTargets()).toEqual([]);
    await a.main.getByRole('button', { name: 'Fusionner les dossiers' }).click();
    await a.main.getByRole('button', { name: 'Oui, fusionner' }).click();
    await a.main
      .getByRole('status')
      .filter({ hasText: `Les deux dossiers de ${NEW_NAME} ont été fusionnés.` })
      .waitFor();
    expect(new URL(a.page.url()).pathname).toBe(`/beneficiaires/${newFile}`);
    await a.main.getByRole('heading', { name: 'Accompagnements (1)' }).waitFor();
    expect(await a.historyTitles()).toContain('Accompagnement en mairie');
    await a.openList();
    expect(await a.listedNames()).toEqual([NEW_NAME]);
    // The old address opens the kept file.
    await a.goToPath(`/beneficiaires/${oldFile}`);
    await a.page.waitForURL(`**/beneficiaires/${newFile}`);
  });

  it('sends the merge to the endpoint, and the other tablet shows one file with the session', async () => {
    await syncUntil(a, async () => {
      const files = await atEndpoint('beneficiaries', ['mergedInto']);
      const sessions = await atEndpoint('accompagnements', ['beneficiaryId']);
      return files.some((f) => f.mergedInto === newFile) && sessions.every((s) => s.beneficiaryId === newFile);
    });
    await syncUntil(b, async () => {
      await b.openList();
      const names = await b.listedNames();
      return names.length === 1 && names[0] === NEW_NAME;
    });
    await b.openPerson(NEW_NAME);
    await b.main.getByRole('heading', { name: 'Accompagnements (1)' }).waitFor();
    expect(await b.main.getByRole('region', { name: 'Informations' }).textContent()).toMatch(/Nérac/);
  });
});
