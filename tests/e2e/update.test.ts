// A new version is offered by a banner and replaces the running one only when the aidant clicks (real Chromium).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  buildApp,
  builtAppDir,
  createTestAccount,
  startAppServer,
  type AppServer,
  type ExtraBuild,
  type TestAccount,
} from '../fixtures/browser-app';
import { openBrowser, type BrowserSession } from '../fixtures/browser';
import { AppPage } from '../fixtures/page-models/app-page';

/** How long the page must stay untouched while the update waits for the aidant. */
const PATIENCE_MS = 2_500;

describe('a new version of Déclic', () => {
  const labelB = `e2e-version-b-${Date.now()}`;
  let buildB: ExtraBuild;
  let server: AppServer;
  let account: TestAccount;
  let browser: BrowserSession;
  let app: AppPage;

  beforeAll(async () => {
    buildB = await buildApp(labelB);
  });
  afterAll(() => buildB?.remove());

  afterEach(async () => {
    await browser?.close();
    await server?.dispose();
  });

  /** Version A is installed and controls the page; the server then switches to version B. */
  async function runVersionAThenDeployB(): Promise<string> {
    server = await startAppServer(builtAppDir());
    account = await createTestAccount(server.store);
    browser = await openBrowser();
    app = new AppPage(browser.page, server.url);
    await app.open('/');
    await app.signIn(account.email, account.password);
    await app.waitForServiceWorkerControl();
    const versionA = await app.appVersion();
    expect(versionA, 'the build under test must differ from version B').not.toBe(labelB);
    await server.restart(buildB.dir);
    return versionA;
  }

  /** The banner is there, the page has not reloaded and still runs A; the click reloads into B. */
  async function expectPromptThenUpdateOnClick(versionA: string): Promise<void> {
    await app.updateBanner.waitFor({ timeout: 15_000 });
    await browser.page.waitForTimeout(PATIENCE_MS);
    expect(await app.windowIsMarked(), 'the page must not reload before the aidant agrees').toBe(true);
    expect(await app.appVersion()).toBe(versionA);
    // The server now only has version B: A's own sections must still open, from A's precache.
    for (const label of ['Démarches', 'Guides'] as const) {
      await app.goTo(label);
      expect(await app.sectionProblem(), `${label} while the update waits`).toBeNull();
    }
    expect(await app.windowIsMarked()).toBe(true);
    expect(await app.updateButton.isVisible()).toBe(true);

    await app.installUpdate();
    expect(await app.windowIsMarked()).toBe(false);
    expect(await app.appVersion()).toBe(labelB);
    expect(await app.updateBanner.count(), 'no banner once the new version runs').toBe(0);
  }

  it('is offered during the very first visit, and applied only on "Mettre à jour"', async () => {
    const versionA = await runVersionAThenDeployB();
    expect(await app.updateBanner.count(), 'no banner before a new version exists').toBe(0);
    await app.markWindow();
    await app.checkForUpdate();
    await expectPromptThenUpdateOnClick(versionA);
  });

  it('is found when the aidant reopens the app, and applied only on "Mettre à jour"', async () => {
    const versionA = await runVersionAThenDeployB();
    await browser.page.reload();
    await app.waitForShell();
    expect(await app.appVersion(), 'the reopened app still runs the installed version').toBe(versionA);
    await app.markWindow();
    await expectPromptThenUpdateOnClick(versionA);
  });
});
