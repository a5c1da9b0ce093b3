// A first visit shows the login screen from the entry alone: the database, the schemas and the sync load when the
// aidant starts typing or signs in, never before the screen is ready; the app then opens as on any visit, and a
// browser that holds Déclic's data starts the app at once (real Chromium).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtAppDir, createTestAccount, startAppServer, type AppServer, type TestAccount } from '../fixtures/browser-app';
import { openBrowser, type BrowserSession } from '../fixtures/browser';
import { AppPage } from '../fixtures/page-models/app-page';

/** Code only the database's library holds (Dexie names its errors so). */
const DATABASE_CODE = 'DatabaseClosedError';

describe('a first visit', () => {
  let server: AppServer;
  let account: TestAccount;
  let browser: BrowserSession;

  afterEach(async () => {
    await browser?.close();
    await server?.dispose();
  });

  /** The scripts the page fetched so far, read from the build (a response's body is gone once the page navigates). */
  function scriptsOf(session: BrowserSession): Set<string> {
    const scripts = new Set<string>();
    session.page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
    });
    return scripts;
  }
  const holdsDatabaseCode = (scripts: Set<string>) =>
    [...scripts].some((path) => readFileSync(join(builtAppDir(), path), 'utf8').includes(DATABASE_CODE));

  it('shows the login screen without the database’s code, then signs in and opens the app', async () => {
    server = await startAppServer(builtAppDir());
    account = await createTestAccount(server.store);
    browser = await openBrowser();
    const scripts = scriptsOf(browser);
    const app = new AppPage(browser.page, server.url);
    await app.open('/');
    await browser.page.getByLabel('Adresse e-mail', { exact: true }).waitFor();
    await browser.page.waitForLoadState('networkidle');
    expect(scripts.size).toBeGreaterThan(0);
    expect(holdsDatabaseCode(scripts), 'the login screen of a first visit loaded the database').toBe(false);
    expect(await browser.page.evaluate(() => indexedDB.databases())).toEqual([]);

    await app.signIn(account.email, account.password);
    expect(holdsDatabaseCode(scripts)).toBe(true);
    expect(await app.sectionProblem()).toBeNull();
  });

  it('says in French why signing in failed, and signs in on the next try', async () => {
    server = await startAppServer(builtAppDir());
    account = await createTestAccount(server.store);
    browser = await openBrowser();
    const app = new AppPage(browser.page, server.url);
    await app.open('/');
    await browser.page.getByLabel('Adresse e-mail', { exact: true }).fill(account.email);
    await browser.page.getByLabel('Mot de passe', { exact: true }).fill('pas le bon mot de passe');
    await browser.page.getByRole('button', { name: 'Se connecter' }).click();
    await browser.page
      .getByRole('alert')
      .filter({ hasText: /mot de passe/i })
      .waitFor();
    await app.signIn(account.email, account.password);
    expect(await app.sectionProblem()).toBeNull();
  });

  it('is over once the browser holds Déclic’s data: a reopened app starts with the database', async () => {
    server = await startAppServer(builtAppDir());
    account = await createTestAccount(server.store);
    browser = await openBrowser();
    const app = new AppPage(browser.page, server.url);
    await app.open('/');
    await app.signIn(account.email, account.password);
    const scripts = scriptsOf(browser);
    await app.open('/');
    await app.signIn(account.email, account.password);
    expect(holdsDatabaseCode(scripts)).toBe(true);
    expect(await app.sectionProblem()).toBeNull();
  });
});
