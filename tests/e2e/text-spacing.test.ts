// WCAG 1.4.12 (Text spacing): with line height 1.5, paragraphs spaced by 2 em, letters by 0.12 em and words by
// 0.16 em — what a reader's style sheet may impose —, no content is cut off or scrolls sideways, on a tablet
// and at 320 px (real Chromium).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAccount, startAppServer, type AppServer } from '../fixtures/browser-app';
import { openBrowser, viewports, type BrowserSession } from '../fixtures/browser';
import { AppPage, sectionLabels } from '../fixtures/page-models/app-page';

/** The spacing WCAG 1.4.12 asks a page to survive (the usual « text spacing » bookmarklet). */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/** Elements that cut their text off (overflow hidden or clipped, content larger than the box), and the page's width. */
async function cutOff(page: Page): Promise<{ sideways: boolean; clipped: string[] }> {
  return page.evaluate(() => {
    const clipped = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => {
        const style = getComputedStyle(element);
        const hides = (value: string) => value === 'hidden' || value === 'clip';
        if (!hides(style.overflowX) && !hides(style.overflowY)) return false;
        // Visually hidden text (for screen readers) is a 1 px box by design.
        if (element.clientWidth <= 1 || element.clientHeight <= 1) return false;
        // A card's summary is cut to two lines by design, spacing or not: the whole text is on the page it opens.
        if (style.getPropertyValue('-webkit-line-clamp') !== 'none') return false;
        if (!(element.textContent ?? '').trim()) return false;
        return element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? '').trim().slice(0, 30)}"`);
    return { sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth, clipped };
  });
}

describe.each([
  ['a tablet in portrait', viewports.portrait],
  ['a phone at 320 px', { width: 320, height: 720 }],
])('text spacing on %s', (_name, viewport) => {
  let server: AppServer;
  let browser: BrowserSession;
  let app: AppPage;

  beforeAll(async () => {
    server = await startAppServer();
    const account = await createTestAccount(server.store);
    browser = await openBrowser({ viewport, bypassCSP: true });
    app = new AppPage(browser.page, server.url);
    await app.open('/');
    await app.signIn(account.email, account.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it.each(sectionLabels)('%s loses nothing', async (label) => {
    await app.goTo(label);
    await browser.page.addStyleTag({ content: TEXT_SPACING });
    expect(await cutOff(browser.page)).toEqual({ sideways: false, clipped: [] });
  });
});
