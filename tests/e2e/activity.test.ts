// In real Chromium on a tablet in portrait: a coordinator signs in through the login form, logs an
// accompagnement from a person's page in three taps, sees it reach the endpoint, then reads the
// structure's dashboard with the server really stopped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAidant, createStructure } from '../../src/server/accounts/accounts';
import { liveRecords } from '../../src/server/stats/live-records';
import { uuidv7 } from '../../src/shared/schema/ids';
import { openBrowser, viewports, type BrowserSession } from '../fixtures/browser';
import { describeViolations, seriousViolations } from '../fixtures/browser-axe';
import { startAppServer, type AppServer } from '../fixtures/browser-app';
import { ActivityPage } from '../fixtures/page-models/activity-page';
import { AppPage } from '../fixtures/page-models/app-page';
import { writePersonOnEndpoint } from '../fixtures/server-api';

describe('a coordinator logging an accompagnement on the tablet', () => {
  let server: AppServer;
  let browser: BrowserSession;
  let app: AppPage;
  let activity: ActivityPage;
  let structureId: string;
  const yvette = uuidv7();
  const account = { email: 'lea.coordinatrice@nerac.example.fr', password: 'Une phrase de passe de test 47' };

  beforeAll(async () => {
    server = await startAppServer();
    const structure = await createStructure(server.store, 'France services de Nérac');
    structureId = structure.id;
    const coordinator = await createAidant(server.store, { structureId, name: 'Léa Durand', role: 'coordinateur', ...account });
    // Mme Martin's file was made on another tablet: the endpoint has it.
    await writePersonOnEndpoint(server.store, { structureId, aidantId: coordinator.id, deviceId: 'tablette-accueil' }, yvette, {
      firstName: 'Yvette',
      lastName: 'Martin',
      commune: 'Nérac',
      birthYear: 1948,
      status: 'actif',
    });
    browser = await openBrowser({ viewport: viewports.portrait });
    app = new AppPage(browser.page, server.url);
    activity = new ActivityPage(browser.page);
    await app.open('/');
    await app.signIn(account.email, account.password);
    await app.waitForServiceWorkerControl();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('finds the person pulled from the endpoint', async () => {
    await app.goTo('Activité');
    const search = activity.main.getByLabel('Chercher la personne (nom ou commune)');
    await expect
      .poll(
        async () => {
          await search.fill('');
          await search.fill('yvette');
          return activity.main.getByRole('button', { name: /Yvette Martin/ }).count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
    await activity.main.getByRole('button', { name: /Yvette Martin/ }).click();
    await activity.main.getByRole('heading', { level: 1, name: 'Activité d’Yvette Martin' }).waitFor();
  });

  it('logs a session in three taps from the person’s file: open, pick a démarche, save', async () => {
    await app.open(`/beneficiaires/${yvette}`);
    await activity.logSessionButton.waitFor();
    activity.taps = 0;
    await activity.tap(activity.logSessionButton);
    await activity.main.getByRole('heading', { level: 1, name: 'Accompagnement d’Yvette Martin' }).waitFor();
    await activity.tap(activity.demarcheChip('Demander le RSA'));
    await activity.tap(activity.saveButton);
    // Back on the file, which says so and lists the new session.
    await activity.main.getByRole('status').filter({ hasText: 'Accompagnement enregistré.' }).waitFor();
    await activity.main.getByRole('heading', { name: 'Accompagnements (1)' }).waitFor();
    expect(activity.taps).toBe(3);
    expect(new URL(browser.page.url()).pathname).toBe(`/beneficiaires/${yvette}`);
  });

  it('sends the session to the endpoint, with the person’s commune for the statistics', async () => {
    const read = async () => {
      const records = [];
      for await (const page of liveRecords(server.store, structureId, 'accompagnements', [
        'beneficiaryId',
        'demarcheIds',
        'operatorIds',
        'commune',
        'mode',
      ]))
        records.push(...page);
      return records;
    };
    await expect.poll(read, { timeout: 20_000 }).toHaveLength(1);
    expect((await read())[0]).toMatchObject({
      beneficiaryId: yvette,
      demarcheIds: ['rsa'],
      operatorIds: ['caf'],
      commune: 'Nérac',
      mode: 'individuel',
    });
  });

  it('shows the structure’s dashboard with the server stopped, without serious accessibility problems', async () => {
    await server.stop();
    await browser.page.reload();
    await app.waitForShell();
    await app.goTo('Activité');
    await activity.main.getByRole('link', { name: /Statistiques/ }).click();
    await activity.main.getByRole('list', { name: 'Chiffres clés' }).waitFor();
    expect(await activity.keyFigure('séances')).toBe('1');
    expect(await activity.keyFigure('personnes accompagnées')).toBe('1');
    await activity.main.getByRole('figure', { name: 'Par démarche (séances)' }).getByRole('button', { name: 'Voir le tableau' }).click();
    expect(describeViolations(await seriousViolations(browser.page))).toEqual([]);
  });

  it.each([
    ['upright (768 px)', viewports.portrait],
    ['on its side (1280 px, two charts a row)', viewports.landscape],
  ])('writes the charts’ text at 12 px or more and the month labels apart and whole, the tablet %s', async (_how, viewport) => {
    await browser.page.setViewportSize(viewport);
    const smallestTextPx = () =>
      activity.main
        .locator('svg.chart text')
        .evaluateAll((texts) =>
          Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * ((t as SVGGraphicsElement).getScreenCTM()?.a ?? 0))),
        );
    // Polled: the charts are redrawn at their new width once the browser has laid the page out again.
    await expect.poll(smallestTextPx).toBeGreaterThanOrEqual(12);
    const chart = activity.main.getByRole('figure', { name: 'Séances et personnes par mois' }).locator('svg.chart');
    const monthLabelProblems = () =>
      chart.locator('text.chart__axis').evaluateAll((texts) => {
        const box = texts[0]!.closest('svg')!.getBoundingClientRect();
        const labels = texts
          .filter((t) => /^\p{L}+\.? \d\d$/u.test(t.textContent ?? ''))
          .map((t) => ({
            text: t.textContent,
            left: t.getBoundingClientRect().left - box.left,
            right: t.getBoundingClientRect().right - box.left,
          }));
        const problems = labels.length < 4 ? [`only ${labels.length} month labels`] : [];
        labels.forEach((label, i) => {
          if (label.left < 0 || label.right > box.width) problems.push(`${label.text} cut`);
          if (i > 0 && label.left - labels[i - 1]!.right < 4) problems.push(`${labels[i - 1]!.text} touches ${label.text}`);
        });
        return problems;
      });
    await expect.poll(monthLabelProblems).toEqual([]);
  });
});
