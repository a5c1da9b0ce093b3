// Mandates in real Chromium against a real endpoint: a mandate of two families and 182 days is signed on
// paper with its fingerprint (Web Crypto), one family is revoked and reaches the endpoint, and a mandate
// sent by an older app (démarches, duration in words) is accepted and reads as its families. Every page
// passes axe with targets of 44 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, viewports, type BrowserSession } from '../fixtures/browser';
import { describeViolations, seriousViolations } from '../fixtures/browser-axe';
import { createTestAccount, startAppServer, type AppServer, type TestAccount } from '../fixtures/browser-app';
import { AppPage } from '../fixtures/page-models/app-page';
import { BeneficiariesPage } from '../fixtures/page-models/beneficiaries-page';
import { login, Tablet } from '../fixtures/server-api';
import { uuidv7 } from '../../src/shared/schema/ids';

const PASSPHRASE = 'le chat dort sur la tablette';

describe('mandates in Aidants Connect’s families', () => {
  let server: AppServer;
  let account: TestAccount;
  let browser: BrowserSession;
  let files: BeneficiariesPage;
  let person: string;

  const endpointOps = async () => new Tablet(server.url, await login(server.url, account.email, account.password)).pullAll();
  const checkPage = async (path: string) => {
    expect(describeViolations(await seriousViolations(files.page)), path).toEqual([]);
    expect(await files.smallTargets(), path).toEqual([]);
  };

  beforeAll(async () => {
    server = await startAppServer();
    account = await createTestAccount(server.store);
    browser = await openBrowser({ viewport: viewports.landscape });
    const app = new AppPage(browser.page, server.url);
    files = new BeneficiariesPage(browser.page, app);
    await app.open('/');
    await files.signInAndProtect(account.email, account.password, PASSPHRASE);
    person = await files.createPerson({ firstName: 'Josiane', lastName: 'Canari', commune: 'Nérac' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('signs a mandate of two families on paper, with its fingerprint, and revokes one family', async () => {
    await files.goToPath(`/beneficiaires/${person}/mandat`);
    const main = files.main;
    await main.getByLabel('Social, santé').check();
    await main.getByLabel('Logement').check();
    await main.getByLabel('6 mois (182 jours)').check();
    await checkPage('/mandat');
    await main.getByRole('button', { name: 'Enregistrer le mandat' }).click();

    const paper = main.locator('.mandate-print');
    await paper.getByRole('heading', { name: 'Mandat pour faire des démarches en mon nom' }).waitFor();
    await expect.poll(() => paper.locator('.mandate-print__hash').getAttribute('data-hash')).toMatch(/^[0-9a-f]{64}$/);
    const text = (await paper.textContent()) ?? '';
    expect(text).toContain('articles 1984 et suivants du Code civil');
    expect(text).toContain('Modèle declic-mandat-2 (version 2)');
    expect(text).toContain('Social, santé : ');
    await checkPage('/mandats/…');

    await files.goToPath(`/beneficiaires/${person}`);
    await main.getByRole('button', { name: 'Retirer « Logement »' }).click();
    await checkPage('file, asking to revoke a family');
    await main.getByRole('button', { name: 'Oui, retirer cette famille' }).click();
    await main.getByText('retirée du mandat le', { exact: false }).waitFor();
    await expect
      .poll(
        async () => {
          await files.syncNow();
          return (await endpointOps()).filter((op) => op.field === 'revokedOn_logement').length;
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(1);
    const ops = await endpointOps();
    expect(ops.find((op) => op.field === 'durationDays')?.value).toBe(182);
    expect(ops.find((op) => op.field === 'templateVersion')?.value).toBe(2);
  });

  it('accepts a mandate sent by an older app, and shows it as its families', async () => {
    const older = new Tablet(server.url, await login(server.url, account.email, account.password, 'Ancienne tablette'));
    const recordId = uuidv7();
    const fields = {
      beneficiaryId: person,
      demarcheIds: ['titre-sejour-anef'],
      duration: '1-mois',
      startOn: '2026-01-02',
      revokedOn: null,
      aidantName: null,
    };
    const ops = Object.entries(fields).map(([field, value]) => ({ ...older.op(recordId, field, value), collection: 'mandates' }));
    const answer = await older.sync(ops);
    expect(answer.acked).toHaveLength(ops.length);

    await files.goToPath(`/beneficiaires/${person}`);
    const card = files.main.getByRole('article', { name: 'Mandat du 2 janvier 2026' });
    await expect
      .poll(
        async () => {
          await files.syncNow();
          return card.count();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(1);
    expect(await card.textContent()).toContain('Étranger, Europe');
    expect(await card.textContent()).toContain('Mandat de 1 mois (31 jours)');
  });
});
