import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Launched, launchWithExtension } from './harness';

let browser: Launched;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

it('loads the extension in Chromium: service worker and popup page come up', async () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect.poll(() => page.locator('h1').textContent()).toContain('Ứng Xử');
});
