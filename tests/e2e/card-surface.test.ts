// The hint card as a person sees it in Chromium, on fixture pages under the real sites' hosts: nothing of
// the overlay is drawn over it (pixels of its region with the rest of the overlay shown and hidden), Tab
// stays inside it, its controls and the badge are 24×24 px or more, it follows a dark system with AA
// contrast, names the category as the table does, and quotes advice with “ ”.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoryInfo } from '../../rules/categories';
import type { RuleCategory } from '../../rules/types';
import { FB, marks, open } from './editors-helpers';
import { launchOnSites, type SitesBrowser } from './editors-sites';
import {
  type Box,
  contrast,
  lightness,
  overlayUnder,
  panelPixelsShownAndHidden,
  setPrefs,
  textColours,
  zoom150,
} from './surface-helpers';

// Sentences written for these tests: a regional slur (high, with a replacement), an insult (medium) and
// a threat (high), one per line, so the card of the first covers the marks of the others.
const THREE_LINES = ['Bọn bắc kỳ toàn nói dối', 'Nói thế thì đúng là đồ ngu như bò', 'Tao sẽ giết mày'];

let browser: SitesBrowser;
beforeAll(async () => {
  browser = await launchOnSites();
  await setPrefs(browser.worker, { uiLang: 'vi' });
});
afterAll(async () => browser?.close());

const card = (page: Page) => page.locator('[data-ungxu="card"]');

/** The textarea fixture with the three lines typed and every hint drawn. */
async function threeLines(page: Page): Promise<void> {
  await page.click('#message');
  await page.keyboard.type(THREE_LINES.join('\n'));
  await expect.poll(async () => (await marks(page)).length).toBeGreaterThanOrEqual(3);
}

/** The textarea fixture with the three lines, and the first hint's card opened from the keyboard. */
async function firstCardByKeyboard(page: Page): Promise<void> {
  await threeLines(page);
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Alt+Shift+U');
  await card(page).waitFor();
}

/** Hovers the first hint's underline until its card opens (the card opens after 300 ms of hover). */
async function hoverFirstHint(page: Page): Promise<void> {
  const [m] = await marks(page);
  if (!m) throw new Error('no mark');
  await page.mouse.move(m.rect.left + m.rect.width / 2, m.rect.top + m.rect.height / 2);
  await card(page).waitFor();
}

/** The open card's region looks the same with every mark and badge shown and hidden; returns what lies under it. */
async function expectCardUncovered(page: Page): Promise<string[]> {
  const under = await overlayUnder(page, '[data-ungxu="card"]');
  // Only meaningful when something of the overlay lies under the card.
  expect(under.length).toBeGreaterThan(0);
  const [shown, hidden] = await panelPixelsShownAndHidden(page, '[data-ungxu="card"]');
  expect(shown.equals(hidden)).toBe(true);
  return under;
}

/** The card lies wholly inside the window, so each of its controls can be reached. */
async function expectCardInWindow(page: Page): Promise<void> {
  const r = await card(page).evaluate((el) => el.getBoundingClientRect().toJSON() as Box);
  const view = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  expect(r.left).toBeGreaterThanOrEqual(0);
  expect(r.top).toBeGreaterThanOrEqual(0);
  expect(r.left + r.width).toBeLessThanOrEqual(view.width);
  expect(r.top + r.height).toBeLessThanOrEqual(view.height);
}

// A hint at the end of the first line, so its card reaches over the box's corner where the badge sits.
const FIRST_LINE_LAST = ['Hôm nay trời đẹp mà bọn bắc kỳ toàn nói dối', ...THREE_LINES.slice(1)];

describe('nothing covers the open card', () => {
  it('a three-line post: the card over the next lines keeps their underlines and tints below it', async () => {
    const page = await open(browser.context, `${FB}/textarea.html`);
    await threeLines(page);
    await hoverFirstHint(page);
    expect(await expectCardUncovered(page)).toContain('mark');
    await page.close();
  });

  it('a textarea at 400 px and 150% zoom: the badge and the other lines stay under the card, inside the window', async () => {
    const page = await open(browser.context, `${FB}/textarea.html`);
    await zoom150(page);
    await page.click('#message');
    await page.keyboard.type(FIRST_LINE_LAST.join('\n'));
    await expect.poll(async () => (await marks(page)).length).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+Shift+U');
    await card(page).waitFor();
    const under = await expectCardUncovered(page);
    expect(under).toContain('badge');
    expect(under).toContain('mark');
    await expectCardInWindow(page);
    await page.close();
  });

  it('a comment box at 400 px and 150% zoom: the badge stays under the hovered card, inside the window', async () => {
    const page = await open(browser.context, `${FB}/facebook.html`);
    await zoom150(page);
    await page.click('#comment-1');
    // Long enough to wrap: the badge sits at the box's lower right corner, under the card.
    await page.keyboard.type('mày ngu như bò, nói mãi mà vẫn không hiểu gì cả, thôi đi ngủ đi');
    await expect.poll(async () => (await marks(page)).length).toBeGreaterThan(0);
    await hoverFirstHint(page);
    expect(await expectCardUncovered(page)).toContain('badge');
    await expectCardInWindow(page);
    await page.close();
  });
});

