// Two tabs of Déclic on the same tablet (real Chromium, one profile, a real endpoint): each keeps the files
// it opened in memory, and a file created in one tab is in the other's list as soon as it comes back to
// it — the memory is dropped when Dexie reports the other tab's write (through a BroadcastChannel). A file
// open in one tab shows what the other tab saved to it without the aidant moving. A list that changes under a
// keyboard user keeps the focus on the person it was on. Each tab's header counts the changes the other made.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, viewports, type BrowserSession } from '../fixtures/browser';
import { createTestAccount, startAppServer, type AppServer } from '../fixtures/browser-app';
import { AppPage } from '../fixtures/page-models/app-page';
import { BeneficiariesPage } from '../fixtures/page-models/beneficiaries-page';

const PASSPHRASE = 'deux onglets ouverts sur la tablette';
const SYNC = '**/api/v1/sync';

describe('two tabs of the app on one tablet', () => {
  let server: AppServer;
  let browser: BrowserSession;
  let first: BeneficiariesPage;
  let second: BeneficiariesPage;

  beforeAll(async () => {
    server = await startAppServer();
    const account = await createTestAccount(server.store);
    browser = await openBrowser({ viewport: viewports.landscape });
    const firstApp = new AppPage(browser.page, server.url);
    first = new BeneficiariesPage(browser.page, firstApp);
    await firstApp.open('/');
    await first.signInAndProtect(account.email, account.password, PASSPHRASE);
    await first.createPerson({ firstName: 'Anne', lastName: 'Premier', commune: 'Nérac' });
    await first.openList();

    const page = await browser.context.newPage();
    const secondApp = new AppPage(page, server.url);
    secondApp.passphrase = PASSPHRASE;
    second = new BeneficiariesPage(page, secondApp);
    await page.goto(server.url);
    await secondApp.waitForShell();
    await second.openList();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('each tab lists the files already there', async () => {
    expect(await first.listedNames()).toEqual(['Anne Premier']);
    expect(await second.listedNames()).toEqual(['Anne Premier']);
  });

  it('shows in the first tab a file created in the second, once back on the list', async () => {
    await second.createPerson({ firstName: 'Bruno', lastName: 'Second', commune: 'Agen' });
    await first.app.goTo('Démarches');
    await first.openList();
    expect((await first.listedNames()).sort()).toEqual(['Anne Premier', 'Bruno Second']);
  });

  it('and the other way round', async () => {
    await first.createPerson({ firstName: 'Chloé', lastName: 'Troisième', commune: 'Fumel' });
    await second.app.goTo('Démarches');
    await second.openList();
    expect((await second.listedNames()).sort()).toEqual(['Anne Premier', 'Bruno Second', 'Chloé Troisième']);
  });

  it('shows on a file open in the first tab the notes the second tab saved, without moving', async () => {
    await first.openPerson('Anne Premier');
    await second.openPerson('Anne Premier');
    await second.editNotes('Anne Premier', 'Rappeler lundi pour le dossier CAF');
    await first.waitForNotesOnFile('Rappeler lundi pour le dossier CAF');
    expect((await first.notesOnFile()).current).toBe('Rappeler lundi pour le dossier CAF');
  });

  it('keeps the keyboard on the same person when the other tab erases a file listed above', async () => {
    await first.openList();
    const { page } = first;
    // The search typed to open Anne's file is kept for the way back: cleared, the list shows the three files.
    await page.getByLabel('Rechercher par nom ou commune').fill('');
    const [erased, moved, kept] = (await first.listedNames()) as [string, string, string];
    const focusedName = () =>
      page.evaluate(() => {
        const focused = document.activeElement;
        return focused?.matches('a.person-card') ? focused.querySelector('.card__title')!.textContent : `<${focused?.tagName}>`;
      });
    await page.getByLabel('Rechercher par nom ou commune').focus();
    for (let card = 0; card < 3; card++) await page.keyboard.press('Tab');
    expect(await focusedName()).toBe(kept);
    await second.openPerson(erased);
    // « Effacer le dossier de Bruno… », « d’Anne… »: the button names the person.
    await second.page.getByRole('link', { name: 'Effacer ce dossier' }).click();
    await second.page.getByRole('button', { name: /^Effacer le dossier/ }).click();
    // The first tab's list moves up a place under the keyboard; the focus moves with the person, so Enter opens her file.
    await expect.poll(() => first.listedNames(), { timeout: 10_000 }).toEqual([moved, kept]);
    expect(await focusedName()).toBe(kept);
  });

  it('counts in each tab the change the other tab made while the network is down', async () => {
    // The erasure of the test before is sent first.
    await expect.poll(() => second.syncText(), { timeout: 30_000 }).toContain('Aucune modification en attente');
    await expect.poll(() => first.syncText(), { timeout: 10_000 }).toContain('Aucune modification en attente');
    await browser.context.route(SYNC, (route) => route.abort('internetdisconnected'));
    try {
      await second.createPerson({ firstName: 'Denise', lastName: 'Attente', commune: 'Moissac' });
      await expect.poll(() => second.syncText(), { timeout: 10_000 }).toContain('1 modification en attente');
      // The first tab neither wrote nor synced since: its header follows the other tab's outbox.
      await expect.poll(() => first.syncText(), { timeout: 5_000 }).toContain('1 modification en attente');
    } finally {
      await browser.context.unroute(SYNC);
    }
  });
});
