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
import { type Box, contrast, lightness, overlapArea, setPrefs, textColours } from './surface-helpers';

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

/** Rects of every mark, aimed-word underline and badge of every box. */
const overlayRects = (page: Page): Promise<Box[]> =>
  page.evaluate(() =>
    [
      ...(document
        .querySelector('ungxu-root')
        ?.shadowRoot?.querySelectorAll('[data-ungxu="mark"], [data-ungxu="aim"], [data-ungxu="badge"]') ??
        []),
    ].map((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height };
    }),
  );

/** Shows or hides everything of the overlay but the card (marks and badges live in the .layer divs). */
const setLayers = (page: Page, hidden: boolean) =>
  page.evaluate((h) => {
    const root = document.querySelector('ungxu-root')?.shadowRoot;
    let style = root?.querySelector<HTMLStyleElement>('style[data-test="hide-layers"]');
    if (!style && root) {
      style = document.createElement('style');
      style.dataset.test = 'hide-layers';
      root.append(style);
    }
    if (style) style.textContent = h ? '.layer { visibility: hidden !important; }' : '';
  }, hidden);

/** The open card's region looks the same with every mark and badge shown and hidden. */
async function expectCardUncovered(page: Page): Promise<void> {
  const r = await card(page).evaluate((el) => el.getBoundingClientRect().toJSON() as Box);
  const under = (await overlayRects(page)).filter((o) => overlapArea(o, r) > 0);
  // Only meaningful when something of the overlay lies under the card.
  expect(under.length).toBeGreaterThan(0);
  const clip = {
    x: Math.ceil(r.left) + 1,
    y: Math.ceil(r.top) + 1,
    width: Math.floor(r.width) - 2,
    height: Math.floor(r.height) - 2,
  };
  const shown = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  await setLayers(page, true);
  const hidden = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  await setLayers(page, false);
  expect(shown.equals(hidden)).toBe(true);
}

describe('nothing covers the open card', () => {
  it('a three-line post: the card over the next lines keeps their underlines and tints below it', async () => {
    const page = await open(browser.context, `${FB}/textarea.html`);
    await threeLines(page);
    await hoverFirstHint(page);
    await expectCardUncovered(page);
    await page.close();
  });

  it('a comment box at 400 px and 150% zoom (267 CSS px): the badge stays under the card', async () => {
    const page = await open(browser.context, `${FB}/facebook.html`);
    await page.setViewportSize({ width: 267, height: 500 });
    await page.click('#comment-1');
    await page.keyboard.type('mày ngu như bò');
    await expect.poll(async () => (await marks(page)).length).toBeGreaterThan(0);
    await hoverFirstHint(page);
    await expectCardUncovered(page);
    await page.close();
  });
});

describe('keyboard and targets', () => {
  /** True when focus is on a control inside the open card. */
  const focusInCard = (page: Page) =>
    page.evaluate(() => {
      const root = document.querySelector('ungxu-root')?.shadowRoot;
      return !!root?.activeElement?.closest('[data-ungxu="card"]');
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

  it('every control of the card and the badge is at least 24×24 px', async () => {
    const page = await open(browser.context, `${FB}/textarea.html`);
    await firstCardByKeyboard(page);
    const sizes = await page.evaluate(() =>
      [
        ...(document
          .querySelector('ungxu-root')
          ?.shadowRoot?.querySelectorAll('[data-ungxu="card"] button, [data-ungxu="badge"]') ?? []),
      ].map((b) => {
        const r = b.getBoundingClientRect();
        return { what: b.getAttribute('aria-label') ?? b.textContent, width: r.width, height: r.height };
      }),
    );
    expect(sizes.length).toBeGreaterThan(4);
    for (const s of sizes) {
      expect(s.width, s.what ?? '').toBeGreaterThanOrEqual(24);
      expect(s.height, s.what ?? '').toBeGreaterThanOrEqual(24);
    }
    await page.close();
  });
});

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

  it('names the category as the table does and quotes the advice with “ ”', async () => {
    const page = await open(browser.context, `${FB}/textarea.html`);
    await firstCardByKeyboard(page);
    const category = (await card(page).getAttribute('data-category')) as RuleCategory;
    expect(category).toBe('regional');
    expect(await card(page).locator('.cat').textContent()).toBe(categoryInfo(category).name.vi);
    const advice = (await card(page).locator('.advice').textContent()) ?? '';
    expect(advice).toContain('“người miền Bắc”');
    expect(advice).not.toContain('"');
    await page.close();
  });
});
