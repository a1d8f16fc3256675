// The popup in real Chromium: every control reachable and operable by keyboard, labelled, and the
// layout still fits (no sideways scrolling, nothing clipped) at 200% zoom.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Launched, launchWithExtension } from './harness';

let browser: Launched;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

async function openPopup(width: number) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 600 });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.locator('input[name="cat-hate"]').waitFor({ state: 'attached' });
  return page;
}

it('every form control has an accessible name', async () => {
  const page = await openPopup(400);
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('input, select, button')]
      .filter((el) => !(el.getAttribute('type') === 'file'))
      .filter((el) => {
        const labelled = (el as HTMLInputElement).labels?.length || el.getAttribute('aria-label');
        return !labelled && !el.textContent?.trim();
      })
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  expect(unnamed).toEqual([]);
  await page.close();
});

/** Presses Tab until `done` holds for the focused element (at most 40 times). */
async function tabUntil(page: Page, done: (el: Element | null) => boolean): Promise<boolean> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(done, null as never)) return true;
  }
  return false;
}

it('keyboard only: Tab reaches the categories, Enter opens them, Space turns a switch off and it is saved', async () => {
  const page = await openPopup(400);
  // The categories are one section that opens: its heading is the first stop.
  expect(await tabUntil(page, () => document.activeElement?.closest('#categories') != null)).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
  await page.keyboard.press('Enter');
  expect(await page.locator('#categories').getAttribute('open')).not.toBeNull();
  const reached = await tabUntil(page, () => document.activeElement?.getAttribute('name') === 'cat-vulgar');
  expect(reached).toBe(true);
  // Focus is visible: the focused switch draws an outline.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Space');
  await expect.poll(() => page.locator('input[name="cat-vulgar"]').isChecked()).toBe(false);
  // The checkbox flips at once; the background's single writer stores the choice a moment later.
  const stored = async () =>
    (
      (await browser.worker.evaluate("chrome.storage.sync.get('prefs')")) as {
        prefs?: { disabledCategories?: string[] };
      }
    ).prefs?.disabledCategories;
  await expect.poll(stored).toEqual(['vulgar']);
  await page.keyboard.press('Space');
  await expect.poll(() => page.locator('input[name="cat-vulgar"]').isChecked()).toBe(true);
  await page.close();
});

it('at 200% zoom the popup reflows: no horizontal scrolling, headings and labels stay inside', async () => {
  // Chrome caps a popup at 800×600 device pixels; at 200% zoom that leaves 400×300 CSS pixels.
  const page = await openPopup(400);
  await page.setViewportSize({ width: 400, height: 300 });
  const fit = await page.evaluate(() => {
    const doc = document.documentElement;
    const over = [...document.querySelectorAll<HTMLElement>('h1, h2, label, legend, p')].filter(
      (el) => el.getBoundingClientRect().right > window.innerWidth + 1,
    );
    return { scroll: doc.scrollWidth - doc.clientWidth, over: over.map((e) => e.textContent?.slice(0, 40)) };
  });
  expect(fit.over).toEqual([]);
  expect(fit.scroll).toBeLessThanOrEqual(1);
  await page.close();
});
