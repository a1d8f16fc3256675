// Điều 5.3 in real Chromium: a civil-servant policy with AgencyTopics, written as a real policy file
// (private mount namespace, see policy-helpers.ts), makes a composer on facebook.com show the calm
// reporting reminder with the agency's contact; the card's clause link opens the extension's
// "Bộ quy tắc" page at clause 5.3 in a new tab; the popup links to the page and to each clause.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEVERITY_COLOURS } from '../../entrypoints/content/ui/styles';
import { FB, marks, open, routeSites } from './editors-helpers';
import { EXTENSION_DIR, type Launched, launchWithExtension, serveFixtures } from './harness';
import { EXTENSION_ID, managedPolicyDir, namespacesWork, writeManagedFile } from './policy-helpers';

const NS_OK = namespacesWork();
if (!NS_OK)
  console.warn('[agency-topics.test] skipped: no private mount namespace (unshare -m + mount --bind).');

const POLICY = {
  AgencyName: 'Sở Giáo dục và Đào tạo (thử nghiệm)',
  AgencyContact: 'phongtiepdan@sgd-thu.example.gov.vn',
  Profile: 'civil-servant',
  AgencyTopics: ['tuyển sinh', 'học phí'],
};
const TEXT = 'Học phí năm nay tăng à?';

let dir: ReturnType<typeof managedPolicyDir> | undefined;
let browser: Launched | undefined;
let fixtures: Awaited<ReturnType<typeof serveFixtures>> | undefined;
let popup: Page;
let page: Page;
const launched = (): Launched => {
  if (!browser) throw new Error('Chromium did not start');
  return browser;
};

const shadowLocator = (p: Page, sel: string) => p.locator(`ungxu-root ${sel}`);
const topicMarks = async (p: Page) => (await marks(p)).filter((m) => m.category === 'agency-topic');

/** The Code page that a click opened: waits for the new tab and for the page to settle at its target. */
async function codeTabFrom(action: () => Promise<void>): Promise<Page> {
  const opened = launched().context.waitForEvent('page', { timeout: 30_000 });
  await action();
  const tab = await opened;
  await tab.waitForLoadState('domcontentloaded');
  return tab;
}
const focusedId = (p: Page) => p.evaluate(() => document.activeElement?.id ?? '');

