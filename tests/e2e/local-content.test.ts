// Local content kept by the territory, in real Chromium against a real endpoint: the coordinator, offline,
// adds a partner of the territory and a note under a national démarche; back online, the tablet syncs; a
// second tablet (another browser, another aidant of the structure) then shows both in search, on the
// démarche page and on the printed « Pièces à apporter » sheet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAidant, createStructure } from '../../src/server/accounts/accounts';
import { liveRecords } from '../../src/server/stats/live-records';
import type { ContentPack } from '../../src/shared/schema/content';
import { uuidv7 } from '../../src/shared/schema/ids';
import { openBrowser, type BrowserSession } from '../fixtures/browser';
import { describeViolations, seriousViolations } from '../fixtures/browser-axe';
import { builtAppDir, startAppServer, type AppServer } from '../fixtures/browser-app';
import { AppPage } from '../fixtures/page-models/app-page';
import { BeneficiariesPage } from '../fixtures/page-models/beneficiaries-page';
import { CataloguePage } from '../fixtures/page-models/catalogue-page';
import { writePersonOnEndpoint } from '../fixtures/server-api';

const PASSWORD = 'Une phrase de passe de test 47';
const COORDINATOR = 'karim.benali@nerac.example.fr';
const AIDANT = 'lea.durand@nerac.example.fr';
const PARTNER = 'Épicerie solidaire du Pôle';
const NOTE = 'À Nérac, la CAF reçoit sur rendez-vous le **mardi matin**.';
const pack = JSON.parse(readFileSync(join(builtAppDir(), 'content-pack.json'), 'utf8')) as ContentPack;
const demarche = pack.demarches.find((d) => d.id === 'caf-attestation')!;

interface TabletUnderTest {
  browser: BrowserSession;
  app: AppPage;
  files: BeneficiariesPage;
  catalogue: CataloguePage;
}

