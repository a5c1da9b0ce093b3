// "The day it must survive" (PRODUCT.md) in real Chromium against a real endpoint. 9:00, Léa signs in on
// tablet A and gets Mme Martin's file and the structure's pass numériques. 10:30, at Mme Martin's with no
// network (tablet offline, server stopped): unlock, diagnostic, two démarche checklists with a document
// ticked, the "pièces à apporter" sheet, a guide, the accompagnement, two pass numériques for a workshop,
// and her notes — while the coordinator had edited the same notes on the counter tablet B. 12:00, back in
// range: A syncs by itself. 14:00, B sees it all and both notes. Friday, the CSV export is anonymous.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAidant, createStructure } from '../../src/server/accounts/accounts';
import { liveRecords } from '../../src/server/stats/live-records';
import { WRITE_DEBOUNCE_MS } from '../../src/app/sync/sync-loop';
import type { ContentPack } from '../../src/shared/schema/content';
import { uuidv7 } from '../../src/shared/schema/ids';
import { openBrowser, viewports, type BrowserSession } from '../fixtures/browser';
import { builtAppDir, startAppServer, type AppServer } from '../fixtures/browser-app';
import { ActivityPage } from '../fixtures/page-models/activity-page';
import { AppPage } from '../fixtures/page-models/app-page';
import { BeneficiariesPage } from '../fixtures/page-models/beneficiaries-page';
import { CataloguePage } from '../fixtures/page-models/catalogue-page';
import { DiagnosticPage } from '../fixtures/page-models/diagnostic-page';
import { login, Tablet, writePersonOnEndpoint } from '../fixtures/server-api';

const PASSWORD = 'Une phrase de passe de test 47';
const LEA = 'lea.durand@nerac.example.fr';
const COORDINATOR = 'karim.benali@nerac.example.fr';
const NAME = 'Yvette Martin';
const NOTES_BEFORE = 'Veuve, vit seule au bourg.';
const NOTES_FROM_B = 'Veuve, vit seule au bourg. A appelé la mairie : courrier de la CARSAT reçu.';
const NOTES_FROM_A = 'Veuve, vit seule au bourg. Vu à domicile : carte Vitale retrouvée, son fils passe le jeudi.';
const ATELIER = 'Atelier « Premiers pas sur smartphone »';

/** The pack the tablets use (the build's), for the démarches' titles and documents. */
const pack = JSON.parse(readFileSync(join(builtAppDir(), 'content-pack.json'), 'utf8')) as ContentPack;
const demarche = (id: string) => pack.demarches.find((d) => d.id === id)!;
const c2s = demarche('complementaire-sante-solidaire');
const retraite = demarche('demande-retraite');

/** A tablet of the structure: its Chromium, shell, files, catalogue and activity pages. */
interface TabletUnderTest {
  browser: BrowserSession;
  app: AppPage;
  files: BeneficiariesPage;
  catalogue: CataloguePage;
  activity: ActivityPage;
}

