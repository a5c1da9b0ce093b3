// The catalogue and the guides work offline in real Chromium: after one visit, with the server
// really stopped, the aidant searches a démarche, opens it, and opens and prints a guide.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../fixtures/browser';
import { describeViolations, seriousViolations } from '../fixtures/browser-axe';
import { createTestAccount, startAppServer, type AppServer } from '../fixtures/browser-app';
import { AppPage } from '../fixtures/page-models/app-page';
import { CataloguePage } from '../fixtures/page-models/catalogue-page';

describe('the catalogue and guides on a tablet without network', () => {
  let server: AppServer;
  let browser: BrowserSession;
  let app: AppPage;
  let catalogue: CataloguePage;
  let bundledVersion: string;

  beforeAll(async () => {
    server = await startAppServer();
    const account = await createTestAccount(server.store);
    browser = await openBrowser();
    app = new AppPage(browser.page, server.url);
    catalogue = new CataloguePage(browser.page);
    await app.open('/');
    await app.signIn(account.email, account.password);
    await app.waitForServiceWorkerControl();
    bundledVersion = await browser.page.evaluate(
      async () => ((await (await fetch('/content-pack.json')).json()) as { version: string }).version,
    );
    // The first visit shows the catalogue once (and the tablet stores the pack) before the network goes.
    await app.goTo('Démarches');
    await catalogue.operatorTiles.first().waitFor();
    await server.stop();
    await browser.page.reload();
    await app.waitForShell();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('has really lost the server', async () => {
    expect(await app.canReachServer()).toBe(false);
  });

  it('finds a démarche typed with a typo and without accents, and opens it', async () => {
    await app.goTo('Démarches');
    await catalogue.search('carte vitalle');
    expect(await catalogue.results.first().locator('.card__title').textContent()).toMatch(/carte Vitale/);
    await catalogue.openFirstResult();
    expect(browser.page.url()).toBe(`${server.url}/demarches/carte-vitale`);
    const official = catalogue.main.getByRole('link', { name: /Ouvrir la page officielle/ });
    expect(await official.getAttribute('target')).toBe('_blank');
    expect(await official.getAttribute('rel')).toBe('noopener noreferrer');
    await catalogue.main.getByRole('region', { name: 'Qui contacter' }).waitFor();
    // A démarche says the day its facts were checked, or that they are still « à vérifier ».
    expect(await catalogue.main.locator('.checked-on').textContent()).toMatch(
      /^Informations (vérifiées le \d{1,2} \p{L}+ \d{4}|à vérifier : personne ne les a encore comparées aux pages officielles)\.$/u,
    );
  });

  it('browses by operator offline', async () => {
    await app.goTo('Démarches');
    await catalogue.searchBox.fill('');
    await catalogue.main.getByRole('link', { name: /^CAF/ }).click();
    await catalogue.main.getByRole('heading', { level: 1, name: /^CAF — / }).waitFor();
    expect(await catalogue.main.locator('.card').count()).toBeGreaterThan(2);
  });

  it('opens a guide from its search, with its illustration, offline', async () => {
    await app.goTo('Guides');
    await catalogue.search('adresse mail');
    expect(await catalogue.openFirstResult()).toBe('Créer une adresse e-mail');
    const image = catalogue.main.locator('.markdown img').first();
    await image.waitFor();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  });

  it('offers "Lire à voix haute" exactly when the browser has a French voice', async () => {
    await app.open('/guides/utiliser-franceconnect');
    await catalogue.heading.filter({ hasText: 'Se connecter avec FranceConnect' }).waitFor();
    const french = await browser.page.evaluate(() => speechSynthesis.getVoices().some((voice) => /^fr/i.test(voice.lang)));
    expect(await catalogue.readAloudButton.count()).toBe(french ? 1 : 0);
  });

  it('prints the guide alone, in large type', async () => {
    await app.open('/guides/utiliser-franceconnect');
    await catalogue.printButton.waitFor();
    const size = (selector: string) =>
      browser.page
        .locator(selector)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const screenSize = await size('.markdown p');
    await browser.page.emulateMedia({ media: 'print' });
    expect(await app.navigation.isVisible()).toBe(false);
    expect(await catalogue.printButton.isVisible()).toBe(false);
    expect(await size('.markdown p')).toBeGreaterThan(screenSize);
    await browser.page.emulateMedia({ media: 'screen' });
  });

  it.each(['/demarches/prime-activite', '/demarches/organisme/caf', '/demarches/situation/sante', '/guides/creer-adresse-email'])(
    'has no serious accessibility problem on %s',
    async (path) => {
      await app.open(path);
      await catalogue.main.locator('.checked-on, .card').first().waitFor();
      expect(describeViolations(await seriousViolations(browser.page))).toEqual([]);
    },
  );

  it('has no serious accessibility problem in search results', async () => {
    await app.goTo('Démarches');
    await catalogue.search('retraite');
    expect(describeViolations(await seriousViolations(browser.page))).toEqual([]);
  });

  it('shows the bundled content version in Réglages', async () => {
    await app.goTo('Réglages');
    // Needs <ContentVersion /> (src/app/catalogue/ContentVersion.tsx) mounted in SettingsPage.
    const version = catalogue.main.locator('dt', { hasText: 'Version du contenu' }).locator('+ dd');
    await version.waitFor({ timeout: 5000 });
    expect((await version.textContent())?.trim()).toBe(bundledVersion);
  });
});