describe('local content: written offline by the coordinator, shown on a colleague’s tablet', () => {
  let server: AppServer;
  let structureId: string;
  let a: TabletUnderTest;
  let b: TabletUnderTest;

  const openTablet = async (email: string, passphrase: string): Promise<TabletUnderTest> => {
    const browser = await openBrowser();
    const app = new AppPage(browser.page, server.url);
    app.passphrase = passphrase;
    await app.open('/');
    await app.signIn(email, PASSWORD);
    await app.waitForServiceWorkerControl();
    return { browser, app, files: new BeneficiariesPage(browser.page, app), catalogue: new CataloguePage(browser.page) };
  };

  /** Presses "Synchroniser" until `done` holds; fails after 20 s. */
  const syncUntil = async (tablet: TabletUnderTest, done: () => Promise<boolean>) => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      await tablet.files.syncNow();
      if (await done()) return;
      if (Date.now() > deadline) throw new Error('The expected state never came after syncing for 20 s.');
      await tablet.browser.page.waitForTimeout(500);
    }
  };

  const atEndpoint = async (collection: string, fields: string[]) => {
    const records = [];
    for await (const page of liveRecords(server.store, structureId, collection, fields)) records.push(...page);
    return records;
  };

  beforeAll(async () => {
    server = await startAppServer();
    structureId = (await createStructure(server.store, 'France services de Nérac')).id;
    const coordinator = await createAidant(server.store, {
      structureId,
      name: 'Karim Benali',
      role: 'coordinateur',
      email: COORDINATOR,
      password: PASSWORD,
    });
    await createAidant(server.store, { structureId, name: 'Léa Durand', role: 'aidant', email: AIDANT, password: PASSWORD });
    await writePersonOnEndpoint(server.store, { structureId, aidantId: coordinator.id, deviceId: 'tablette-accueil' }, uuidv7(), {
      firstName: 'Yvette',
      lastName: 'Martin',
      commune: 'Nérac',
      status: 'actif',
    });
  });

  afterAll(async () => {
    await a?.browser.close();
    await b?.browser.close();
    await server?.dispose();
  });

  it('lets the coordinator add a local partner and a local note with no network', async () => {
    a = await openTablet(COORDINATOR, 'la phrase secrete du comptoir de nerac');
    await a.app.goTo('Démarches');
    await a.catalogue.operatorTiles.first().waitFor();
    await a.browser.context.setOffline(true);
    expect(await a.app.canReachServer()).toBe(false);

    await a.app.goTo('Partenaires');
    await a.catalogue.main.getByRole('button', { name: 'Ajouter un partenaire local' }).click();
    const form = a.catalogue.main.getByRole('form', { name: 'Ajouter un partenaire local' });
    await form.waitFor();
    expect(describeViolations(await seriousViolations(a.browser.page))).toEqual([]);
    await form.getByLabel('Nom du partenaire', { exact: true }).fill(PARTNER);
    await form.getByLabel('Commune du partenaire', { exact: true }).fill('Nérac');
    await form.getByLabel('Horaires', { exact: true }).fill('Lundi et jeudi, 9 h – 12 h');
    await form.getByLabel('Comment avoir un rendez-vous', { exact: true }).fill('Sans rendez-vous le lundi');
    await form.getByLabel('Ce qu’il faut apporter', { exact: true }).fill('Avis d’imposition');
    await form.getByRole('button', { name: 'Enregistrer le partenaire' }).click();
    await a.catalogue.heading.filter({ hasText: PARTNER }).waitFor();

    await a.app.goTo('Démarches');
    await a.catalogue.search(demarche.title);
    await a.catalogue.main
      .getByRole('link', { name: new RegExp(`^${demarche.title}`) })
      .first()
      .click();
    await a.catalogue.heading.filter({ hasText: demarche.title }).waitFor();
    await a.catalogue.main.getByRole('button', { name: 'Ajouter une note locale' }).click();
    await a.catalogue.main.getByLabel('Note locale', { exact: true }).fill(NOTE);
    expect(describeViolations(await seriousViolations(a.browser.page))).toEqual([]);
    await a.catalogue.main.getByRole('button', { name: 'Enregistrer la note' }).click();
    await a.catalogue.main.locator('.local-note strong', { hasText: 'mardi matin' }).waitFor();
    expect(await a.files.syncText()).toMatch(/modifications? en attente/);
  });

  it('sends both once the network is back', async () => {
    await a.browser.context.setOffline(false);
    await syncUntil(
      a,
      async () => (await atEndpoint('localNotes', ['body'])).length === 1 && (await atEndpoint('localPartners', ['name'])).length === 1,
    );
  });

  it('shows both on the second tablet of the structure: in search, on the démarche page and on the printed sheet', async () => {
    b = await openTablet(AIDANT, 'la phrase secrete de lea pour sa tablette');
    await syncUntil(b, async () => (await b.files.syncText()).includes('Aucune modification en attente'));
    await b.app.goTo('Démarches');
    await b.catalogue.search('epicerie solidaire');
    const found = b.catalogue.main.getByRole('link', { name: new RegExp(PARTNER) });
    await found.waitFor();
    await found.click();
    await b.catalogue.heading.filter({ hasText: PARTNER }).waitFor();
    await b.catalogue.main.getByText('Sans rendez-vous le lundi').waitFor();
    await b.catalogue.main.getByText(/écrit par Karim Benali/).waitFor();

    await b.app.goTo('Démarches');
    await b.catalogue.search('mardi matin');
    await b.catalogue.main
      .getByRole('link', { name: new RegExp(`^${demarche.title}`) })
      .first()
      .click();
    await b.catalogue.heading.filter({ hasText: demarche.title }).waitFor();
    const local = b.catalogue.main.getByRole('region', { name: 'Ce qui vaut ici' });
    await local.locator('strong', { hasText: 'mardi matin' }).waitFor();
    expect(await local.textContent()).toMatch(/Pour la structure · écrit par Karim Benali le/);
    expect(await local.getByRole('button').count()).toBe(0);
    expect(describeViolations(await seriousViolations(b.browser.page))).toEqual([]);

    await b.catalogue.startForPerson('Yvette Martin');
    await b.catalogue.openPiecesSheet();
    const sheet = b.catalogue.main.locator('.pieces-sheet');
    await sheet.getByRole('heading', { name: 'À savoir ici' }).waitFor();
    expect(await sheet.textContent()).toContain('À Nérac, la CAF reçoit sur rendez-vous le mardi matin.');
    // Printed: the note is on the paper (print media), not only on screen.
    await b.browser.page.emulateMedia({ media: 'print' });
    expect(await sheet.getByRole('heading', { name: 'À savoir ici' }).isVisible()).toBe(true);
    await b.browser.page.emulateMedia({ media: 'screen' });
  });
});
