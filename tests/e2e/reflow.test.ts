// WCAG 1.4.10 (Reflow) and 1.4.4 (Resize text): at 320 CSS px — a phone, or a tablet zoomed to 400 % —, at a
// phone's 390 px and at 640 px (a landscape tablet zoomed to 200 %), no page scrolls sideways: every section and
// the main forms fit the screen, and the header stays one compact line (real Chromium).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from '../fixtures/browser-axe';
import { createTestAccount, startAppServer, type AppServer } from '../fixtures/browser-app';
import { openBrowser, type BrowserSession } from '../fixtures/browser';
import { AppPage, sectionLabels } from '../fixtures/page-models/app-page';
import { BeneficiariesPage } from '../fixtures/page-models/beneficiaries-page';
import { DiagnosticPage } from '../fixtures/page-models/diagnostic-page';

const SKILL_DOMAINS = [
  'Utiliser un appareil',
  'Chercher une information',
  'Communiquer',
  'Remplir un formulaire en ligne',
  'Se protéger, protéger ses données',
];

/** The page's width beyond the screen, and the elements that stick out (for the failure message). */
async function overflow(page: Page): Promise<{ scrollWidth: number; screen: number; wider: string[] }> {
  return page.evaluate(() => {
    const screen = document.documentElement.clientWidth;
    const wider = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.right <= screen + 0.5) return false;
        // What a visually hidden ancestor clips (a table's column names for screen readers) shows nowhere.
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          const style = getComputedStyle(parent);
          const clips = style.overflowX === 'hidden' || style.overflowX === 'clip';
          if (clips && parent.getBoundingClientRect().right <= screen + 0.5) return false;
        }
        return true;
      })
      .slice(0, 8)
      .map((element) => {
        const box = element.getBoundingClientRect();
        const name = `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\s+/).join('.') : ''}`;
        return `${name} "${(element.textContent ?? '').trim().slice(0, 30)}" ends at ${Math.round(box.right)} px`;
      });
    return { scrollWidth: document.documentElement.scrollWidth, screen, wider };
  });
}

