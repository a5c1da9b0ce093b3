// After one visit, Déclic opens and every section works with the server really stopped (real Chromium).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, createTestAccount, type AppServer } from '../fixtures/browser-app';
import { openBrowser, type BrowserSession } from '../fixtures/browser';
import { AppPage, sectionLabels } from '../fixtures/page-models/app-page';

describe('Déclic without any network, after a first visit', () => {
  let server: AppServer;
  let browser: BrowserSession;
  let app: AppPage;

  beforeAll(async () => {
    server = await startAppServer();
    const account = await createTestAccount(server.store);
    browser = await openBrowser();
    app = new AppPage(browser.page, server.url);
    await app.open('/');
    await app.signIn(account.email, account.password);
    await app.waitForServiceWorkerControl();
    await server.stop();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('has really lost the server (the service worker does not answer the API)', async () => {
    expect(await app.canReachServer()).toBe(false);
  });

  it('reopens and shows every section from the navigation', async () => {
    await browser.page.reload();
    await app.waitForShell();
    for (const label of sectionLabels) {
      await app.goTo(label);
      expect(await app.heading.textContent(), `the ${label} section must render offline`).toBe(label);
      expect(await app.sectionProblem(), `the ${label} section must show its content offline`).toBeNull();
    }
  });

  it('opens a section from its address (deep link) offline', async () => {
    await app.open('/guides');
    await app.waitForSection('Guides');
    expect(await app.sectionProblem()).toBeNull();
    expect(browser.page.url()).toBe(`${server.url}/guides`);
    expect(await app.navigation.getByRole('link', { name: 'Guides' }).getAttribute('aria-current')).toBe('page');
  });

  it('still has the bundled content pack (catalogue, guides, partners)', async () => {
    const pack = await browser.page.evaluate(async () => {
      const response = await fetch('/content-pack.json');
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    });
    expect(pack.status).toBe(200);
    expect(pack.body).toMatchObject({
      version: expect.any(String),
      demarches: expect.any(Array),
      guides: expect.any(Array),
      partners: expect.any(Array),
    });
    expect((pack.body.partners as unknown[]).length).toBeGreaterThan(0);
  });
});
