// A page's own script shares the DOM with the overlay. It must not be able to drive the hint card
// (forged clicks on the badge, "always ignore", the clause link), hide the overlay with CSS or a
// style change, or remove it for good. Needs a built extension (`npx wxt build`).
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { allowList, clearAllowList, FB, marks, open } from './editors-helpers';
import { launchOnSites, type SitesBrowser } from './editors-sites';

let browser: SitesBrowser;
beforeAll(async () => {
  browser = await launchOnSites();
});
afterAll(async () => {
  await browser?.close();
});
// A forged "always ignore" that got through would hide the next tests' hints.
afterEach(() => clearAllowList(browser.worker));

const INSULT = 'Mày ngu như bò, nói mãi không hiểu.';

async function withHint(): Promise<Page> {
  const page = await open(browser.context, `${FB}/textarea.html`);
  await page.locator('#message').fill(INSULT);
  await expect.poll(() => marks(page).then((m) => m.length), { timeout: 15_000 }).toBeGreaterThan(0);
  return page;
}

/** Runs `selector`'s element.click() from the page's own script, `times` times. */
const forgeClick = (page: Page, selector: string, times = 1) =>
  page.evaluate(
    ([sel, n]) => {
      const el = document.querySelector('ungxu-root')?.shadowRoot?.querySelector<HTMLElement>(sel as string);
      for (let i = 0; i < (n as number); i++) el?.click();
      return el != null;
    },
    [selector, times] as const,
  );
const cardOpen = (page: Page) =>
  page.evaluate(
    () => !!document.querySelector('ungxu-root')?.shadowRoot?.querySelector('[data-ungxu="card"]'),
  );

describe('a page cannot drive the hint card', () => {
  it("a forged click on the badge opens nothing; the user's click does", async () => {
    const page = await withHint();
    expect(await forgeClick(page, '[data-ungxu="badge"]')).toBe(true);
    expect(await cardOpen(page)).toBe(false);
    await page.locator('ungxu-root [data-ungxu="badge"]').click();
    await expect.poll(() => cardOpen(page)).toBe(true);
    await page.close();
  });

  it('a forged "always ignore" changes nothing: the card stays, the allow-list stays empty', async () => {
    const page = await withHint();
    await page.locator('ungxu-root [data-ungxu="badge"]').click();
    await expect.poll(() => cardOpen(page)).toBe(true);
    // The card closes in the same task as a real "always ignore": still open means it was refused.
    expect(await forgeClick(page, '[data-action="ignore-always"]')).toBe(true);
    expect(await cardOpen(page)).toBe(true);
    expect((await allowList(browser.worker)) ?? []).toEqual([]);
    await page.close();
  });

  it('forged clicks on the clause link open no tab; one click of the user opens one', async () => {
    const page = await withHint();
    await page.locator('ungxu-root [data-ungxu="badge"]').click();
    await expect.poll(() => cardOpen(page)).toBe(true);
    const before = browser.context.pages().length;
    expect(await forgeClick(page, '[data-action="open-clause"]', 5)).toBe(true);
    // Messages from one page reach the background in order: the forged ones would open first.
    const opened = browser.context.waitForEvent('page');
    await page.locator('ungxu-root [data-ungxu="card"] [data-action="open-clause"]').click();
    await (await opened).waitForLoadState();
    expect(browser.context.pages().length).toBe(before + 1);
    for (const p of browser.context.pages().slice(before)) await p.close();
    await page.close();
  });
});

describe('a page cannot hide or remove the overlay', () => {
  it('page CSS with !important does not hide it', async () => {
    const page = await withHint();
    const shown = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent =
        'ungxu-root{opacity:0!important;display:none!important;visibility:hidden!important;transform:scale(0)!important}';
      document.head.append(style);
      const cs = getComputedStyle(document.querySelector('ungxu-root') as Element);
      return { opacity: cs.opacity, display: cs.display, visibility: cs.visibility, transform: cs.transform };
    });
    expect(shown).toEqual({ opacity: '1', display: 'block', visibility: 'visible', transform: 'none' });
    await page.close();
  });

  it("a script that rewrites the host's style sees it put back", async () => {
    const page = await withHint();
    await page.evaluate(() => {
      (document.querySelector('ungxu-root') as HTMLElement).style.setProperty('opacity', '0', 'important');
    });
    await expect
      .poll(() =>
        page.evaluate(() => getComputedStyle(document.querySelector('ungxu-root') as Element).opacity),
      )
      .toBe('1');
    await page.close();
  });

  it('a removed overlay comes back with its marks', async () => {
    const page = await withHint();
    await page.evaluate(() => document.querySelector('ungxu-root')?.remove());
    await expect
      .poll(() => page.evaluate(() => document.querySelector('ungxu-root')?.isConnected ?? false))
      .toBe(true);
    expect((await marks(page)).length).toBeGreaterThan(0);
    await page.close();
  });
});