describe('the day it must survive: a home visit without network, two tablets, one file', () => {
  let server: AppServer;
  let structureId: string;
  const yvette = uuidv7();
  let a: TabletUnderTest;
  let b: TabletUnderTest;

  /** Opens a tablet in portrait and signs `email` in through the login form. */
  const openTablet = async (email: string, passphrase: string): Promise<TabletUnderTest> => {
    const browser = await openBrowser({ viewport: viewports.portrait });
    const app = new AppPage(browser.page, server.url);
    app.passphrase = passphrase;
    await app.open('/');
    await app.signIn(email, PASSWORD);
    await app.waitForServiceWorkerControl();
    const files = new BeneficiariesPage(browser.page, app);
    return { browser, app, files, catalogue: new CataloguePage(browser.page), activity: new ActivityPage(browser.page) };
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

  /** The structure's records of `collection` on the endpoint, merged, with `fields`. */
  const atEndpoint = async (collection: string, fields: string[]) => {
    const records = [];
    for await (const page of liveRecords(server.store, structureId, collection, fields)) records.push(...page);
    return records;
  };

  beforeAll(async () => {
    server = await startAppServer();
    structureId = (await createStructure(server.store, 'Mairie de Nérac')).id;
    await createAidant(server.store, { structureId, name: 'Léa Durand', role: 'aidant', email: LEA, password: PASSWORD });
    const coordinator = await createAidant(server.store, {
      structureId,
      name: 'Karim Benali',
      role: 'coordinateur',
      email: COORDINATOR,
      password: PASSWORD,
    });
    // Mme Martin's file was made at the counter last month: the endpoint has it.
    await writePersonOnEndpoint(server.store, { structureId, aidantId: coordinator.id, deviceId: 'tablette-accueil' }, yvette, {
      firstName: 'Yvette',
      lastName: 'Martin',
      commune: 'Nérac',
      birthYear: 1958,
      notes: NOTES_BEFORE,
      status: 'actif',
    });
  });

  afterAll(async () => {
    await a?.browser.close();
    await b?.browser.close();
    await server?.dispose();
  });

  it('9:00: the coordinator adds a booklet of pass numériques at the counter; Léa signs in on her tablet and gets the file', async () => {
    b = await openTablet(COORDINATOR, 'la phrase secrete du comptoir de nerac');
    await b.app.open('/activite/pass');
    await b.activity.addBooklet('47-0101', 10);
    await syncUntil(b, async () => (await atEndpoint('passNumeriques', ['number'])).length === 10);

    a = await openTablet(LEA, 'la phrase secrete de lea pour sa tablette');
    await syncUntil(a, async () => {
      await a.files.openList();
      return (await a.files.listedNames()).includes(NAME);
    });
    await a.app.open('/activite/pass');
    await a.activity.main.getByRole('list', { name: 'Le stock en chiffres' }).getByText('100,00 €', { exact: true }).waitFor();
  });

  it('10:30: with no network, Léa reopens the app, unlocks it and works through Mme Martin’s file', async () => {
    // White zone: the tablet has no network, and nothing would answer anyway.
    await a.browser.context.setOffline(true);
    // Meanwhile at the counter, the coordinator adds to the same notes (A will not see it before tonight).
    await b.files.openPerson(NAME);
    await b.files.editNotes(NAME, NOTES_FROM_B);
    await syncUntil(b, async () => (await atEndpoint('beneficiaries', ['notes']))[0]?.notes === NOTES_FROM_B);
    await server.stop();

    await a.browser.page.reload();
    await a.app.lock.lockedTitle.waitFor();
    await a.app.waitForShell();
    expect(await a.app.canReachServer()).toBe(false);
    await a.files.openPerson(NAME);

    const diagnostic = new DiagnosticPage(a.browser.page);
    await diagnostic.start();
    await diagnostic.answer({
      devices: ['Un smartphone'],
      connection: 'Seulement les données mobiles du téléphone',
      accounts: [],
      skills: {
        'Utiliser un appareil': 'Seulement avec de l’aide',
        'Chercher une information': 'Jamais fait',
        Communiquer: 'Seulement avec de l’aide',
        'Remplir un formulaire en ligne': 'Jamais fait',
        'Se protéger, protéger ses données': 'Jamais fait',
      },
      demarches: [
        { search: 'complémentaire santé', label: `${c2s.title} (CPAM)` },
        { search: 'demande retraite', label: `${retraite.title} (Assurance retraite)` },
      ],
    });
    await diagnostic.resultLevel.filter({ hasText: 'À accompagner pas à pas' }).waitFor();
    await diagnostic.chooseOrientation('Atelier avec un pass numérique');
    await diagnostic.save(NAME);

    // The C2S renewal in one tap from the needs the diagnostic found, the retirement request from the
    // catalogue; a document at hand each.
    await a.files.startNeededDemarche(c2s.title);
    await a.catalogue.tickDocument('Pièce d’identité ou titre de séjour');
    await a.app.goTo('Démarches');
    await a.catalogue.search('demande retraite');
    await a.catalogue.results.filter({ hasText: retraite.title }).click();
    await a.catalogue.startForPerson(NAME);
    await a.catalogue.tickDocument('RIB au nom de la personne');
    const toBring = await a.catalogue.openPiecesSheet();
    expect(toBring).toContain('Livret de famille, ou actes de naissance des enfants');
    expect(toBring).not.toContain('RIB au nom de la personne');
    expect(toBring).toHaveLength(retraite.documents.length - 1);
    // Printed, the sheet stands alone: no navigation, no buttons.
    await a.browser.page.emulateMedia({ media: 'print' });
    expect(await a.app.navigation.isVisible()).toBe(false);
    expect(await a.catalogue.printButton.isVisible()).toBe(false);
    await a.browser.page.emulateMedia({ media: 'screen' });

    await a.app.goTo('Guides');
    await a.catalogue.search('adresse mail');
    expect(await a.catalogue.openFirstResult()).toBe('Créer une adresse e-mail');
    await a.catalogue.main.getByText('Choisir un service de messagerie gratuit', { exact: false }).waitFor();

    await a.files.openPerson(NAME);
    await a.activity.logSessionButton.click();
    await a.activity.changeSessionDetails('45 min', 'À domicile');
    await a.activity.tap(a.activity.demarcheChip(retraite.title));
    await a.activity.addOtherDemarche(`CPAM — ${c2s.title}`);
    await a.activity.saveButton.click();
    await a.files.main.getByRole('heading', { name: 'Accompagnements (1)' }).waitFor();

    await a.app.goTo('Activité');
    await a.activity.main.getByLabel('Chercher la personne (nom ou commune)').fill('martin');
    await a.activity.main.getByRole('button', { name: new RegExp(NAME) }).click();
    await a.activity.handOutPass(ATELIER);
    await a.activity.handOutPass(ATELIER);
    await a.activity.main.getByRole('heading', { name: 'Pass numériques (2)' }).waitFor();

    await a.files.openPerson(NAME);
    await a.files.editNotes(NAME, NOTES_FROM_A);
    expect(await a.files.syncText()).toMatch(/modifications? en attente/);
  });

  it('12:00: back in range on a 2G link, tablet A syncs by itself', async () => {
    const status = a.browser.page.getByRole('region', { name: 'Synchronisation' });
    // The drive back: the last edit's own sync attempt has come and gone, offline.
    await a.browser.page.waitForTimeout(WRITE_DEBOUNCE_MS + 500);
    await status.getByText('Pas de réseau : les modifications restent sur la tablette').waitFor();
    expect(await a.files.syncText()).toMatch(/modifications? en attente/);
    await server.restart(builtAppDir());
    // One bar of signal: Chromium's "Regular 2G" (300 ms, 250 kbit/s down, 50 kbit/s up), then the network.
    const cdp = await a.browser.cdp();
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 300,
      downloadThroughput: 31_250,
      uploadThroughput: 6_250,
    });
    await a.browser.context.setOffline(false);
    // Nobody presses "Synchroniser": the app goes by itself when the network returns.
    // A generous bound: this checks that nobody has to press anything, not how fast (see BENCHMARKS.md).
    await status.getByText('Aucune modification en attente').waitFor({ timeout: 45_000 });
    expect(await status.textContent()).not.toContain('Pas de réseau');
    expect(await atEndpoint('accompagnements', ['beneficiaryId'])).toHaveLength(1);
  });

  it('14:00: at the counter, tablet B shows the diagnostic, both checklists, the session, the cheques and both notes', async () => {
    const [sessionAtEndpoint] = await atEndpoint('accompagnements', ['beneficiaryId']);
    expect(sessionAtEndpoint, 'the accompagnement is on the endpoint').toBeDefined();
    await syncUntil(b, async () => (await b.files.storedRow('accompagnements', sessionAtEndpoint!.id)) !== null);
    await b.files.openPerson(NAME);
    const file = b.files.main;
    await file
      .getByRole('region', { name: 'Progression' })
      .getByText(/^Un diagnostic, le .* : À accompagner pas à pas/)
      .waitFor();
    const followed = await b.files.followedDemarches();
    expect(followed).toHaveLength(2);
    for (const { title } of [c2s, retraite]) expect(followed.find((card) => card.startsWith(title))).toMatch(/ 1 sur \d+ cochées$/);
    await file.getByRole('heading', { name: 'Accompagnements (1)' }).waitFor();
    const session = file.getByRole('region', { name: 'Accompagnements (1)' }).getByRole('listitem');
    expect(await session.innerText()).toMatch(/45 min[\s\S]*À domicile/);
    expect(await session.innerText()).toContain(retraite.title);
    expect(await session.innerText()).toContain(c2s.title);
    const cheques = file.getByRole('region', { name: 'Pass numériques (2)' }).getByRole('listitem');
    expect(await cheques.allInnerTexts()).toEqual([expect.stringContaining(ATELIER), expect.stringContaining(ATELIER)]);
    expect((await b.files.historyTitles()).sort()).toEqual(
      [
        'Diagnostic : À accompagner pas à pas',
        `Démarche commencée : ${c2s.title}`,
        `Démarche commencée : ${retraite.title}`,
        'Accompagnement à domicile',
        'Pass numérique n° 47-0101 remis',
        'Pass numérique n° 47-0102 remis',
      ].sort(),
    );
    const notes = await b.files.notesOnFile();
    expect([notes.current, ...notes.others].sort()).toEqual([NOTES_FROM_A, NOTES_FROM_B].sort());

    // What the file page does not spell out, the endpoint says.
    expect(await atEndpoint('accompagnements', ['beneficiaryId', 'durationMinutes', 'place', 'mode', 'demarcheIds'])).toEqual([
      expect.objectContaining({
        beneficiaryId: yvette,
        durationMinutes: 45,
        place: 'domicile',
        mode: 'individuel',
        demarcheIds: [retraite.id, c2s.id],
      }),
    ]);
    const handed = (await atEndpoint('passNumeriques', ['status', 'handedTo', 'atelier'])).filter((c) => c.status === 'remis');
    expect(handed).toEqual([
      expect.objectContaining({ handedTo: yvette, atelier: ATELIER }),
      expect.objectContaining({ handedTo: yvette, atelier: ATELIER }),
    ]);
    const diagnosticFields = ['beneficiaryId', 'equipment', 'hasEmail', 'hasSmsPhone', 'demarchesNeeded', 'autonomyLevel', 'orientation'];
    expect(await atEndpoint('diagnostics', diagnosticFields)).toEqual([
      expect.objectContaining({
        beneficiaryId: yvette,
        equipment: ['smartphone'],
        hasEmail: false,
        hasSmsPhone: false,
        demarchesNeeded: [c2s.id, retraite.id],
        autonomyLevel: 'pas-a-pas',
        orientation: 'atelier-pass-numerique',
      }),
    ]);
    const fresh = new Tablet(server.url, await login(server.url, COORDINATOR, PASSWORD));
    const notesOps = (await fresh.pullAll()).filter((op) => op.recordId === yvette && op.field === 'notes');
    expect(notesOps.map((op) => op.value)).toEqual(expect.arrayContaining([NOTES_FROM_A, NOTES_FROM_B]));
  });

  it('Friday: the coordinator exports the statistics as an anonymous CSV for a French spreadsheet', async () => {
    await b.app.goTo('Activité');
    await b.activity.main.getByRole('link', { name: /Statistiques/ }).click();
    const exportButton = b.activity.main.getByRole('button', { name: 'Exporter en CSV' });
    await exportButton.waitFor();
    expect(await b.activity.keyFigure('séances')).toBe('1');
    const [download] = await Promise.all([b.browser.page.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toMatch(/^statistiques-declic-.*\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines.find((line) => line.startsWith('"Séances"'))).toBe('"Séances";1');
    expect(lines.find((line) => line.startsWith('"Pass numériques remis"'))).toBe('"Pass numériques remis";2');
    for (const personal of ['Yvette', 'Martin', 'CARSAT reçu', 'carte Vitale retrouvée', yvette]) expect(text).not.toContain(personal);
  });
});
