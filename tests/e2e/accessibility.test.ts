// Every screen, on both tablet sizes, passes axe-core (nothing serious or critical), keeps touch targets
// of 44 px, has its landmarks, and the storage warning never hides the navigation (real Chromium).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from '../fixtures/browser-axe';
import { createTestAccount, startAppServer, type AppServer, type TestAccount } from '../fixtures/browser-app';
import { openBrowser, viewports, type BrowserSession } from '../fixtures/browser';
import { BeneficiariesPage } from '../fixtures/page-models/beneficiaries-page';
import { AppPage, sectionLabels } from '../fixtures/page-models/app-page';

const MIN_TARGET_PX = 44;

/** Buttons and navigation links on screen that are smaller than a finger. */
async function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const targets = [...document.querySelectorAll<HTMLElement>('nav a, button')];
    return targets
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0 && (box.width < min || box.height < min))
      .map(({ element, box }) => `"${element.textContent?.trim()}" is ${Math.round(box.width)}×${Math.round(box.height)} px`);
  }, MIN_TARGET_PX);
}

/** Navigation links that are out of the viewport or covered by something else at their centre. */
async function hiddenNavigationLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('nav a')]
      .filter((link) => {
        const box = link.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return true;
        return !link.contains(document.elementFromPoint(x, y));
      })
      .map((link) => link.textContent?.trim() ?? '?'),
  );
}

describe('accessibility of Déclic', () => {
  let server: AppServer;
  let account: TestAccount;
  let browser: BrowserSession;
  let app: AppPage;

  beforeAll(async () => {
    server = await startAppServer();
    account = await createTestAccount(server.store);
    browser = await openBrowser({ viewport: viewports.portrait });
    app = new AppPage(browser.page, server.url);
    await app.open('/');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('the login screen (when shown) has no serious or critical violation', async () => {
    await app.navigation
      .or(browser.page.getByLabel('Adresse e-mail', { exact: true }))
      .first()
      .waitFor();
    expect(describeViolations(await seriousViolations(browser.page))).toEqual([]);
    await app.signIn(account.email, account.password);
  });

  // Both orientations of the tablets Déclic is designed for (WCAG 1.3.4: the manifest locks none), and a
  // 10-inch tablet in landscape at 1024 px.
  describe.each([...Object.entries(viewports), ['landscape at 1024 px', { width: 1024, height: 768 }] as const])(
    'on a tablet in %s',
    (_name, viewport) => {
      beforeAll(async () => {
        await browser.page.setViewportSize(viewport);
      });

      it.each(sectionLabels)('%s has no serious or critical axe-core violation', async (label) => {
        await app.goTo(label);
        expect(describeViolations(await seriousViolations(browser.page))).toEqual([]);
      });

      it.each(sectionLabels)('%s keeps buttons and navigation links at least 44×44 px', async (label) => {
        await app.goTo(label);
        expect(await smallTouchTargets(browser.page)).toEqual([]);
      });

      it('shows the storage warning without covering the navigation', async () => {
        // A fresh profile is not granted persistent storage, so the warning is on screen here.
        await app.storageWarning.waitFor();
        for (const label of sectionLabels) {
          await app.goTo(label);
          expect(await hiddenNavigationLinks(browser.page), `navigation on ${label}`).toEqual([]);
        }
      });

      it('has a banner, a navigation and a main landmark, and no leftover loading message', async () => {
        await expect.poll(() => browser.page.getByRole('banner').count()).toBe(1);
        expect(await app.navigation.count()).toBe(1);
        expect(await browser.page.getByRole('main').count()).toBe(1);
        expect(await browser.page.getByText('Chargement de Déclic…').isVisible()).toBe(false);
      });
    },
  );

  it('keeps the navigation above a list of files scrolled beneath it', async () => {
    await browser.page.setViewportSize(viewports.portrait);
    const files = new BeneficiariesPage(browser.page, app);
    const people = ['Josiane', 'Karim', 'Éloïse', 'Marcel', 'Fatima', 'Louis', 'Hélène', 'Rachid'];
    for (const firstName of people) await files.createPerson({ firstName, commune: 'Nérac' });
    await files.openList();
    await browser.page.mouse.wheel(0, 300);
    await expect.poll(() => browser.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await hiddenNavigationLinks(browser.page)).toEqual([]);
  });
});
