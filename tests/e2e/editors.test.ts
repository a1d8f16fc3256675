// The content script on real editors in real Chromium: Lexical (Facebook fixture), Zalo's #richInput,
// a textarea and plain / shadow / iframe contenteditables. Needs a built extension (`npx wxt build`).
// After every scenario the editor holds exactly what was typed (or the applied wording), and typing one
// more character lands where the user left the caret.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allowList,
  badges,
  clearAllowList,
  expectOver,
  FB,
  focused,
  lexicalText,
  marks,
  open,
  routeSites,
  textRect,
  ZALO,
} from './editors-helpers';
import { type Launched, launchWithExtension, serveFixtures } from './harness';

// Sentences written for these tests. The built-in rules flag: "bắc kỳ" (regional, high, with the
// replacement "người miền Bắc"), "ngu như bò" / "ngu" (insult, medium, advice only).
const REGIONAL = 'Bọn bắc kỳ toàn nói dối';
const INSULT = 'mày ngu như bò';

let browser: Launched;
let fixtures: Awaited<ReturnType<typeof serveFixtures>>;

beforeAll(async () => {
  fixtures = await serveFixtures();
  browser = await launchWithExtension();
  await routeSites(browser.context, fixtures.url);
});
afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
});

const pollMarks = (page: Page) => expect.poll(() => marks(page), { timeout: 5000 });

async function comment(page: Page, id: string, text: string) {
  await page.click(`#${id}`);
  await page.keyboard.type(text);
}

