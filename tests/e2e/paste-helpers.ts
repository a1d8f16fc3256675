// A 1 MB paste into a fixture page, shared by the huge-paste test (behaviour) and `npm run bench`
// (how long the page is blocked after it, with its spread).
import type { Page } from 'playwright-core';

// Sentences written for these checks; some carry findings ("ngu như bò", "bắc kỳ") so the check does work.
const SENTENCES = [
  'Hôm nay trời đẹp, cả nhà mình đi dạo quanh hồ và ăn kem.',
  'Mày ngu như bò, nói mãi không hiểu.',
  'Bọn bắc kỳ toàn nói dối.',
  'Chiều nay thư viện phường mở cửa muộn hơn mọi ngày.',
];

/** 1,000,000 characters of those sentences, a line break after every seventh. */
export function megabyte(): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < 1_000_000; i++) {
    const s = SENTENCES[i % SENTENCES.length] as string;
    parts.push(s, i % 7 === 6 ? '\n' : ' ');
    n += s.length + 1;
  }
  return parts.join('').slice(0, 1_000_000);
}

type LongTasks = { __long: { start: number; duration: number }[] };

/** Starts recording long tasks in the page (buffered from now on). */
export const watchLongTasks = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as LongTasks;
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  });

/** Long tasks that started after page time `t`. */
export const longTasksAfter = (page: Page, t: number) =>
  page.evaluate((after) => (window as unknown as LongTasks).__long.filter((e) => e.start > after), t);

/** Pastes `text` into `selector` the way a browser does (a paste event with clipboard data); returns when it began. */
export const paste = (page: Page, selector: string, text: string) =>
  page.evaluate(
    async ([sel, t]) => {
      const el = document.querySelector(sel) as HTMLElement;
      el.focus();
      // Long tasks that start after this instant are not the paste task itself (whose start is earlier).
      const before = performance.now();
      if (el instanceof HTMLTextAreaElement) {
        // A textarea has no default paste action for synthetic events: do what the browser does,
        // including laying the pasted text out, as a visible tab does in the paste's own frame
        // (1 MB takes the browser alone 240–350 ms). Headless Chromium would otherwise leave that
        // layout to whoever first asks for geometry, and charge the browser's work to that task.
        el.value = t;
        void el.scrollHeight;
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      } else {
        const data = new DataTransfer();
        data.setData('text/plain', t);
        el.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      }
      return before;
    },
    [selector, text] as const,
  );

/** Resolves after two frames have painted and the task queue has run once more. */
export const twoFrames = (page: Page, thenMs = 0) =>
  page.evaluate(
    (ms) => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, ms)))),
    thenMs,
  );
