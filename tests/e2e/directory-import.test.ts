// « Importer un annuaire » in real Chromium against a real endpoint: a coordinateur imports the « Lieux de
// médiation numérique » file of Lot-et-Garonne, reads the refused lines, finds the places with their hours in
// plain French, and the endpoint receives them at the next sync, as the ids the command line would give.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAidant, createStructure } from '../../src/server/accounts/accounts';
import { liveRecords } from '../../src/server/stats/live-records';
import { importedPartnerId } from '../../src/shared/directory/partner-ids';
import { openBrowser, type BrowserSession } from '../fixtures/browser';
import { describeViolations, seriousViolations } from '../fixtures/browser-axe';
import { startAppServer, type AppServer } from '../fixtures/browser-app';
import { AppPage } from '../fixtures/page-models/app-page';
import { BeneficiariesPage } from '../fixtures/page-models/beneficiaries-page';
import { CataloguePage } from '../fixtures/page-models/catalogue-page';

const PASSWORD = 'Une phrase de passe de test 47';
const COORDINATOR = 'karim.benali@nerac.example.fr';

describe('Importer un annuaire, on a tablet', () => {
  let server: AppServer;
  let structureId: string;
  let browser: BrowserSession;

  beforeAll(async () => {
    server = await startAppServer();
    structureId = (await createStructure(server.store, 'France services de Nérac')).id;
    await createAidant(server.store, { structureId, name: 'Karim Benali', role: 'coordinateur', email: COORDINATOR, password: PASSWORD });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('imports the Lieux file for the structure, shows what it refused, and syncs the places', async () => {
    browser = await openBrowser();
    const app = new AppPage(browser.page, server.url);
    await app.open('/');
    await app.signIn(COORDINATOR, PASSWORD);
    const catalogue = new CataloguePage(browser.page);
    await app.goTo('Partenaires');
    await catalogue.main.getByRole('button', { name: 'Importer un annuaire' }).click();
    const form = catalogue.main.getByRole('form', { name: 'Importer un annuaire' });
    await form.getByLabel('Fichier de l’annuaire').setInputFiles(resolve('tests/fixtures/directories/lieux-47.csv'));
    expect(describeViolations(await seriousViolations(browser.page))).toEqual([]);
    await form.getByRole('button', { name: 'Importer' }).click();
    await catalogue.main.getByText('ajoutés 4, mis à jour 0, inchangés 0, refusés 5').waitFor();
    expect(await catalogue.main.getByText('ligne 9 : code_postal invalide : « 475OO » (5 chiffres attendus)').count()).toBe(1);
    expect(describeViolations(await seriousViolations(browser.page))).toEqual([]);
    await catalogue.main.getByRole('button', { name: 'Fermer' }).click();
    await catalogue.main.getByRole('link', { name: /^France services de Nérac Partenaire local/ }).click();
    await catalogue.main
      .getByText('du lundi au jeudi de 8 h 30 à 12 h 30 et de 13 h 30 à 17 h ; le vendredi de 8 h 30 à 12 h 30')
      .waitFor();

    const nerac = await importedPartnerId({ territory: false, structureId }, 'lieux', 'lieu-nerac-fs');
    const files = new BeneficiariesPage(browser.page, app);
    const deadline = Date.now() + 20_000;
    let names: string[] = [];
    while (names.length < 4 && Date.now() < deadline) {
      await files.syncNow();
      await browser.page.waitForTimeout(500);
      names = [];
      for await (const page of liveRecords(server.store, structureId, 'localPartners', ['name'])) names.push(...page.map((r) => r.id));
    }
    expect(names).toHaveLength(4);
    expect(names).toContain(nerac);
  });
});
