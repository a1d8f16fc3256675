// The in-page side of the browser bench (browser.ts): each function drives a page of the Facebook or
// textarea fixture (or a blank page) and returns what it measured there.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, type Launched } from '../tests/e2e/harness';
import { longTasksAfter, megabyte, paste, twoFrames, watchLongTasks } from '../tests/e2e/paste-helpers';
import { stats } from './measure';
import { viText } from './texts';

export const POST_CHARS = 5_000;
export const BURST = 50;
/** A typing pause: long enough for the 40 ms debounce to fire, as a person's pause between words does. */
export const PAUSE_MS = 60;
/** Its insult "ngu như bò" ends with the text, so its mark is drawn only once the last key is typed. */
const SAMPLE_TEXT = 'hôm nay mày ngu như bò';

/** The longest task after pasting 1 MB into the textarea fixture at `url` (0 when none is long). */
export async function pasteBlock(browser: Launched, url: string, extension: boolean): Promise<number> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => (window as { __ready?: boolean }).__ready === true);
    await watchLongTasks(page);
    const t = await paste(page, '#message', megabyte());
    // The extension's check has run once its notice is drawn; then whatever it left to do.
    if (extension)
      await page.waitForFunction(
        () => document.querySelector('ungxu-root')?.shadowRoot?.querySelector('[data-ungxu="limit-notice"]'),
        null,
        { timeout: 15_000 },
      );
    await twoFrames(page, 500);
    return Math.max(0, ...(await longTasksAfter(page, t)).map((x) => x.duration));
  } finally {
    await page.close();
  }
}

type W = Window & { __long: number[]; __lastKey: number; __markAt: number; __end: number };

/**
 * Instruments the composer page: records long tasks, the time of the last keydown, and the moment the
 * mark of the sample insult ending at `__end` is drawn in the overlay.
 */
export const watchTyping = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as W;
    w.__long = [];
    w.__lastKey = 0;
    w.__markAt = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask' });
    document.addEventListener('keydown', () => (w.__lastKey = performance.now()), true);
    const shadow = document.querySelector('ungxu-root')?.shadowRoot as ShadowRoot;
    new MutationObserver(() => {
      if (
        !w.__markAt &&
        shadow.querySelector(`[data-ungxu="mark"][data-category="insult"][data-end="${w.__end}"]`)
      )
        w.__markAt = performance.now();
    }).observe(shadow, { subtree: true, childList: true });
  });

/** The durations of the long tasks recorded since watchTyping, ms. */
export const longTasksWhileTyping = (page: Page): Promise<number[]> =>
  page.evaluate(() => (window as unknown as W).__long.slice());

/** Types the long post into the composer in bursts with pauses; returns the characters typed and the seconds. */
export async function typePost(page: Page): Promise<{ typed: number; seconds: number }> {
  await page.click('#open-composer');
  await page.waitForSelector('#composer');
  await page.click('#composer');
  const text = viText(POST_CHARS);
  const t0 = Date.now();
  for (let i = 0; i < text.length; i += BURST) {
    await page.keyboard.type(text.slice(i, i + BURST));
    await page.waitForTimeout(PAUSE_MS);
  }
  return { typed: text.length, seconds: (Date.now() - t0) / 1000 };
}

/** One sample: clear the composer, paste clean `prefix`, type an insult after it; last keydown → mark. */
export async function underlineLatency(page: Page, prefix = ''): Promise<number> {
  await page.evaluate((end) => {
    (window as unknown as { __editors: Record<string, { clear(): void }> }).__editors.composer?.clear();
    (window as unknown as W).__markAt = 0;
    (window as unknown as W).__end = end;
  }, prefix.length + SAMPLE_TEXT.length);
  await page.waitForFunction(
    () => !document.querySelector('ungxu-root')?.shadowRoot?.querySelector('[data-category="insult"]'),
  );
  await page.focus('#composer');
  if (prefix) await paste(page, '#composer', prefix);
  await page.keyboard.type(SAMPLE_TEXT, { delay: 20 });
  await page.waitForFunction(() => (window as unknown as W).__markAt > 0, null, { timeout: 5_000 });
  return page.evaluate(() => (window as unknown as W).__markAt - (window as unknown as W).__lastKey);
}

/** Parse and compile content.js in a page of its own (new Function: nothing runs), p50 of 5. */
export async function parseContentScript(page: Page): Promise<number> {
  const src = readFileSync(`${EXTENSION_DIR}/content-scripts/content.js`, 'utf8');
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(`about:blank#${i}`);
    times.push(
      await page.evaluate((code) => {
        const t0 = performance.now();
        new Function(code);
        return performance.now() - t0;
      }, src),
    );
  }
  await page.close();
  return stats(times).p50;
}
