// The tablet keeps a person's data safe (real Chromium, a real endpoint, two profiles): a file made
// OFFLINE with a canary name and canary notes, and a diagnostic of that person filled in through the
// questionnaire with a canary démarche in the aidant's own words, the app reloaded and unlocked with the
// passphrase, locked and reopened with the PIN, synced once the server is back and seen by another aidant
// of the structure on their own tablet — and then not one file of the first profile's folder (IndexedDB's
// LevelDB, logs, blobs, the service worker's cache…) holds the name, the notes, the commune or the
// démarche, in UTF-8 or UTF-16.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDay } from '../../src/app/catalogue/format';
import { createAidant, createStructure } from '../../src/server/accounts/accounts';
import { openBrowser, type BrowserSession } from '../fixtures/browser';
import { describeViolations, seriousViolations } from '../fixtures/browser-axe';
import { builtAppDir, startAppServer, type AppServer } from '../fixtures/browser-app';
import { AppPage } from '../fixtures/page-models/app-page';
import { BeneficiariesPage } from '../fixtures/page-models/beneficiaries-page';
import { DiagnosticPage, type DiagnosticOnScreen } from '../fixtures/page-models/diagnostic-page';
import { login, Tablet } from '../fixtures/server-api';

const TAG = randomBytes(4).toString('hex');
// ASCII only: V8 stores one-byte strings as Latin-1, the same bytes as UTF-8 here.
const person = {
  firstName: `Canarifirst${TAG}`,
  lastName: `Canarilast${TAG}`,
  commune: `Canariville${TAG}`,
  notes: `Canarinotes${TAG} loyer en retard, fils a Rethel`,
};
const ownDemarche = `Canaridemarche${TAG} dossier de surendettement`;
const diagnostic: DiagnosticOnScreen = {
  devices: ['Un smartphone'],
  connection: 'Seulement les données mobiles du téléphone',
  accounts: ['Une adresse e-mail qu’elle sait ouvrir', 'ameli (Assurance Maladie)'],
  skills: {
    'Utiliser un appareil': 'À l’aise',
    'Chercher une information': 'Seul·e, avec difficulté',
    Communiquer: 'Seul·e, avec difficulté',
    'Remplir un formulaire en ligne': 'Seulement avec de l’aide',
    'Se protéger, protéger ses données': 'Seulement avec de l’aide',
  },
  ownDemarches: [ownDemarche],
};
// What the answers above lead to (average 1.8: neither "pas à pas" nor "autonome").
const LEVEL = 'Autonome avec aide ponctuelle';
const canaries = [person.firstName, person.lastName, person.commune, `Canarinotes${TAG}`, `Canaridemarche${TAG}`];
const fullName = `${person.firstName} ${person.lastName}`;
// Stored in clear on purpose (the session): proves that the search can see what IndexedDB writes.
const STRUCTURE = `France services Controle${TAG}`;
const PASSWORD = 'Un mot de passe de test 42';
const PIN = '2468';

/** The "Progression" section of the open file: where its diagnostics show. */
function progressOf(files: BeneficiariesPage) {
  return files.main.getByRole('region', { name: 'Progression' });
}

/** Every regular file under `dir`, with its path relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false);
}

/** The files of `dir` that hold `needle` as UTF-8 or as UTF-16LE (relative paths, with the encoding). */
function filesHolding(dir: string, needle: string): string[] {
  const forms = { 'UTF-8': Buffer.from(needle, 'utf8'), 'UTF-16LE': Buffer.from(needle, 'utf16le') };
  const hits: string[] = [];
  for (const path of filesUnder(dir)) {
    const bytes = readFileSync(path);
    for (const [encoding, form] of Object.entries(forms)) if (bytes.includes(form)) hits.push(`${relative(dir, path)} (${encoding})`);
  }
  return hits;
}

