// The submit-time nudge as a person sees it in Chromium, on the Facebook and Zalo fixtures under their
// real hosts: it covers neither the text it asks about nor the send button it held back, speaks of
// posting on Facebook and of sending in a chat, counts as people say them with the table's names, sits
// above every mark and badge, and follows a dark system with AA contrast.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoryInfo } from '../../rules/categories';
import { FB, open, ZALO } from './editors-helpers';
import { launchOnSites, type SitesBrowser } from './editors-sites';
import { type Box, contrast, lightness, overlapArea, setPrefs, textColours } from './surface-helpers';

// Sentences written for these tests: "bắc kỳ" is a regional slur (high), "giết mày" a threat (high).
const REGIONAL = 'Bọn bắc kỳ toàn nói dối';
const TWO = 'Bọn bắc kỳ, tao sẽ giết mày, giết mày';

let browser: SitesBrowser;
beforeAll(async () => {
  browser = await launchOnSites();
  await setPrefs(browser.worker, { uiLang: 'vi' });
});
afterAll(async () => browser?.close());

const dialog = (page: Page) => page.locator('[data-ungxu="nudge"]');
const rectOf = (page: Page, selector: string): Promise<Box> =>
  page.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON() as Box);

/** Types text into a box and waits until its high-severity underline is drawn. */
async function typeFlagged(page: Page, box: string, text: string): Promise<void> {
  await page.click(box);
  await page.keyboard.type(text);
  await page.locator('[data-ungxu="mark"][data-severity="high"]').first().waitFor();
}

/** The Facebook composer with flagged text, its "Đăng" clicked: the send is held. */
async function postHeld(page: Page): Promise<void> {
  await page.click('#open-composer');
  await page.waitForSelector('#composer');
  await typeFlagged(page, '#composer', REGIONAL);
  await page.click('#post-button');
}

describe('where the dialog goes', () => {
  it('Facebook composer, "Đăng" clicked: the dialog covers neither the text nor the button', async () => {
    const page = await open(browser.context, `${FB}/facebook.html`);
    await postHeld(page);
    await dialog(page).waitFor();
    const d = await rectOf(page, '[data-ungxu="nudge"]');
    expect(overlapArea(d, await rectOf(page, '#post-button'))).toBe(0);
    expect(overlapArea(d, await rectOf(page, '#composer'))).toBe(0);
    await page.close();
  });

  it('Zalo, Enter: the dialog covers neither the message box nor its "Gửi" button', async () => {
    const page = await open(browser.context, `${ZALO}/zalo.html`);
    await typeFlagged(page, '#richInput', REGIONAL);
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    const d = await rectOf(page, '[data-ungxu="nudge"]');
    expect(overlapArea(d, await rectOf(page, '#send'))).toBe(0);
    expect(overlapArea(d, await rectOf(page, '#richInput'))).toBe(0);
    const view = page.viewportSize() ?? { width: 0, height: 0 };
    expect(d.top).toBeGreaterThanOrEqual(0);
    expect(d.top + d.height).toBeLessThanOrEqual(view.height);
    await page.close();
  });
});

describe('what it says', () => {
  it('in a chat it speaks of sending (gửi), and counts as people say them with the table names', async () => {
    const page = await open(browser.context, `${ZALO}/zalo.html`);
    await typeFlagged(page, '#richInput', TWO);
    await page.keyboard.press('Enter');
    const d = page.getByRole('alertdialog', { name: 'Xem lại trước khi gửi?' });
    await d.waitFor();
    expect(await d.locator('[data-action="send"]').textContent()).toBe('Vẫn gửi');
    const regional = categoryInfo('regional').name.vi.toLowerCase();
    const violence = categoryInfo('violence').name.vi.toLowerCase();
    expect(await d.locator('p').first().textContent()).toBe(
      `Ứng Xử thấy 1 chỗ về ${regional} và 2 chỗ về ${violence}.`,
    );
    const items = await d.locator('li').allTextContents();
    expect(items[0]).toBe(`“bắc kỳ” — ${categoryInfo('regional').name.vi} (Điều 4.5)`);
    await page.close();
  });

  it('on a Facebook post it speaks of posting (đăng)', async () => {
    const page = await open(browser.context, `${FB}/facebook.html`);
    await postHeld(page);
    const d = page.getByRole('alertdialog', { name: 'Xem lại trước khi đăng?' });
    await d.waitFor();
    expect(await d.locator('[data-action="send"]').textContent()).toBe('Vẫn đăng');
    await page.close();
  });
});

describe('how it looks', () => {
  it('it is stacked above every mark and badge of every box', async () => {
    const page = await open(browser.context, `${ZALO}/zalo.html`);
    await typeFlagged(page, '#richInput', REGIONAL);
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    const z = await page.evaluate(() => {
      const root = document.querySelector('ungxu-root')?.shadowRoot;
      const zOf = (sel: string) =>
        [...(root?.querySelectorAll(sel) ?? [])].map((e) => Number(getComputedStyle(e).zIndex) || 0);
      return { nudge: zOf('[data-ungxu="nudge"]')[0] ?? 0, below: zOf('.layer, .layer *') };
    });
    expect(z.below.length).toBeGreaterThan(0);
    for (const b of z.below) expect(z.nudge).toBeGreaterThan(b);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme} system: the dialog follows it, every text at 4.5:1 or more`, async () => {
      const page = await open(browser.context, `${ZALO}/zalo.html`);
      await page.emulateMedia({ colorScheme: scheme });
      await typeFlagged(page, '#richInput', REGIONAL);
      await page.keyboard.press('Enter');
      await dialog(page).waitFor();
      const bg = await dialog(page).evaluate((el) => getComputedStyle(el).backgroundColor);
      if (scheme === 'dark') expect(lightness(bg)).toBeLessThan(0.05);
      else expect(lightness(bg)).toBeGreaterThan(0.9);
      const texts = await textColours(page, '[data-ungxu="nudge"]', true);
      expect(texts.length).toBeGreaterThan(4);
      expect(texts.filter((t) => contrast(t.colour, t.background) < 4.5)).toEqual([]);
      await page.close();
    });
  }
});
