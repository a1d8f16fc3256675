// Zero network: a full session with the built extension (typing and pasting text with findings on the
// Facebook and Zalo fixtures, opening a hint card, the popup with its settings, the Code page) makes no
// request that leaves the fixture pages and the extension itself. Every request of every page, frame and
// the service worker is recorded (harness `requests`). A negative control proves the recorder sees a
// request the page makes to another host. Needs a built extension (`npx wxt build`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badges, FB, open, ZALO } from './editors-helpers';
import { launchOnSites, type SitesBrowser } from './editors-sites';

let browser: SitesBrowser;

beforeAll(async () => {
  browser = await launchOnSites();
});
afterAll(async () => {
  await browser?.close();
});

// The test's own negative control: a host that is never routed nor resolvable.
const CONTROL = 'https://ungxu-negative-control.invalid/probe';

/** Requests that are neither the fixture pages (under the site origins), the extension, nor data: URLs. */
function offending(requests: readonly { url: string; frame: string }[]): { url: string; frame: string }[] {
  const allowed = [`${FB}/`, `${ZALO}/`, `chrome-extension://${browser.extensionId}/`, 'data:'];
  return requests.filter((r) => !allowed.some((a) => r.url.startsWith(a)));
}

describe('a full session makes no network request', () => {
  it('the recorder catches a request to another host from a page, the popup and the service worker (negative control)', async () => {
    const page = await open(browser.context, `${FB}/facebook.html`);
    await page.evaluate((url) => fetch(`${url}?from=page`).catch(() => null), CONTROL);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.evaluate((url) => fetch(`${url}?from=popup`).catch(() => null), CONTROL);
    await browser.worker.evaluate((url) => fetch(`${url}?from=worker`).catch(() => null), CONTROL);
    await expect
      .poll(() => offending(browser.requests).map((r) => r.url))
      .toEqual(expect.arrayContaining(['page', 'popup', 'worker'].map((f) => `${CONTROL}?from=${f}`)));
    await page.close();
    await popup.close();
  });

  it('typing, pasting, a hint card, the popup, settings and the Code page stay on the fixture and the extension', async () => {
    // Facebook fixture: type into a comment box, paste into the composer, open the card from the badge.
    const fb = await open(browser.context, `${FB}/facebook.html`);
    await fb.click('#comment-1');
    await fb.keyboard.type('mày ngu như bò', { delay: 5 });
    await expect.poll(async () => (await badges(fb)).length, { timeout: 5000 }).toBe(1);
    await fb.click('#open-composer');
    await fb.waitForSelector('#composer');
    await fb.click('#composer');
    await fb.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Bọn bắc kỳ toàn nói dối. Số của nó là 0912 345 678.');
      document
        .getElementById('composer')
        ?.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
    });
    await expect.poll(() => badges(fb), { timeout: 5000 }).toHaveLength(2);
    await fb.locator('[data-ungxu="badge"]').first().click();
    await expect.poll(() => fb.locator('[data-ungxu="card"]').count()).toBe(1);
    await fb.locator('[data-ungxu="card"] [data-action="ignore-once"]').click();

    // Zalo fixture: type a message with a finding.
    const zalo = await open(browser.context, `${ZALO}/zalo.html`);
    await zalo.click('#richInput');
    await zalo.keyboard.type('Đm, cái ứng dụng này chậm quá', { delay: 5 });
    await expect.poll(async () => (await badges(zalo)).length, { timeout: 5000 }).toBe(1);

    // The popup: switch a category off and on, change the profile; then the Code page.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('#categories summary').click();
    await popup.locator('input[name="cat-vulgar"]').click();
    await expect.poll(() => popup.locator('input[name="cat-vulgar"]').isChecked()).toBe(false);
    await popup.locator('input[name="cat-vulgar"]').click();
    await popup.locator('input[name="profile"][value="civil-servant"]').click();
    await expect
      .poll(() => popup.locator('input[name="profile"][value="civil-servant"]').isChecked())
      .toBe(true);
    const code = await browser.context.newPage();
    await code.goto(`chrome-extension://${browser.extensionId}/code.html#4.5`);
    await code.waitForLoadState('load');

    // The settings reached the open page: the new profile re-checks the box (its badge is still there).
    await expect.poll(async () => (await badges(zalo)).length, { timeout: 5000 }).toBe(1);

    const seen = browser.requests.map((r) => r.url);
    expect(seen.some((u) => u.startsWith(`${FB}/facebook.html`))).toBe(true); // the recorder was on
    // Only the negative controls of the first test leave the allowed origins; they are the test's own.
    expect(offending(browser.requests).filter((r) => !r.url.startsWith(CONTROL))).toEqual([]);
    for (const p of [fb, zalo, popup, code]) await p.close();
  });
});