describe('a person’s file on the tablet, at rest', () => {
  let server: AppServer;
  let first: BrowserSession;
  let second: BrowserSession | undefined;
  let otherFiles: BeneficiariesPage;
  let app: AppPage;
  let files: BeneficiariesPage;
  const accounts = { first: 'camille.martin@example.fr', second: 'sami.benali@example.fr' };
  let personId: string;
  /** "Un diagnostic, le 5 mars 2026 : Autonome avec aide ponctuelle", as the person's file says it. */
  let diagnosticLine: string;

  /**
   * What the endpoint holds about the person (a pull from scratch as the second aidant): the fields of
   * their file, and those of their diagnostics (found by their `beneficiaryId`) with their ids.
   */
  const endpointFields = async () => {
    const tablet = new Tablet(server.url, await login(server.url, accounts.second, PASSWORD));
    const ops = await tablet.pullAll();
    const diagnosticIds = new Set(
      ops.filter((op) => op.collection === 'diagnostics' && op.field === 'beneficiaryId' && op.value === personId).map((op) => op.recordId),
    );
    return {
      person: ops.filter((op) => op.recordId === personId).map((op) => op.field),
      diagnostics: ops.filter((op) => diagnosticIds.has(op.recordId)).map((op) => op.field),
      diagnosticIds: [...diagnosticIds],
    };
  };

  beforeAll(async () => {
    server = await startAppServer();
    const structure = await createStructure(server.store, STRUCTURE);
    for (const [who, email] of Object.entries(accounts)) {
      await createAidant(server.store, { structureId: structure.id, email, name: `Aidant ${who}`, role: 'aidant', password: PASSWORD });
    }
    first = await openBrowser({ keepProfile: true });
    app = new AppPage(first.page, server.url);
    files = new BeneficiariesPage(first.page, app);
    await app.open('/');
    await app.signIn(accounts.first, PASSWORD);
    await app.waitForServiceWorkerControl();
  });

  afterAll(async () => {
    await second?.close();
    await first?.close();
    first?.removeProfile();
    await server?.dispose();
  });

  it('creates the file with the server stopped; IndexedDB stores its personal fields sealed', async () => {
    await server.stop();
    expect(await app.canReachServer()).toBe(false);
    personId = await files.createPerson(person);
    await files.main.getByText(`Canarinotes${TAG}`).waitFor();
    expect(await files.storedRow('beneficiaries', personId)).toEqual({
      fields: expect.not.arrayContaining(['firstName', 'notes']),
      sealed: true,
    });
  });

  it('fills in a diagnostic of the person through the questionnaire, still offline; the file shows its level', async () => {
    expect(await app.canReachServer()).toBe(false);
    const questionnaire = new DiagnosticPage(first.page);
    await questionnaire.start();
    await questionnaire.answer(diagnostic);
    await questionnaire.resultLevel.filter({ hasText: LEVEL }).waitFor();
    diagnosticLine = `Un diagnostic, le ${formatDay(await questionnaire.date())} : ${LEVEL}`;
    await questionnaire.save(fullName);
    await progressOf(files).filter({ hasText: diagnosticLine }).waitFor();
  });

  it('after a reload, shows nothing until the passphrase; a wrong one is refused in plain French', async () => {
    await first.page.reload();
    await app.lock.lockedTitle.waitFor();
    expect(await first.page.content()).not.toContain(TAG);
    expect(describeViolations(await seriousViolations(first.page)), 'the unlock screen').toEqual([]);
    await app.lock.unlockWithPassphrase('une phrase qui n’est pas la bonne');
    await app.lock.error.filter({ hasText: 'Phrase secrète incorrecte.' }).waitFor({ timeout: 30_000 });
    await app.lock.unlockWithPassphrase(app.passphrase);
    await app.lock.choosePin(PIN);
    await files.main.getByRole('heading', { level: 1, name: fullName }).waitFor();
    await files.main.getByText(`Canarinotes${TAG}`).waitFor();
    await progressOf(files).filter({ hasText: diagnosticLine }).waitFor();
  });

  it('"Verrouiller" hides everything at once; the PIN reopens the same page', async () => {
    await first.page.getByRole('button', { name: 'Verrouiller' }).click();
    await app.lock.pinField.waitFor();
    expect(await first.page.content()).not.toContain(TAG);
    expect(await app.navigation.count()).toBe(0);
    await app.lock.unlockWithPin('1111');
    await app.lock.error.filter({ hasText: 'Encore 4 essais' }).waitFor();
    expect(describeViolations(await seriousViolations(first.page)), 'the PIN screen').toEqual([]);
    await app.lock.unlockWithPin(PIN);
    await files.main.getByRole('heading', { level: 1, name: fullName }).waitFor();
  });

  it('syncs once the server is back', async () => {
    await server.restart(builtAppDir());
    const deadline = Date.now() + 60_000;
    const arrived = ({ person, diagnostics }: Awaited<ReturnType<typeof endpointFields>>) =>
      person.includes('notes') && diagnostics.includes('demarchesNeeded');
    while (!arrived(await endpointFields())) {
      if (Date.now() > deadline) throw new Error('The file and its diagnostic never reached the endpoint.');
      await files.syncNow();
      await first.page.waitForTimeout(1_000);
    }
    const atEndpoint = await endpointFields();
    expect(atEndpoint.person).toEqual(expect.arrayContaining(['firstName', 'lastName', 'commune', 'notes']));
    expect(atEndpoint.diagnostics).toEqual(expect.arrayContaining(['date', 'skills', 'demarchesNeeded', 'autonomyLevel', 'orientation']));
    expect(atEndpoint.diagnosticIds).toHaveLength(1);
    expect(await files.storedRow('diagnostics', atEndpoint.diagnosticIds[0]!)).toEqual({
      fields: expect.not.arrayContaining(['demarchesNeeded', 'skills', 'autonomyLevel']),
      sealed: true,
    });
  });

  it('shows the same file to another aidant of the structure, on their own tablet and passphrase', async () => {
    second = await openBrowser();
    const otherApp = new AppPage(second.page, server.url);
    otherApp.passphrase = 'la phrase secrete de sami sur sa tablette';
    otherFiles = new BeneficiariesPage(second.page, otherApp);
    await otherApp.open('/');
    await second.page.getByLabel('Adresse e-mail', { exact: true }).fill(accounts.second);
    await second.page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await second.page.getByRole('button', { name: 'Se connecter' }).click();
    await otherApp.lock.setupTitle.waitFor();
    expect(describeViolations(await seriousViolations(second.page)), 'the passphrase step').toEqual([]);
    await otherApp.lock.setPassphrase(otherApp.passphrase);
    await otherApp.lock.pinChoiceTitle.waitFor({ timeout: 30_000 });
    expect(describeViolations(await seriousViolations(second.page)), 'the PIN step').toEqual([]);
    await otherApp.signIn(accounts.second, PASSWORD, { pin: '1357' });
    const deadline = Date.now() + 60_000;
    for (;;) {
      await otherFiles.openList();
      if ((await otherFiles.listedNames()).includes(fullName)) break;
      if (Date.now() > deadline) throw new Error('The second tablet never received the file.');
      await otherFiles.syncNow();
      await second.page.waitForTimeout(1_000);
    }
    await otherFiles.openPerson(fullName);
    await otherFiles.main.getByText(`Canarinotes${TAG}`).waitFor();
    await progressOf(otherFiles).filter({ hasText: diagnosticLine }).waitFor();
    expect(await otherFiles.storedRow('beneficiaries', personId)).toMatchObject({ sealed: true });
    // The whole diagnostic came, the aidant's own words too: the person's data page lists them.
    await otherFiles.main.getByRole('link', { name: 'Exporter ses données' }).click();
    await otherFiles.main
      .getByRole('region', { name: /^Diagnostics/ })
      .getByText(ownDemarche)
      .waitFor();
  });

  it('logs the second tablet out from Réglages: nothing to send, the tablet is wiped, the login screen is back', async () => {
    await otherFiles.app.goTo('Réglages');
    await otherFiles.main.getByRole('button', { name: 'Se déconnecter' }).click();
    await otherFiles.main.getByRole('button', { name: 'Oui, se déconnecter' }).click();
    await second!.page.getByLabel('Adresse e-mail', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await otherFiles.storedRow('beneficiaries', personId)).toBeNull();
  });

  it('leaves no trace of the name, the notes, the commune or the diagnostic in any file of the first profile', async () => {
    await first.close();
    const profile = first.profileDir;
    const indexedDb = filesUnder(profile).filter((path) => path.includes('IndexedDB'));
    expect(
      indexedDb.some((path) => path.endsWith('.log') || path.endsWith('.ldb')),
      'the profile has IndexedDB LevelDB files',
    ).toBe(true);
    expect(
      filesUnder(profile).some((path) => path.includes('CacheStorage')),
      'the service worker cache was written',
    ).toBe(true);
    // The structure's name is stored in clear (the session): the search really sees IndexedDB's bytes.
    expect(filesHolding(profile, STRUCTURE).some((hit) => hit.includes('IndexedDB'))).toBe(true);
    const traces = Object.fromEntries(canaries.map((canary) => [canary, filesHolding(profile, canary)]));
    expect(traces).toEqual(Object.fromEntries(canaries.map((canary) => [canary, []])));
  });
});
