// The submit-time nudge in real Chromium with the built extension (`npx wxt build` first), on the fixture
// pages served under https://www.facebook.com/ and https://chat.zalo.me/. The pages count their sends in
// window.__sends and record what was sent in window.__sent: that is the ground truth of every scenario.
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FB, focused, lexicalText, open, renderedText, ZALO } from './editors-helpers';
import { launchOnSites, type SitesBrowser } from './editors-sites';

// Sentences written for these tests. The built-in rules flag "bắc kỳ" (regional slur, high, Điều 4.5) and
// "giết mày" (violence threat, high); the fixed wording "người miền Bắc" carries no hint at all.
const REGIONAL = 'Bọn bắc kỳ lại đến rồi';
const FIXED = 'Bọn người miền Bắc lại đến rồi';
const THREAT = 'Tao sẽ giết mày';
const CLEAN = 'Chúc cả nhà cuối tuần vui vẻ';

let browser: SitesBrowser;

beforeAll(async () => {
  browser = await launchOnSites();
  // Headless Chromium speaks English here; the user's choice in the popup ("Tiếng Việt") is this pref.
  await setUiLang('vi');
});
afterAll(async () => {
  await browser?.close();
});

/** The popup's language setting, written where the popup writes it (storage.sync prefs, WXT version 2). */
async function setUiLang(uiLang: 'vi' | 'en') {
  await browser.worker.evaluate(async (lang) => {
    type Sync = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
    const sync = (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome.storage.sync;
    const prefs = ((await sync.get('prefs')).prefs ?? {}) as object;
    await sync.set({ prefs: { ...prefs, uiLang: lang }, prefs$: { v: 2 } });
  }, uiLang);
}

type Sent = { box: string; text: string };
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: Sent[] }).__sent);
const sends = (page: Page) => page.evaluate(() => (window as unknown as { __sends: number }).__sends);
const dialog = (page: Page) => page.locator('[data-ungxu="nudge"]');

/** Today's nudge counts and clean sends, as the extension stored them (counts only). */
function todayStats(worker: Worker): Promise<{ nudges: Record<string, number>; cleanSends: number }> {
  return worker.evaluate(async () => {
    type Day = { nudges?: Record<string, number>; cleanSends?: number };
    const c = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    const stats = ((await c.storage.local.get('stats')).stats ?? {}) as Record<string, Day>;
    const d = new Date();
    const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return { nudges: stats[key]?.nudges ?? {}, cleanSends: stats[key]?.cleanSends ?? 0 };
  });
}

/** Clicks into a box and waits until the content script has attached to it (its layer is drawn). */
async function focusBox(page: Page, selector: string, adapter: 'facebook' | 'zalo') {
  await page.click(selector);
  await page.waitForFunction(
    (a) => document.querySelector('ungxu-root')?.shadowRoot?.querySelector(`.layer[data-box="${a}"]`) != null,
    adapter,
  );
}

/** Types text, then waits for its mark, so the extension has certainly seen it (typed Enter may follow). */
async function typeFlagged(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.waitForFunction(
    () =>
      document
        .querySelector('ungxu-root')
        ?.shadowRoot?.querySelector('[data-ungxu="mark"][data-severity="high"]') != null,
  );
}

