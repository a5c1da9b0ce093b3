// A tablet online gets the new content pack in real Chromium: a progress bar on a slow link, the
// new démarche searchable at once, and still there after a reload.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../src/server/content-pack/load-pack';
import type { ContentPack } from '../../src/shared/schema/content';
import { openBrowser, type BrowserSession } from '../fixtures/browser';
import { builtAppDir, createTestAccount } from '../fixtures/browser-app';
import { AppPage } from '../fixtures/page-models/app-page';
import { CataloguePage } from '../fixtures/page-models/catalogue-page';
import { startTestServer, type TestServer } from '../fixtures/test-server';

/** The real pack plus one démarche that only exists in the "new" version. */
function newerPack(pack: ContentPack): ContentPack {
  const model = pack.demarches[0]!;
  const added = {
    ...model,
    id: 'carte-bibliotheque-test',
    title: 'Obtenir la carte Zéphyr du réseau de bus (test)',
    checkedOn: '2099-01-01',
  };
  return { ...pack, version: '2099-01-01-e2e', demarches: [...pack.demarches, added] };
}

describe('a content update reaching a tablet', () => {
  const current = loadContentPack('src/content');
  let json = JSON.stringify(current);
  const content = { current: () => ({ json, etag: `"${createHash('sha256').update(json).digest('hex').slice(0, 24)}"`, version: 'e2e' }) };
  let server: TestServer;
  let browser: BrowserSession;
  let app: AppPage;
  let catalogue: CataloguePage;

  beforeAll(async () => {
    server = await startTestServer({ staticDir: builtAppDir(), content });
    const account = await createTestAccount(server.store);
    browser = await openBrowser();
    app = new AppPage(browser.page, server.url);
    catalogue = new CataloguePage(browser.page);
    await app.open('/');
    await app.signIn(account.email, account.password);
    await app.waitForServiceWorkerControl();
    await app.goTo('Démarches');
    await catalogue.operatorTiles.first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('downloads the new pack with a visible progress bar on a slow link, and uses it at once', async () => {
    await catalogue.search('zephyr');
    expect(await catalogue.results.count()).toBe(0);
    json = JSON.stringify(newerPack(current));
    const cdp = await browser.cdp();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 100,
      downloadThroughput: 20 * 1024,
      uploadThroughput: 20 * 1024,
    });
    await browser.page.evaluate(() => window.dispatchEvent(new Event('online')));
    await catalogue.main.getByRole('progressbar', { name: 'Téléchargement du nouveau contenu' }).waitFor({ timeout: 20_000 });
    await catalogue.main.getByRole('progressbar').waitFor({ state: 'detached', timeout: 60_000 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await catalogue.search('zephyr');
    expect(await catalogue.results.first().locator('.card__title').textContent()).toBe('Obtenir la carte Zéphyr du réseau de bus (test)');
  });

  it('keeps the new pack after a reload, even with the server gone', async () => {
    await server.close();
    await browser.page.reload();
    await app.waitForShell();
    await app.goTo('Démarches');
    await catalogue.search('zephyr');
    expect(await catalogue.results.first().locator('.card__title').textContent()).toBe('Obtenir la carte Zéphyr du réseau de bus (test)');
  });
});
