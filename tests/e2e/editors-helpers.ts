// Helpers of tests/e2e/editors.test.ts: fixture pages served under the real sites' origins, and readers of
// the testing contract inside <ungxu-root>'s shadow root.
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';

export { FB, routeSites, ZALO } from './editors-sites';

export async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  await page.goto(url);
  await page.waitForFunction(() => (window as { __ready?: boolean }).__ready === true);
  // The content script creates <ungxu-root> once it has its settings.
  await page.waitForFunction(() => document.querySelector('ungxu-root')?.shadowRoot != null);
  return page;
}

export interface MarkInfo {
  rule: string;
  category: string;
  severity: string;
  start: number;
  end: number;
  rect: { left: number; top: number; width: number; height: number };
}

/**
 * Every [data-ungxu="mark"] (a hint's own words) in the shadow root, with its geometry; with
 * kind 'aim', the lighter underlines of the words a hint is aimed at.
 */
export function marks(page: Page, kind: 'mark' | 'aim' = 'mark'): Promise<MarkInfo[]> {
  return page.evaluate((k) => {
    const root = document.querySelector('ungxu-root')?.shadowRoot;
    return [...(root?.querySelectorAll<HTMLElement>(`[data-ungxu="${k}"]`) ?? [])].map((m) => {
      const r = m.getBoundingClientRect();
      return {
        rule: m.dataset.rule ?? '',
        category: m.dataset.category ?? '',
        severity: m.dataset.severity ?? '',
        start: Number(m.dataset.start),
        end: Number(m.dataset.end),
        rect: { left: r.left, top: r.top, width: r.width, height: r.height },
      };
    });
  }, kind);
}

/** data-count of every badge, in DOM order. */
export function badges(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const root = document.querySelector('ungxu-root')?.shadowRoot;
    return [...(root?.querySelectorAll<HTMLElement>('[data-ungxu="badge"]') ?? [])].map((b) =>
      Number(b.dataset.count),
    );
  });
}

/** Screen rect of text.slice(start, end) inside the element, measured by the page itself. */
export function textRect(page: Page, selector: string, needle: string) {
  return page.evaluate(
    ([sel, word]) => {
      const el = document.querySelector(sel) as HTMLElement;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(word);
        if (i >= 0) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + word.length);
          const b = r.getBoundingClientRect();
          return { left: b.left, top: b.top, width: b.width, height: b.height };
        }
      }
      return null;
    },
    [selector, needle] as const,
  );
}

/** The mark lies over the text: same line, and horizontally within a pixel or two of it. */
export function expectOver(mark: MarkInfo['rect'], text: MarkInfo['rect'] | null): void {
  expect(text).not.toBeNull();
  const t = text as MarkInfo['rect'];
  expect(Math.abs(mark.left - t.left)).toBeLessThan(2);
  expect(Math.abs(mark.left + mark.width - (t.left + t.width))).toBeLessThan(2);
  expect(mark.top).toBeLessThan(t.top + t.height);
  expect(mark.top + mark.height).toBeGreaterThan(t.top);
}

/** Text of a Lexical editor of the Facebook fixture, from Lexical's own state (not the DOM). */
export function lexicalText(page: Page, name: string): Promise<string> {
  return page.evaluate(
    (n) =>
      (window as unknown as { __editors: Record<string, { text(): string }> }).__editors[n]?.text() ?? '',
    name,
  );
}

/** Which element has focus, looking through shadow roots (our card lives in one). */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a
      ? `${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ''}${(a as HTMLElement).dataset?.action ? `[${(a as HTMLElement).dataset.action}]` : ''}`
      : '';
  });
}

type Sync = { get(k: string): Promise<Record<string, unknown>>; remove(k: string): Promise<void> };

/** The personal allow-list as stored by the settings module (storage.sync "allowList"). */
export function allowList(worker: Worker): Promise<unknown> {
  return worker.evaluate(async () => {
    const sync = (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome.storage.sync;
    return (await sync.get('allowList')).allowList;
  });
}

export function clearAllowList(worker: Worker): Promise<void> {
  return worker.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome.storage.sync.remove(
      'allowList',
    ),
  );
}

/** The box's text as rendered, lines included (what the user sees; Zalo sends it line by line). */
export function renderedText(page: Page, selector: string): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: line breaks (<br>, line divs) matter here
  return page.locator(selector).innerText();
}
