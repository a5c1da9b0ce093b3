// The coordinator's path in real Chromium: add an aidant, print the welcome sheet, the new aidant logs in on a
// second browser with it and chooses a password, the coordinator deactivates the account, and the second
// browser is logged out at its next sync with the message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAidant, createStructure } from '../../src/server/accounts/accounts';
import { putMembership } from '../../src/server/accounts/memberships';
import { openBrowser, type BrowserSession } from '../fixtures/browser';
import { startAppServer, type AppServer } from '../fixtures/browser-app';
import { AppPage } from '../fixtures/page-models/app-page';
import { TEST_PASSWORD_COST } from '../fixtures/password-cost';

const COORDINATOR = { email: 'nadia.coordination@nerac.test', password: 'Un mot de passe de test 42' };
const NEWCOMER_EMAIL = 'lucie.bernard@nerac.test';
const NEWCOMER_PASSWORD = 'Velo-Rouge-Garonne-47';

describe('the coordinator’s path', () => {
  let server: AppServer;
  let coordinatorBrowser: BrowserSession;
  let newcomerBrowser: BrowserSession;
  let coordinator: AppPage;
  let newcomer: AppPage;
  let temporaryPassword = '';

  beforeAll(async () => {
    server = await startAppServer();
    const structure = await createStructure(server.store, 'France services de Nérac');
    const nadia = await createAidant(
      server.store,
      { structureId: structure.id, name: 'Nadia Coordinatrice', role: 'coordinateur', ...COORDINATOR },
      { passwordCost: TEST_PASSWORD_COST },
    );
    // She coordinates a second structure too (a France services and a small mairie nearby).
    await putMembership(server.store, nadia.id, (await createStructure(server.store, 'Mairie de Mézin')).id, 'coordinateur');
    coordinatorBrowser = await openBrowser();
    newcomerBrowser = await openBrowser();
    coordinator = new AppPage(coordinatorBrowser.page, server.url);
    newcomer = new AppPage(newcomerBrowser.page, server.url);
    await coordinator.open('/');
    await coordinator.signIn(COORDINATOR.email, COORDINATOR.password);
  });

  afterAll(async () => {
    await coordinatorBrowser?.close();
    await newcomerBrowser?.close();
    await server?.dispose();
  });

  it('adds an aidant from Réglages › Administration › Équipe and gets the welcome sheet', async () => {
    const page = coordinatorBrowser.page;
    await coordinator.goTo('Réglages');
    await page.getByRole('link', { name: 'Ouvrir l’administration' }).click();
    await page.getByRole('link', { name: /^Équipe/ }).click();
    await page.getByRole('rowheader', { name: /Nadia Coordinatrice/ }).waitFor();
    await page.getByLabel('Prénom et nom').fill('Lucie Bernard');
    await page.getByLabel('Adresse e-mail', { exact: true }).fill(NEWCOMER_EMAIL);
    await page.getByRole('main').getByLabel('Structure', { exact: true }).selectOption({ label: 'France services de Nérac' });
    await page.getByRole('button', { name: 'Ajouter l’aidant' }).click();
    const sheet = page.getByRole('region', { name: 'Bienvenue dans Déclic, Lucie Bernard' });
    await sheet.waitFor();
    temporaryPassword = (await sheet.locator('.welcome-sheet__password').textContent()) ?? '';
    expect(temporaryPassword).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
    expect(await sheet.textContent()).toContain(server.url);
    expect(await sheet.textContent()).toContain(NEWCOMER_EMAIL);
  });

  it('prints the welcome sheet alone: the address, the e-mail and the password, nothing else of the page', async () => {
    const page = coordinatorBrowser.page;
    // Chromium's print dialog would block a headless page: the call is counted instead, then the print media is read.
    await page.evaluate(() => {
      const counted = window as unknown as { printed: number };
      counted.printed = 0;
      window.print = () => void (counted.printed += 1);
    });
    await page.getByRole('button', { name: 'Imprimer la fiche d’accueil' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    try {
      const printed = await page.locator('body').innerText();
      expect(printed).toContain('Bienvenue dans Déclic, Lucie Bernard');
      expect(printed).toContain(server.url);
      expect(printed).toContain(NEWCOMER_EMAIL);
      expect(printed).toContain(temporaryPassword);
      for (const hidden of ['Ajouter un aidant', 'Nadia Coordinatrice', 'Imprimer la fiche d’accueil', 'Synchronisation', 'Bénéficiaires'])
        expect(printed, `« ${hidden} » must not be printed`).not.toContain(hidden);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('lets the new aidant log in on another tablet and choose their own password first', async () => {
    const page = newcomerBrowser.page;
    await newcomer.open('/');
    await page.getByLabel('Adresse e-mail', { exact: true }).fill(NEWCOMER_EMAIL);
    await page.getByLabel('Mot de passe', { exact: true }).fill(temporaryPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choisissez votre mot de passe' }).waitFor();
    await page.getByLabel('Mot de passe provisoire', { exact: true }).fill(temporaryPassword);
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(NEWCOMER_PASSWORD);
    await page.getByLabel('Retapez le nouveau mot de passe', { exact: true }).fill(NEWCOMER_PASSWORD);
    await page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).click();
    await newcomer.signIn(NEWCOMER_EMAIL, NEWCOMER_PASSWORD);
    await newcomer.goTo('Bénéficiaires');
  });

  it('adds the new aidant to the second structure, then removes her from it (asked first)', async () => {
    const page = coordinatorBrowser.page;
    await page.getByRole('button', { name: 'Fermer' }).click();
    await page.getByLabel('Adresse e-mail du compte').fill(NEWCOMER_EMAIL);
    await page.getByLabel('Structure à rejoindre').selectOption({ label: 'Mairie de Mézin' });
    await page.getByRole('button', { name: 'Ajouter à la structure' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Lucie Bernard/ }) });
    const mezin = row.getByRole('listitem').filter({ hasText: 'Mairie de Mézin (Aidant)' });
    await mezin.waitFor();
    await mezin.getByRole('button', { name: 'Retirer' }).click();
    await mezin.getByRole('button', { name: 'Oui, retirer' }).click();
    await row.getByRole('listitem').filter({ hasText: 'Mairie de Mézin' }).waitFor({ state: 'detached' });
    expect(await row.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('France services de Nérac (Aidant)')]);
  });

  it('is deactivated by the coordinator, and the other tablet is logged out at its next sync with the message', async () => {
    const page = coordinatorBrowser.page;
    // Opened again, the team shows the new aidant's own password chosen (no longer « provisoire »).
    await coordinator.open('/reglages/administration/equipe');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Lucie Bernard/ }) });
    await row.getByText('Actif').waitFor();
    await row.getByRole('button', { name: 'Désactiver' }).click();
    await row.getByRole('button', { name: 'Oui, désactiver' }).click();
    await row.getByText('Désactivé').waitFor();

    const tablet = newcomerBrowser.page;
    await tablet.getByRole('region', { name: 'Synchronisation' }).getByRole('button', { name: 'Synchroniser' }).click();
    const notice = tablet.getByRole('alert').filter({ hasText: 'Ce compte est désactivé' });
    await notice.waitFor();
    expect(await notice.textContent()).toBe('Ce compte est désactivé. Adressez-vous à votre coordinateur pour le réactiver.');
    expect(await tablet.getByLabel('Adresse e-mail', { exact: true }).inputValue()).toBe(NEWCOMER_EMAIL);
  });
});