describe('Facebook fixture (Lexical)', () => {
  it('typing with diacritics underlines the insult over its text, badge counts it, text untouched', async () => {
    const page = await open(browser.context, `${FB}/facebook.html`);
    await comment(page, 'comment-1', INSULT);
    await pollMarks(page).toHaveLength(1);
    const [m] = await marks(page);
    expect(m).toMatchObject({
      rule: 'insult-stupid',
      category: 'insult',
      severity: 'medium',
      start: 4,
      end: 14,
    });
    expectOver((m as NonNullable<typeof m>).rect, await textRect(page, '#comment-1', 'ngu như bò'));
    expect(await badges(page)).toEqual([1]);
    expect(await lexicalText(page, 'comment-1')).toBe(INSULT);
    await page.keyboard.type('!');
    expect(await lexicalText(page, 'comment-1')).toBe(`${INSULT}!`);
    await page.close();
  });

  it('pasting (Lexical fires no input event) is checked too', async () => {
    const page = await open(browser.context, `${FB}/facebook.html`);
    await page.click('#open-composer');
    await page.waitForSelector('#composer');
    await page.click('#composer');
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document
        .getElementById('composer')
        ?.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
    }, REGIONAL);
    await pollMarks(page).toEqual([
      expect.objectContaining({ rule: 'regional-slur-bac-ky', start: 4, end: 10 }),
    ]);
    expect(await lexicalText(page, 'composer')).toBe(REGIONAL);
    await page.close();
  });

  it('multi-line posts: offsets count one newline per paragraph and the mark sits on the second line', async () => {
    const page = await open(browser.context, `${FB}/facebook.html`);
    await page.click('#open-composer');
    await page.waitForSelector('#composer');
    await page.click('#composer');
    await page.keyboard.type('Chào cả nhà');
    await page.keyboard.press('Enter');
    await page.keyboard.type(REGIONAL);
    const start = 'Chào cả nhà\n'.length + 4;
    await pollMarks(page).toEqual([expect.objectContaining({ start, end: start + 6 })]);
    const [m] = await marks(page);
    expectOver((m as NonNullable<typeof m>).rect, await textRect(page, '#composer', 'bắc kỳ'));
    expect(await lexicalText(page, 'composer')).toBe(`Chào cả nhà\n\n${REGIONAL}`); // Lexical joins paragraphs with \n\n
    await page.close();
  });

  it('apply suggestion goes through Lexical: text and state change, Ctrl+Z restores the original', async () => {
    const page = await open(browser.context, `${FB}/facebook.html`);
    await comment(page, 'comment-1', REGIONAL);
    await pollMarks(page).toHaveLength(1);
    await page.locator('[data-ungxu="badge"]').click();
    await page.locator('[data-ungxu="card"] [data-action="apply"]').click();
    const fixed = 'Bọn người miền Bắc toàn nói dối';
    await expect.poll(() => lexicalText(page, 'comment-1')).toBe(fixed);
    expect(await page.locator('#comment-1').innerText()).toBe(fixed);
    await pollMarks(page).toHaveLength(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => lexicalText(page, 'comment-1')).toBe(REGIONAL);
    await pollMarks(page).toHaveLength(1);
    await page.close();
  });

  it('keyboard: Alt+Shift+U opens the card with focus, Esc closes it and the caret is back where it was', async () => {
    const page = await open(browser.context, `${FB}/facebook.html`);
    await comment(page, 'comment-1', 'Hôm nay thằng này ngu thật');
    await pollMarks(page).toHaveLength(1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft'); // caret before "ật"
    await page.keyboard.press('Alt+Shift+U');
    await expect.poll(() => page.locator('[data-ungxu="card"]').count()).toBe(1);
    expect(await focused(page)).toMatch(/^button/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-ungxu="card"]').count()).toBe(0);
    expect(await focused(page)).toBe('div#comment-1');
    await page.keyboard.type('X');
    expect(await lexicalText(page, 'comment-1')).toBe('Hôm nay thằng này ngu thXật');
    await page.close();
  });

  it('ignore once hides that hint only; the text and caret stay as they were', async () => {
    const page = await open(browser.context, `${FB}/facebook.html`);
    const text = `${INSULT}, ${REGIONAL}`;
    await comment(page, 'comment-1', text);
    await pollMarks(page).toHaveLength(2);
    await page.keyboard.press('Alt+Shift+U'); // caret at the end: opens the last hint
    await page.locator('[data-ungxu="card"] [data-action="ignore-once"]').click();
    await pollMarks(page).toEqual([expect.objectContaining({ rule: 'insult-stupid' })]);
    expect(await badges(page)).toEqual([1]);
    await page.keyboard.type('.');
    expect(await lexicalText(page, 'comment-1')).toBe(`${text}.`);
    await page.close();
  });

  it('always ignore: the word is no longer flagged in any box of the page', async () => {
    const page = await open(browser.context, `${FB}/facebook.html`);
    await comment(page, 'comment-1', REGIONAL);
    await pollMarks(page).toHaveLength(1);
    await page.keyboard.press('Alt+Shift+U');
    await page.locator('[data-ungxu="card"] [data-action="ignore-always"]').click();
    await pollMarks(page).toHaveLength(0);
    // The other box is still checked (the insult), while the ignored word stays quiet there too.
    await comment(page, 'comment-2', `${REGIONAL}, ${INSULT}`);
    await pollMarks(page).toEqual([expect.objectContaining({ rule: 'insult-stupid' })]);
    expect(await lexicalText(page, 'comment-1')).toBe(REGIONAL);
    expect(await lexicalText(page, 'comment-2')).toBe(`${REGIONAL}, ${INSULT}`);
    // Persisted in the personal allow-list shared with the popup; removed again for the next tests.
    await expect.poll(() => allowList(browser.worker)).toEqual(['bắc kỳ']);
    await clearAllowList(browser.worker);
    await page.close();
  });

  it('two boxes at once: one badge each with its own count, marks inside their own box', async () => {
    const page = await open(browser.context, `${FB}/facebook.html`);
    await comment(page, 'comment-1', INSULT);
    await comment(page, 'comment-2', `${REGIONAL}, ${INSULT}`);
    await pollMarks(page).toHaveLength(3);
    expect((await badges(page)).sort()).toEqual([1, 2]);
    const box2 = (await page.locator('#comment-2').boundingBox()) as { y: number; height: number };
    const inBox2 = (await marks(page)).filter(
      (m) => m.rect.top >= box2.y && m.rect.top < box2.y + box2.height,
    );
    expect(inBox2.map((m) => m.rule).sort()).toEqual(['insult-stupid', 'regional-slur-bac-ky']);
    expect(await lexicalText(page, 'comment-1')).toBe(INSULT);
    expect(await lexicalText(page, 'comment-2')).toBe(`${REGIONAL}, ${INSULT}`);
    await page.close();
  });

  it('a box removed and re-added: its marks and badge go with it, the new box is checked', async () => {
    const page = await open(browser.context, `${FB}/facebook.html`);
    await comment(page, 'comment-2', INSULT);
    await expect.poll(() => badges(page)).toEqual([1]);
    await page.click('#remove-comment-2');
    await expect.poll(() => badges(page)).toEqual([]);
    await pollMarks(page).toHaveLength(0);
    await page.click('#add-comment-2');
    await comment(page, 'comment-2', REGIONAL);
    await expect.poll(() => badges(page)).toEqual([1]);
    expect(await lexicalText(page, 'comment-2')).toBe(REGIONAL);
    await page.close();
  });
});
