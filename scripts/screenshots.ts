// `npm run screenshots` (after `npm run build:ext`): the README's pictures, taken from the built extension
// in headless Chromium on the fixture pages (served under the real hosts, answered locally):
// docs/images/card.png — a hint card over the Facebook fixture's comment box (hover on the underline);
// docs/images/popup.png — the popup's first view at its real width (352 px), as on facebook.com.
// Vietnamese UI. Nothing is sent anywhere; today's count in the popup is the card's own hint.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FB, marks, open } from '../tests/e2e/editors-helpers';
import { launchOnSites } from '../tests/e2e/editors-sites';
import { ROOT } from '../tests/e2e/harness';

const OUT = join(ROOT, 'docs/images');
/** A sentence written for the picture: a regional slur with its neutral wording. */
const TEXT = 'Bọn bắc kỳ toàn nói dối';

type Chrome = { chrome: { storage: { sync: { set(v: object): Promise<void> } } } };

const browser = await launchOnSites();
try {
  mkdirSync(OUT, { recursive: true });
  // Functions handed to the browser hold no named inner functions: tsx would wrap them in a helper
  // that exists only in Node.
  await browser.worker.evaluate(async () => {
    const sync = (globalThis as unknown as Chrome).chrome.storage.sync;
    await sync.set({ prefs: { uiLang: 'vi' }, prefs$: { v: 2 } });
  });

  // The card: hover the underline in a comment box, frame the box and the card together.
  const page = await open(browser.context, `${FB}/facebook.html`);
  await page.setViewportSize({ width: 760, height: 520 });
  await page.click('#comment-1');
  await page.keyboard.type(TEXT);
  await page.locator('[data-ungxu="mark"]').first().waitFor();
  const [m] = await marks(page);
  if (!m) throw new Error('no underline drawn');
  await page.mouse.move(m.rect.left + m.rect.width / 2, m.rect.top + m.rect.height / 2);
  const card = page.locator('[data-ungxu="card"]');
  await card.waitFor();
  await page.screenshot({
    path: join(OUT, 'card.png'),
    clip: await frame(page, ['#comment-1', '[data-ungxu="card"]']),
  });
  await page.close();

  // The popup's first view, on facebook.com: the page is told that the active tab is www.facebook.com
  // (the popup reads it with tabs.query, which a page opened by the script cannot answer as the toolbar would).
  const popup = await browser.context.newPage();
  await popup.addInitScript(() => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query: unknown } } }).chrome.tabs;
    tabs.query = async () => [{ url: 'https://www.facebook.com/' }];
  });
  await popup.setViewportSize({ width: 352, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.locator('input[name="site"]').waitFor();
  const main = await popup.locator('main').evaluate((el) => el.getBoundingClientRect().toJSON());
  await popup.screenshot({
    path: join(OUT, 'popup.png'),
    clip: { x: 0, y: 0, width: 352, height: Math.ceil(main.bottom) },
  });
  console.log(`wrote ${join(OUT, 'card.png')} and ${join(OUT, 'popup.png')}`);
} finally {
  await browser.close();
}

/** The smallest rectangle around the given elements, 16 px of page around it, inside the window. */
async function frame(page: Page, selectors: string[]) {
  const rects = await Promise.all(
    selectors.map((s) =>
      page
        .locator(s)
        .first()
        .evaluate((el) => el.getBoundingClientRect().toJSON()),
    ),
  );
  const view = page.viewportSize() ?? { width: 0, height: 0 };
  const x = Math.max(0, Math.min(...rects.map((r) => r.left)) - 16);
  const y = Math.max(0, Math.min(...rects.map((r) => r.top)) - 16);
  const right = Math.min(view.width, Math.max(...rects.map((r) => r.right)) + 16);
  const bottom = Math.min(view.height, Math.max(...rects.map((r) => r.bottom)) + 16);
  return { x, y, width: right - x, height: bottom - y };
}