describe.skipIf(!NS_OK)('Điều 5.3: agency topics from a real policy file', () => {
  beforeAll(async () => {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
      throw new Error('Run `npx wxt build` before the e2e tests.');
    dir = managedPolicyDir('ungxu-topics-');
    writeManagedFile(dir.file, POLICY);
    fixtures = await serveFixtures();
    browser = await launchWithExtension({ executablePath: dir.wrapper });
    await routeSites(browser.context, fixtures.url);
    popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
    // Policy reaches extensions a few seconds after start; the popup's banner says when.
    await popup
      .locator('[data-testid="agency-banner"]', { hasText: POLICY.AgencyName })
      .waitFor({ timeout: 30_000 });
    // Headless Chromium speaks English; the cards of this test are read in Vietnamese.
    await popup.locator('header select').selectOption('vi');
    await popup.locator('main[lang="vi"]').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    browser = undefined;
    await fixtures?.close();
    if (dir) rmSync(dir.tmp, { recursive: true, force: true });
  });

  it('the extension id is the one the policy file is written for', () => {
    expect(launched().extensionId).toBe(EXTENSION_ID);
  });

  it('typing a question about school fees underlines "Học phí" as an agency topic, in the calm colour', async () => {
    page = await open(launched().context, `${FB}/textarea.html`);
    await page.locator('#message').click();
    await page.keyboard.type(TEXT);
    await expect.poll(() => topicMarks(page), { timeout: 20_000 }).toHaveLength(1);
    const [m] = await topicMarks(page);
    expect(m?.rule).toBe('agency-topic-report');
    expect(m?.severity).toBe('info');
    expect(TEXT.slice(m?.start, m?.end)).toBe('Học phí');
  });

  it('Alt+Shift+U opens a calm card with the contact, no ignore actions, and the clause link "Điều 5.3"', async () => {
    await page.keyboard.press('Home'); // caret on the hint
    await page.keyboard.press('Alt+Shift+U');
    const card = shadowLocator(page, '[data-ungxu="card"]');
    await expect.poll(() => card.getAttribute('data-category'), { timeout: 10_000 }).toBe('agency-topic');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain(POLICY.AgencyContact);
    expect(text).toContain(`Lời nhắc của ${POLICY.AgencyName}`);
    expect(text).not.toContain('không thể bỏ qua');
    const accent = await card.evaluate((el) => getComputedStyle(el).borderTopColor);
    expect(accent).toBe(hexToRgb(SEVERITY_COLOURS.info));
    expect(await card.locator('[data-action^="ignore"]').count()).toBe(0);
    // No action to take: focus is on the card's close button (Esc or Enter closes it).
    expect(
      await page.evaluate(() => document.querySelector('ungxu-root')?.shadowRoot?.activeElement?.className),
    ).toBe('x');
    expect(await card.locator('[data-action="open-clause"]').textContent()).toBe('Điều 5.3');
  });

  it('clicking the clause link opens code.html#clause-5-3 in a new extension tab, focused on the clause', async () => {
    const link = shadowLocator(page, '[data-action="open-clause"]');
    const tab = await codeTabFrom(() => link.click());
    expect(tab.url()).toBe(`chrome-extension://${EXTENSION_ID}/code.html?lang=vi#clause-5-3`);
    await expect.poll(() => focusedId(tab), { timeout: 15_000 }).toBe('clause-5-3');
    await tab.close();
  });

  it('the clause link works from the keyboard (Enter on the focused link)', async () => {
    const card = shadowLocator(page, '[data-ungxu="card"]');
    if ((await card.count()) === 0) {
      await page.locator('#message').click();
      await page.keyboard.press('Home');
      await page.keyboard.press('Alt+Shift+U');
    }
    const link = shadowLocator(page, '[data-action="open-clause"]');
    await link.focus();
    const tab = await codeTabFrom(() => page.keyboard.press('Enter'));
    expect(tab.url()).toBe(`chrome-extension://${EXTENSION_ID}/code.html?lang=vi#clause-5-3`);
    await tab.close();
  });

  it("the popup's category clause links and its Code link open the page", async () => {
    await popup.bringToFront();
    // Both live in sections that open on a click (the popup's first view stays short).
    await popup.locator('#categories summary').click();
    await popup.locator('#privacy summary').click();
    const hate = popup.locator('input[name="cat-hate"]').locator('xpath=..').locator('a').first();
    expect(await hate.textContent()).toContain('Điều 4.5');
    let tab = await codeTabFrom(() => hate.click());
    expect(tab.url()).toBe(`chrome-extension://${EXTENSION_ID}/code.html?lang=vi#clause-4-5`);
    await expect.poll(() => focusedId(tab), { timeout: 15_000 }).toBe('clause-4-5');
    await tab.close();
    tab = await codeTabFrom(() => popup.locator('[data-testid="code-link"] a').click());
    expect(tab.url()).toBe(`chrome-extension://${EXTENSION_ID}/code.html?lang=vi`);
    await tab.close();
  });

  it('nothing left the machine', () => {
    const outside = launched().requests.filter(
      (r) =>
        !/^(chrome-extension:|data:|blob:|http:\/\/127\.0\.0\.1:|https:\/\/www\.facebook\.com\/)/.test(r.url),
    );
    expect(outside).toEqual([]);
  });

  it('a policy without AgencyTopics turns the reminder off while running', async () => {
    const { AgencyTopics: _, ...rest } = POLICY;
    writeManagedFile(dir?.file ?? '', rest);
    await page.bringToFront();
    // Retype on each poll; the insult in the sentence proves the check ran (so 0 is not just "not yet").
    const probe = `${TEXT} Đồ ngu.`;
    await expect
      .poll(
        async () => {
          await page.locator('#message').fill('');
          await page.locator('#message').click();
          await page.keyboard.type(probe);
          await expect
            .poll(async () => (await marks(page)).some((m) => m.category === 'insult'), { timeout: 10_000 })
            .toBe(true);
          return (await topicMarks(page)).length;
        },
        { timeout: 45_000, interval: 1_000 },
      )
      .toBe(0);
  });
});

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