describe('Facebook comment box (Lexical): Enter', () => {
  it('clean text sends once, immediately, with no dialog, and counts as a clean send', async () => {
    const before = await todayStats(browser.worker);
    const page = await open(browser.context, `${FB}/facebook.html`);
    await focusBox(page, '#comment-1', 'facebook');
    await page.keyboard.type(CLEAN);
    await page.keyboard.press('Enter');
    // No poll: the page's Enter handler ran within the keystroke.
    expect(await sent(page)).toEqual([{ box: 'comment-1', text: CLEAN }]);
    expect(await dialog(page).count()).toBe(0);
    await expect.poll(async () => (await todayStats(browser.worker)).cleanSends).toBe(before.cleanSends + 1);
    await page.close();
  });

  it('high-severity text opens an announced dialog and sends nothing; the text stays', async () => {
    const page = await open(browser.context, `${FB}/facebook.html`);
    await focusBox(page, '#comment-1', 'facebook');
    await typeFlagged(page, REGIONAL);
    await page.keyboard.press('Enter');
    const d = page.getByRole('alertdialog', { name: 'Xem lại trước khi đăng?' });
    await expect.poll(() => d.count()).toBe(1);
    expect(await d.getAttribute('aria-modal')).toBe('true');
    const text = (await d.textContent()) ?? '';
    expect(text).toContain('“bắc kỳ”');
    expect(text).toContain('Điều 4.5');
    expect(await focused(page)).toBe('button[edit]');
    expect(await sends(page)).toBe(0);
    expect(await lexicalText(page, 'comment-1')).toBe(REGIONAL);
    await page.close();
  });

  it('"Vẫn đăng" (keyboard: Tab, Enter) sends exactly once, the original text', async () => {
    const before = await todayStats(browser.worker);
    const page = await open(browser.context, `${FB}/facebook.html`);
    await focusBox(page, '#comment-1', 'facebook');
    await typeFlagged(page, REGIONAL);
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button[send]');
    await page.keyboard.press('Enter');
    await expect.poll(() => sends(page)).toBe(1);
    expect(await sent(page)).toEqual([{ box: 'comment-1', text: REGIONAL }]);
    expect(await dialog(page).count()).toBe(0);
    // The site cleared its box after sending; one more round trip through the page changes nothing.
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await sends(page)).toBe(1);
    await expect
      .poll(async () => (await todayStats(browser.worker)).nudges)
      .toMatchObject({ shown: (before.nudges.shown ?? 0) + 1, sent: (before.nudges.sent ?? 0) + 1 });
    await page.close();
  });

  it('"Sửa lại" sends nothing, selects the finding in the editor; fixed text then sends without a dialog', async () => {
    const page = await open(browser.context, `${FB}/facebook.html`);
    await focusBox(page, '#comment-1', 'facebook');
    await typeFlagged(page, REGIONAL);
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    await page.keyboard.press('Enter'); // "Sửa lại" has focus
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(await sends(page)).toBe(0);
    expect(await focused(page)).toBe('div#comment-1');
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('bắc kỳ');
    // The selection is the finding: typing replaces it, and Enter right away sends the fixed text.
    await page.keyboard.type('người miền Bắc');
    await page.keyboard.press('Enter');
    expect(await sent(page)).toEqual([{ box: 'comment-1', text: FIXED }]);
    expect(await dialog(page).count()).toBe(0);
    await page.close();
  });

  it('Esc dismisses: nothing sent, the caret back in the editor, typing continues there', async () => {
    const page = await open(browser.context, `${FB}/facebook.html`);
    await focusBox(page, '#comment-1', 'facebook');
    await typeFlagged(page, THREAT);
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(await sends(page)).toBe(0);
    await page.keyboard.type('!');
    expect(await lexicalText(page, 'comment-1')).toBe(`${THREAT}!`);
    await page.close();
  });

  it('the dialog speaks the UI language chosen in the popup (English)', async () => {
    await setUiLang('en');
    try {
      const page = await open(browser.context, `${FB}/facebook.html`);
      await focusBox(page, '#comment-1', 'facebook');
      await typeFlagged(page, REGIONAL);
      await page.keyboard.press('Enter');
      const d = page.getByRole('alertdialog', { name: 'Take another look before posting?' });
      await expect.poll(() => d.count()).toBe(1);
      expect(await d.textContent()).toContain('Article 4.5');
      expect(await page.getByRole('button', { name: 'Post anyway' }).count()).toBe(1);
      await page.close();
    } finally {
      await setUiLang('vi');
    }
  });

  it('Shift+Enter inserts a line break, even in flagged text, and is never held', async () => {
    const page = await open(browser.context, `${FB}/facebook.html`);
    await focusBox(page, '#comment-1', 'facebook');
    await typeFlagged(page, THREAT);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('đùa thôi');
    expect(await lexicalText(page, 'comment-1')).toBe(`${THREAT}\nđùa thôi`);
    expect(await dialog(page).count()).toBe(0);
    expect(await sends(page)).toBe(0);
    await page.close();
  });
});

describe('Facebook post composer: the "Đăng" button', () => {
  it('Enter is a new paragraph there; a click on "Đăng" is held, and "Vẫn đăng" posts once', async () => {
    const page = await open(browser.context, `${FB}/facebook.html`);
    await page.click('#open-composer');
    await page.waitForSelector('#composer');
    await focusBox(page, '#composer', 'facebook');
    await typeFlagged(page, REGIONAL);
    await page.keyboard.press('Enter');
    expect(await dialog(page).count()).toBe(0);
    await page.keyboard.type('Hết.');
    await page.click('#post-button');
    await dialog(page).waitFor();
    expect(await sends(page)).toBe(0);
    await page.locator('[data-ungxu="nudge"] [data-action="send"]').click();
    await expect.poll(() => sends(page)).toBe(1);
    expect(await sent(page)).toEqual([{ box: 'composer', text: `${REGIONAL}\n\nHết.` }]);
    await page.close();
  });
});

describe('Zalo message box', () => {
  it('clean text: Enter sends once at once', async () => {
    const page = await open(browser.context, `${ZALO}/zalo.html`);
    await focusBox(page, '#richInput', 'zalo');
    await page.keyboard.type(CLEAN);
    await page.keyboard.press('Enter');
    expect(await sent(page)).toEqual([{ box: 'conversation-1', text: CLEAN }]);
    await page.close();
  });

  it('Enter with a threat is held; "Vẫn đăng" sends once exactly what the site would have sent', async () => {
    const page = await open(browser.context, `${ZALO}/zalo.html`);
    await focusBox(page, '#richInput', 'zalo');
    await page.keyboard.type('Nói cho mà biết');
    await page.keyboard.press('Shift+Enter');
    await typeFlagged(page, THREAT);
    expect(await renderedText(page, '#richInput')).toBe(`Nói cho mà biết\n${THREAT}`);
    // What this page would send right now, read its own way (line divs; a Shift+Enter <br> joins them).
    const asTheSiteReadsIt = await page.evaluate(() =>
      [...(document.getElementById('richInput')?.children ?? [])].map((d) => d.textContent).join('\n'),
    );
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    expect(await sends(page)).toBe(0);
    await page.locator('[data-ungxu="nudge"] [data-action="send"]').click();
    await expect.poll(() => sends(page)).toBe(1);
    expect(await sent(page)).toEqual([{ box: 'conversation-1', text: asTheSiteReadsIt }]);
    await page.close();
  });

  it('the "Gửi" button is held the same way; "Sửa lại" keeps the text and sends nothing', async () => {
    const page = await open(browser.context, `${ZALO}/zalo.html`);
    await focusBox(page, '#richInput', 'zalo');
    await typeFlagged(page, REGIONAL);
    await page.click('#send');
    await dialog(page).waitFor();
    await page.locator('[data-ungxu="nudge"] [data-action="edit"]').click();
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(await sends(page)).toBe(0);
    expect(await renderedText(page, '#richInput')).toBe(REGIONAL);
    expect(await focused(page)).toBe('div#richInput');
    await page.close();
  });
});