/** Buttons and navigation links on screen smaller than a finger (44 × 44 CSS px). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('nav a, nav button, button')]
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0 && (box.width < 44 || box.height < 44))
      .map(({ element, box }) => `"${element.textContent?.trim()}" is ${Math.round(box.width)}×${Math.round(box.height)} px`),
  );
}

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, screen, wider } = await overflow(page);
  expect({ where, scrollWidth, wider }).toEqual({ where, scrollWidth: screen, wider: [] });
}

describe.each([320, 390, 640])('Déclic at %i CSS px wide', (width) => {
  let server: AppServer;
  let browser: BrowserSession;
  let app: AppPage;
  let files: BeneficiariesPage;

  beforeAll(async () => {
    server = await startAppServer();
    // A coordinator: the statistics and the administration (tables) are among the pages.
    const account = await createTestAccount(server.store, 'coordinateur');
    browser = await openBrowser({ viewport: { width, height: 720 } });
    app = new AppPage(browser.page, server.url);
    files = new BeneficiariesPage(browser.page, app);
    await app.open('/');
    await app.signIn(account.email, account.password);
    await files.createPerson({ firstName: 'Marie-Josèphe', lastName: 'Dupont-Laborde', commune: 'Villeneuve-sur-Lot' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it.each(sectionLabels)('%s does not scroll sideways, axe-core finds nothing serious, targets stay 44 px', async (label) => {
    await app.goTo(label);
    await expectNoSidewaysScroll(browser.page, label);
    expect(describeViolations(await seriousViolations(browser.page))).toEqual([]);
    expect(await smallTargets(browser.page)).toEqual([]);
  });

  it.each([
    ['the new file form', '/beneficiaires/nouveau'],
    ['a démarche', '/demarches/prime-activite'],
    ['a guide', '/guides/utiliser-franceconnect'],
    ['the statistics', '/activite/statistiques'],
    ['the team', '/reglages/administration/equipe'],
    ['the devices', '/reglages/administration/appareils'],
    ['the journal', '/reglages/administration/journal'],
  ])('%s does not scroll sideways', async (what, path) => {
    await app.open(path);
    await browser.page.locator('main h1').first().waitFor();
    await browser.page.locator('main [aria-busy="true"]').first().waitFor({ state: 'detached' });
    await expectNoSidewaysScroll(browser.page, what);
  });

  it('a person’s file, its diagnostic and the accompaniment form do not scroll sideways', async () => {
    await files.openPerson('Marie-Josèphe');
    await expectNoSidewaysScroll(browser.page, 'the file');
    const fileUrl = browser.page.url();
    await app.open(`${new URL(fileUrl).pathname}/diagnostic`);
    await browser.page.locator('main h1').first().waitFor();
    await expectNoSidewaysScroll(browser.page, 'the diagnostic');
  });

  it.runIf(width === 320)(
    'a file with two diagnostics shows their progress as cards, each value named, without scrolling sideways',
    async () => {
      await files.openPerson('Marie-Josèphe');
      const diagnostic = new DiagnosticPage(browser.page);
      for (const level of ['Jamais fait', 'Seul·e, avec difficulté']) {
        await diagnostic.start();
        await diagnostic.answer({
          devices: ['Un smartphone'],
          connection: 'Une box internet (ADSL, fibre)',
          skills: Object.fromEntries(SKILL_DOMAINS.map((domain) => [domain, level])),
        });
        await diagnostic.save('Marie-Josèphe Dupont-Laborde');
      }
      const progress = browser.page.locator('main table.progress-table');
      await progress.waitFor();
      await expectNoSidewaysScroll(browser.page, 'the file with its progress');
      // Each value says its column: « Avant (…) : Jamais fait ».
      const firstValue = progress.locator('tbody td').first();
      expect(await firstValue.evaluate((cell) => getComputedStyle(cell, '::before').content)).toMatch(/^"Avant \(/);
      await browser.page
        .getByRole('link', { name: /^Voir le diagnostic du/ })
        .first()
        .click();
      await browser.page.getByRole('heading', { level: 2, name: 'Compétences' }).waitFor();
      await expectNoSidewaysScroll(browser.page, 'the diagnostic report');
    },
  );

  it.runIf(width < 600)('keeps every section of the navigation on screen, whole — some behind « Plus »', async () => {
    const shown = () =>
      browser.page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('nav[aria-label="Sections"] a, nav[aria-label="Sections"] button')]
          .filter((control) => control.getClientRects().length > 0)
          .map((control) => {
            const box = control.getBoundingClientRect();
            const label = control.querySelector('span:last-child') as HTMLElement;
            // Whole: not cut at its edge, and no word broken across two lines (« Bénéficiaire / s »).
            const text = label.firstChild as Text;
            const lines = document.createRange();
            lines.selectNodeContents(text);
            const lineTops = new Set([...lines.getClientRects()].map((line) => Math.round(line.top)));
            const words = (text.textContent ?? '').trim().split(/\s+/).length;
            const whole = label.scrollWidth <= label.clientWidth + 0.5 && lineTops.size <= words;
            const inside = box.left >= 0 && box.right <= document.documentElement.clientWidth + 0.5;
            return `${control.textContent?.trim()}${inside && whole ? '' : ' (cut)'}`;
          }),
      );
    const bar = await shown();
    await app.navigation.getByRole('button', { name: 'Plus' }).click();
    const withMenu = await shown();
    expect(bar).toEqual(['Bénéficiaires', 'Démarches', 'Activité', 'Plus']);
    expect(withMenu.slice(0, 3)).toEqual(['Guides', 'Partenaires', 'Réglages']);
    await app.navigation.getByRole('link', { name: 'Réglages' }).click();
    await app.waitForSection('Réglages');
    expect(await app.navigation.getByRole('link', { name: 'Réglages' }).isVisible()).toBe(false);
  });

  it('puts the header on one compact line, the actions behind one button', async () => {
    await app.goTo('Bénéficiaires');
    const header = browser.page.getByRole('banner');
    const height = await header.evaluate((element) => element.getBoundingClientRect().height);
    if (process.env.REFLOW_SHOTS) await browser.page.screenshot({ path: `/tmp/reflow-${width}.png` });
    expect(height).toBeLessThan(720 / 6);
    const sync = header.getByRole('button', { name: 'Synchroniser' });
    expect(await sync.isVisible()).toBe(false);
    await header.getByRole('button', { name: 'Actions' }).click();
    expect(await sync.isVisible()).toBe(true);
    expect(await header.getByRole('button', { name: 'Verrouiller' }).isVisible()).toBe(true);
    await expectNoSidewaysScroll(browser.page, 'the header with its actions open');
  });
});
