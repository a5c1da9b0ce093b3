// « Se former » in real Chromium: an aidant, offline, finishes a module on their tablet; back online, it
// syncs; their coordinator, on another tablet, sees it counted in the structure's dashboard. The 320 px
// screen of a phone shows the space without sideways scrolling.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAidant, createStructure } from '../../src/server/accounts/accounts';
import { loadContentPack } from '../../src/server/content-pack/load-pack';
import { liveRecords } from '../../src/server/stats/live-records';
import { screenTitles, type TrainingModule } from '../../src/shared/schema/training';
import { openBrowser, viewports, type BrowserSession } from '../fixtures/browser';
import { describeViolations, seriousViolations } from '../fixtures/browser-axe';
import { startAppServer, type AppServer } from '../fixtures/browser-app';
import { TEST_PASSWORD_COST } from '../fixtures/password-cost';
import { ActivityPage } from '../fixtures/page-models/activity-page';
import { AppPage } from '../fixtures/page-models/app-page';
import { BeneficiariesPage } from '../fixtures/page-models/beneficiaries-page';
import { TrainingPage } from '../fixtures/page-models/training-page';

describe('an aidant training offline, counted by their coordinator', () => {
  let server: AppServer;
  let structureId: string;
  let aidantId: string;
  let aidantTablet: BrowserSession;
  let coordTablet: BrowserSession | undefined;
  let app: AppPage;
  let training: TrainingPage;
  const module = loadContentPack(resolve('src/content')).trainingModules?.find((m) => m.id === 'piege-connexion-caf') as TrainingModule;
  const aidant = { email: 'camille.martin@example.fr', password: 'Un mot de passe de test 42' };
  const coordinator = { email: 'lea.durand@example.fr', password: 'Une phrase de passe de test 47' };

  const signedIn = async (account: { email: string; password: string }) => {
    const browser = await openBrowser({ viewport: viewports.portrait });
    const page = new AppPage(browser.page, server.url);
    await page.open('/');
    await page.signIn(account.email, account.password);
    await page.waitForServiceWorkerControl();
    return { browser, page };
  };

  beforeAll(async () => {
    server = await startAppServer();
    structureId = (await createStructure(server.store, 'France services de Nérac')).id;
    const options = { passwordCost: TEST_PASSWORD_COST };
    aidantId = (await createAidant(server.store, { structureId, name: 'Camille Martin', role: 'aidant', ...aidant }, options)).id;
    await createAidant(server.store, { structureId, name: 'Léa Durand', role: 'coordinateur', ...coordinator }, options);
    ({ browser: aidantTablet, page: app } = await signedIn(aidant));
    training = new TrainingPage(aidantTablet.page);
  });

  afterAll(async () => {
    await aidantTablet?.close();
    await coordTablet?.close();
    await server?.dispose();
  });

  it('finishes a module offline: screens, three questions, « terminé »', async () => {
    await aidantTablet.context.setOffline(true);
    await app.goTo('Guides');
    await training.openFromGuides();
    expect(await training.progressText()).toBe('Aucun module terminé pour l’instant.');
    await training.readModule(module, screenTitles(module.body));
    await training.passCheck(module);
    expect(describeViolations(await seriousViolations(aidantTablet.page))).toEqual([]);
    await app.open('/guides/se-former');
    await expect.poll(() => training.progressText()).toBe('1 module terminé sur 14.');
  });

  it('sends it at the next sync: the endpoint holds who finished which module, and when', async () => {
    await aidantTablet.context.setOffline(false);
    const files = new BeneficiariesPage(aidantTablet.page, app);
    const read = async () => {
      const records = [];
      for await (const page of liveRecords(server.store, structureId, 'trainingProgress', ['aidantId', 'moduleId', 'finishedOn']))
        records.push(...page);
      return records;
    };
    await expect
      .poll(
        async () => {
          await files.syncNow();
          return read();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toHaveLength(1);
    expect((await read())[0]).toMatchObject({ aidantId, moduleId: module.id });
  });

  it('shows in the coordinator’s dashboard, on their own tablet, as one aidant trained', async () => {
    const coord = await signedIn(coordinator);
    coordTablet = coord.browser;
    const activity = new ActivityPage(coord.browser.page);
    const files = new BeneficiariesPage(coord.browser.page, coord.page);
    await coord.page.goTo('Activité');
    await activity.main.getByRole('link', { name: /Statistiques/ }).click();
    await activity.main.getByRole('list', { name: 'Chiffres clés' }).waitFor();
    await expect
      .poll(
        async () => {
          await files.syncNow();
          return activity.keyFigure('formé');
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe('1');
    expect(await activity.main.getByRole('listitem').filter({ hasText: 'formé' }).textContent()).toContain(
      '1 module « Se former » terminé',
    );
  });

  it('fits a 320 px phone screen: no sideways scrolling in the list, a module or its questions', async () => {
    await aidantTablet.page.setViewportSize({ width: 320, height: 640 });
    const overflow = () => aidantTablet.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await app.open('/guides/se-former');
    await training.main.getByRole('heading', { level: 1, name: 'Se former' }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await training.readModule(module, screenTitles(module.body));
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(await new BeneficiariesPage(aidantTablet.page, app).smallTargets()).toEqual([]);
  });
});
