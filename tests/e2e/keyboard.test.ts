// The five daily tasks with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows), in real Chromium:
// every control on the way shows its focus and has a name, and after each move the page title has the focus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAccount, startAppServer, type AppServer } from '../fixtures/browser-app';
import { openBrowser, viewports, type BrowserSession } from '../fixtures/browser';
import { focused, tabTo, titleHasFocus } from '../fixtures/keyboard';
import { AppPage } from '../fixtures/page-models/app-page';

describe('the daily tasks with the keyboard alone', () => {
  let server: AppServer;
  let browser: BrowserSession;
  let app: AppPage;

  beforeAll(async () => {
    server = await startAppServer();
    const account = await createTestAccount(server.store);
    browser = await openBrowser({ viewport: viewports.portrait });
    app = new AppPage(browser.page, server.url);
    await app.open('/');
    await app.signIn(account.email, account.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  const page = () => browser.page;

  it('creates a file', async () => {
    await app.goTo('Bénéficiaires');
    await tabTo(page(), 'link', 'Nouveau dossier');
    await page().keyboard.press('Enter');
    await expect.poll(() => titleHasFocus(page(), 'Nouveau dossier')).toBe(true);
    await tabTo(page(), 'textbox', 'Prénom ou pseudonyme (obligatoire)');
    await page().keyboard.type('Gisèle');
    await tabTo(page(), 'textbox', 'Nom (facultatif)');
    await page().keyboard.type('Lafargue');
    await tabTo(page(), 'button', 'Créer le dossier');
    await page().keyboard.press('Enter');
    await expect.poll(() => titleHasFocus(page(), 'Gisèle Lafargue')).toBe(true);
  });

  it('fills a diagnostic', async () => {
    await tabTo(page(), 'link', 'Nouveau diagnostic');
    await page().keyboard.press('Enter');
    await expect.poll(() => focused(page()).then((f) => f.role === 'heading')).toBe(true);
    // The questions come once the draft is read (« Chargement… » until then): Tab starts when they are there.
    await page().getByRole('checkbox', { name: 'Un smartphone' }).waitFor();
    await tabTo(page(), 'checkbox', 'Un smartphone');
    await page().keyboard.press('Space');
    await tabTo(page(), 'radio', /./);
    await page().keyboard.press('ArrowDown');
    // « Suivant → », then the wizard puts the focus on the new step's title: the next Tab starts from there.
    const next = async (step: number) => {
      await tabTo(page(), 'button', 'Suivant →');
      await page().keyboard.press('Enter');
      await expect.poll(() => titleHasFocus(page(), new RegExp(`^Étape ${step} sur`))).toBe(true);
    };
    await next(2);
    await next(3);
    // Compétences: one level per domain, chosen with the arrows inside each group.
    for (let domain = 0; domain < 5; domain++) {
      await tabTo(page(), 'radio', /./);
      await page().keyboard.press('ArrowDown');
    }
    await next(4);
    await next(5);
    await next(6);
    await tabTo(page(), 'button', 'Enregistrer le diagnostic');
    await page().keyboard.press('Enter');
    await expect.poll(() => titleHasFocus(page(), 'Gisèle Lafargue')).toBe(true);
  });

  it('starts a démarche and ticks its steps', async () => {
    await tabTo(page(), 'textbox', 'Ajouter une démarche (chercher dans le catalogue)');
    await page().keyboard.type('prime d activite');
    await tabTo(page(), 'button', /^Demander la prime d’activité/);
    await page().keyboard.press('Enter');
    await expect.poll(() => titleHasFocus(page(), /^Demander la prime d’activité — Gisèle Lafargue$/)).toBe(true);
    await tabTo(page(), 'checkbox', /./);
    await page().keyboard.press('Space');
    expect(await page().evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    await tabTo(page(), 'checkbox', /./);
    await page().keyboard.press('Space');
    await expect.poll(() => page().locator('main input[type="checkbox"]:checked').count()).toBe(2);
  });

  it('prints the pièces sheet', async () => {
    await page().evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await tabTo(page(), 'link', 'Fiche « Pièces à apporter »', { back: true });
    await page().keyboard.press('Enter');
    // The sheet's own title, not the « Suivi de démarche » the page shows while it reads the suivi: on a busy
    // machine the reading can outlast a dozen Tab presses, and the walk would leave the page before « Imprimer ».
    await expect.poll(() => titleHasFocus(page(), 'Pièces à apporter')).toBe(true);
    await tabTo(page(), 'button', 'Imprimer');
    await page().keyboard.press('Enter');
    expect(await page().evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  it('logs an accompaniment in three steps: open, pick a démarche, save', async () => {
    await tabTo(page(), 'link', 'Bénéficiaires', { back: true });
    await page().keyboard.press('Enter');
    await expect.poll(() => titleHasFocus(page(), 'Bénéficiaires')).toBe(true);
    await tabTo(page(), 'textbox', 'Rechercher par nom ou commune');
    await page().keyboard.type('gisele');
    await tabTo(page(), 'link', /^Gisèle Lafargue/);
    await page().keyboard.press('Enter');
    await expect.poll(() => titleHasFocus(page(), 'Gisèle Lafargue')).toBe(true);
    await tabTo(page(), 'link', 'Noter un accompagnement');
    await page().keyboard.press('Enter');
    await expect.poll(() => titleHasFocus(page(), 'Accompagnement de Gisèle Lafargue')).toBe(true);
    await tabTo(page(), 'button', /Demander la prime d’activité/);
    await page().keyboard.press('Space');
    await tabTo(page(), 'button', 'Enregistrer');
    await page().keyboard.press('Enter');
    await page().getByRole('main').getByRole('status').filter({ hasText: 'Accompagnement enregistré.' }).waitFor();
    await page().getByRole('main').getByRole('heading', { name: 'Accompagnements (1)' }).waitFor();
  });
});
