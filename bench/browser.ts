// In-browser budgets (issue 7), run by `npm run bench` when Chromium and the built extension exist:
// typing a 5,000-character post into the Lexical composer of the Facebook fixture makes no long task
// over 50 ms (PerformanceObserver 'longtask'), and after typing pauses the underline appears within
// 100 ms of the last keystroke. Skipped with a message otherwise (the budgets then read SKIP).
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { FB, routeSites } from '../tests/e2e/editors-sites';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension, serveFixtures } from '../tests/e2e/harness';
import { stats } from './measure';
import { type Budget, budget } from './report';
import { viText } from './texts';

export const POST_CHARS = 5_000;
const BURST = 50;
/** A typing pause: long enough for the 40 ms debounce to fire, as a person's pause between words does. */
const PAUSE_MS = 60;
const SAMPLES = 7;
/** Its insult "ngu như bò" ends with the text, so its mark is drawn only once the last key is typed. */
const SAMPLE_TEXT = 'hôm nay mày ngu như bò';

export interface BrowserResult {
  typedChars: number;
  longTasks: number;
  worstLongTaskMs: number;
  typingSeconds: number;
  /** Keystroke-to-underline after a pause, ms per sample. */
  underline: { p50: number; max: number; n: number };
}

type W = Window & { __long: number[]; __lastKey: number; __markAt: number };

async function typePost(page: Page): Promise<{ typed: number; seconds: number }> {
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

/** One sample: clear the composer, type a sentence with an insult, time last keydown → its mark drawn. */
async function underlineLatency(page: Page): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { __editors: Record<string, { clear(): void }> }).__editors.composer?.clear();
    (window as unknown as W).__markAt = 0;
  });
  await page.waitForFunction(
    () => !document.querySelector('ungxu-root')?.shadowRoot?.querySelector('[data-rule="insult-stupid"]'),
  );
  await page.focus('#composer');
  await page.keyboard.type(SAMPLE_TEXT, { delay: 20 });
  await page.waitForFunction(() => (window as unknown as W).__markAt > 0, null, { timeout: 5_000 });
  return page.evaluate(() => (window as unknown as W).__markAt - (window as unknown as W).__lastKey);
}

export async function runBrowserBench(): Promise<{
  result: BrowserResult | null;
  budgets: Budget[];
  note: string;
}> {
  const missing = !existsSync(CHROMIUM)
    ? `no Chromium at ${CHROMIUM}`
    : !existsSync(`${EXTENSION_DIR}/manifest.json`)
      ? 'no extension build (run `npx wxt build`)'
      : null;
  const skipped = (why: string) => ({
    result: null,
    note: `in-browser budgets skipped: ${why}`,
    budgets: [
      budget('long tasks while typing 5,000 chars (Lexical)', null, 'max', 0, '', `skipped: ${why}`),
      budget('keystroke-to-underline p50 after a pause', null, 'max', 100, 'ms', `skipped: ${why}`),
    ],
  });
  if (missing) return skipped(missing);

  const fixtures = await serveFixtures();
  const browser = await launchWithExtension();
  try {
    await routeSites(browser.context, fixtures.url);
    const page = await browser.context.newPage();
    await page.goto(`${FB}/facebook.html`);
    await page.waitForFunction(() => (window as { __ready?: boolean }).__ready === true);
    await page.waitForFunction(() => document.querySelector('ungxu-root')?.shadowRoot != null);
    await page.evaluate((end) => {
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
          shadow.querySelector(`[data-ungxu="mark"][data-rule="insult-stupid"][data-end="${end}"]`)
        )
          w.__markAt = performance.now();
      }).observe(shadow, { subtree: true, childList: true });
    }, SAMPLE_TEXT.length);
    // Typing the post: every long task during it counts.
    const typed = await typePost(page);
    const long = await page.evaluate(() => (window as unknown as W).__long.slice());
    // Keystroke-to-underline, after typing pauses.
    const samples: number[] = [];
    for (let i = 0; i < SAMPLES; i++) samples.push(await underlineLatency(page));
    const s = stats(samples);
    const result: BrowserResult = {
      typedChars: typed.typed,
      longTasks: long.length,
      worstLongTaskMs: Math.max(0, ...long),
      typingSeconds: typed.seconds,
      underline: { p50: s.p50, max: Math.max(...samples), n: samples.length },
    };
    return {
      result,
      note: '',
      budgets: [
        budget(
          'long tasks while typing 5,000 chars (Lexical)',
          result.longTasks,
          'max',
          0,
          '',
          `worst ${result.worstLongTaskMs.toFixed(0)} ms; a long task is > 50 ms`,
        ),
        budget(
          'keystroke-to-underline p50 after a pause',
          s.p50,
          'max',
          100,
          'ms',
          `max ${result.underline.max.toFixed(0)} ms over ${s.n} samples (debounce 40 ms)`,
        ),
      ],
    };
  } finally {
    await browser.close();
    await fixtures.close();
  }
}

export const renderBrowser = (r: BrowserResult | null, note: string): string =>
  r === null
    ? `${note}\n`
    : `in Chromium: typed ${r.typedChars} chars into the Lexical composer in ${r.typingSeconds.toFixed(1)} s ` +
      `(bursts of ${BURST}, ${PAUSE_MS} ms pauses): ${r.longTasks} long tasks (worst ${r.worstLongTaskMs.toFixed(0)} ms) · ` +
      `keystroke-to-underline p50 ${r.underline.p50.toFixed(0)} ms, max ${r.underline.max.toFixed(0)} ms (${r.underline.n} samples)\n`;