describe('keyboard and targets', () => {
  /** True when focus is on a control inside the open card. */
  const focusInCard = (page: Page) =>
    page.evaluate(() => {
      const root = document.querySelector('ungxu-root')?.shadowRoot;
      return !!root?.activeElement?.matches('[data-ungxu="card"] button');
    });

  it('Tab and Shift+Tab cycle through the card controls and never leave it while it is open', async () => {
    const page = await open(browser.context, `${FB}/textarea.html`);
    await firstCardByKeyboard(page);
    const n = await card(page).locator('button').count();
    expect(n).toBeGreaterThan(3);
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < n + 2; i++) {
        await page.keyboard.press(key);
        expect(await focusInCard(page), `${key} #${i + 1}`).toBe(true);
      }
    }
    await page.close();
  });

  it("a click on the card's text keeps focus in the card: Tab then goes on among its controls", async () => {
    const page = await open(browser.context, `${FB}/textarea.html`);
    await firstCardByKeyboard(page);
    await card(page).locator('.matched').click();
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('ungxu-root');
    for (const key of ['Tab', 'Shift+Tab']) {
      await card(page).locator('.matched').click();
      await page.keyboard.press(key);
      expect(await focusInCard(page), key).toBe(true);
      expect(await card(page).count()).toBe(1);
    }
    await page.close();
  });

  it('every control of the card and the badge is at least 24×24 px, at 100% and at 150% zoom', async () => {
    const page = await open(browser.context, `${FB}/textarea.html`);
    await firstCardByKeyboard(page);
    expect(await controlSizes(page)).toEqual([]);
    await zoom150(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+Shift+U');
    await card(page).waitFor();
    expect(await controlSizes(page)).toEqual([]);
    await page.close();
  });
});

/** Controls (buttons, links, Tab stops) of the open card and the badges smaller than 24×24 CSS px. */
async function controlSizes(page: Page): Promise<string[]> {
  const sizes = await page.evaluate(() =>
    [
      ...(document
        .querySelector('ungxu-root')
        ?.shadowRoot?.querySelectorAll(
          '[data-ungxu="card"] :is(button, a[href], input, select, [tabindex]:not([tabindex="-1"])), [data-ungxu="badge"]',
        ) ?? []),
    ].map((b) => {
      const r = b.getBoundingClientRect();
      return { what: b.getAttribute('aria-label') ?? b.textContent ?? '', width: r.width, height: r.height };
    }),
  );
  expect(sizes.length).toBeGreaterThan(4);
  return sizes.filter((x) => x.width < 24 || x.height < 24).map((x) => `${x.what}: ${x.width}×${x.height}`);
}

describe('what the card says and how it looks', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme} system: the card follows it, every text at 4.5:1 or more`, async () => {
      const page = await open(browser.context, `${FB}/textarea.html`);
      await page.emulateMedia({ colorScheme: scheme });
      await firstCardByKeyboard(page);
      const bg = await card(page).evaluate((el) => getComputedStyle(el).backgroundColor);
      if (scheme === 'dark') expect(lightness(bg)).toBeLessThan(0.05);
      else expect(lightness(bg)).toBeGreaterThan(0.9);
      const texts = await textColours(page, '[data-ungxu="card"]', true);
      expect(texts.length).toBeGreaterThan(4);
      expect(texts.filter((t) => contrast(t.colour, t.background) < 4.5)).toEqual([]);
      await page.close();
    });
  }

  it('names the category as the table does, quotes the advice with “ ”, and shows no rule id', async () => {
    const page = await open(browser.context, `${FB}/textarea.html`);
    await firstCardByKeyboard(page);
    const category = (await card(page).getAttribute('data-category')) as RuleCategory;
    expect(category).toBe('regional');
    expect(await card(page).locator('.cat').textContent()).toBe(categoryInfo(category).name.vi);
    const advice = (await card(page).locator('.advice').textContent()) ?? '';
    expect(advice).toContain('“người miền Bắc”');
    expect(advice).not.toContain('"');
    const rule = (await card(page).getAttribute('data-rule')) ?? '';
    expect(rule).toMatch(/^[a-z]+-/);
    expect(await card(page).textContent()).not.toContain(rule);
    await page.close();
  });
});
