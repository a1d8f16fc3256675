// The submit-time nudge as a person sees it in Chromium, on the Facebook and Zalo fixtures under their
// real hosts: it covers neither the text it asks about nor the send button it held back, speaks of
// posting on Facebook and of sending in a chat, counts as people say them with the table's names, sits
// above every mark and badge, and follows a dark system with AA contrast.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoryInfo } from '../../rules/categories';
import { FB, open, ZALO } from './editors-helpers';
import { launchOnSites, type SitesBrowser } from './editors-sites';
import {
  type Box,
  contrast,
  lightness,
  overlapArea,
  overlayUnder,
  panelPixelsShownAndHidden,
  setPrefs,
  textColours,
} from './surface-helpers';

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
    // No rule id in what it says: the ids stay in data attributes.
    const text = (await d.textContent()) ?? '';
    for (const rule of await d
      .locator('li[data-rule]')
      .evaluateAll((li) => li.map((x) => x.getAttribute('data-rule')))) {
      expect(text).not.toContain(rule);
    }
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
  it('it is drawn above every mark and badge of every box, older or newer (pixels with them shown and hidden)', async () => {
    const page = await open(browser.context, `${FB}/facebook.html`);
    // A flagged comment below the composer: the dialog, placed under the composer, lies over its marks.
    await typeFlagged(page, '#comment-2', 'Bọn bắc kỳ, đồ ngu như bò');
    await postHeld(page);
    await dialog(page).waitFor();
    // A box the page adds under the open dialog (a thread loading), with flagged text: its layer comes
    // after the dialog in the overlay.
    const d = await rectOf(page, '[data-ungxu="nudge"]');
    await page.evaluate((r) => {
      const late = document.createElement('textarea');
      late.value = 'Bọn bắc kỳ toàn nói dối';
      late.setAttribute(
        'style',
        `position:fixed;left:${r.left + 20}px;top:${r.top + 20}px;width:${r.width - 40}px;height:${r.height - 40}px`,
      );
      document.body.append(late);
    }, d);
    await expect.poll(() => overlayUnder(page, '[data-ungxu="nudge"]')).toContain('badge');
    expect(await overlayUnder(page, '[data-ungxu="nudge"]')).toContain('mark');
    const [shown, hidden] = await panelPixelsShownAndHidden(page, '[data-ungxu="nudge"]');
    expect(shown.equals(hidden)).toBe(true);
    await page.close();
  });

  it('its buttons are 24×24 px or more; a click on its text keeps focus in it, Tab stays between its actions', async () => {
    const page = await open(browser.context, `${ZALO}/zalo.html`);
    await typeFlagged(page, '#richInput', REGIONAL);
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    const sizes = await dialog(page)
      .locator('button')
      .evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
    expect(sizes).toHaveLength(2);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(24);
    const focused = () =>
      page.evaluate(
        () =>
          document.querySelector('ungxu-root')?.shadowRoot?.activeElement?.getAttribute('data-action') ?? '',
      );
    await dialog(page).locator('h2').click();
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('ungxu-root');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('edit');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('send');
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
