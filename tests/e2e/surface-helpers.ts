// Helpers of the surface tests (what a person sees: geometry, computed colours, focus): WCAG contrast of
// computed colours, rectangle overlap, and the panels inside <ungxu-root>'s shadow root.
import type { Page, Worker } from 'playwright-core';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** "rgb(1, 2, 3)" / "rgba(1, 2, 3, 0.5)" → [r, g, b, a]. */
export function parseColour(css: string): [number, number, number, number] {
  const m = /rgba?\(([^)]+)\)/.exec(css);
  if (!m?.[1]) throw new Error(`not an rgb() colour: ${css}`);
  const [r = 0, g = 0, b = 0, a = 1] = m[1]
    .split(/[,\s/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, a];
}

const luminance = ([r, g, b]: readonly number[]) => {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
};

/** WCAG 2 contrast ratio of two computed colours (the background must be opaque). */
export function contrast(fg: string, bg: string): number {
  const [a, b] = [luminance(parseColour(fg)), luminance(parseColour(bg))].sort((x, y) => y - x);
  return ((a ?? 0) + 0.05) / ((b ?? 0) + 0.05);
}

/** Relative luminance of a computed colour: near 0 is dark, near 1 is light. */
export const lightness = (css: string): number => luminance(parseColour(css));

/** Area shared by two rectangles (0 when they do not overlap). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Every text-bearing element inside `rootSelector` (light DOM, or the shadow root of <ungxu-root> when
 * `inShadow`), with its computed colour and the first opaque background behind it.
 */
export function textColours(
  page: Page,
  rootSelector: string,
  inShadow: boolean,
): Promise<{ text: string; colour: string; background: string }[]> {
  return page.evaluate(
    ([sel, shadow]) => {
      const scope = shadow ? document.querySelector('ungxu-root')?.shadowRoot : document;
      const root = scope?.querySelector(sel);
      if (!root) return [];
      const opaque = (el: Element | null): string => {
        for (let e = el; e; e = e.parentElement) {
          const bg = getComputedStyle(e).backgroundColor;
          if (!/rgba\(.*, 0\)$/.test(bg) && bg !== 'transparent') return bg;
        }
        return getComputedStyle(document.documentElement).backgroundColor;
      };
      const out: { text: string; colour: string; background: string }[] = [];
      for (const el of [root, ...root.querySelectorAll('*')]) {
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
        if (!own || el.getClientRects().length === 0) continue;
        out.push({
          text: (el.textContent ?? '').trim().slice(0, 40),
          colour: getComputedStyle(el).color,
          background: opaque(el),
        });
      }
      return out;
    },
    [rootSelector, inShadow] as const,
  );
}

/** The user's preferences, written where the popup writes them (storage.sync "prefs", WXT version 2). */
export function setPrefs(worker: Worker, prefs: object): Promise<void> {
  return worker.evaluate(async (p) => {
    const sync = (
      globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }
    ).chrome.storage.sync;
    await sync.set({ prefs: p, prefs$: { v: 2 } });
  }, prefs);
}

/**
 * A window 400 px wide at 150 % zoom, as Chromium lays it out: 267 × 500 CSS px at 1.5 device pixels
 * per CSS pixel (Playwright sets the size, so its screenshots know it; the DevTools protocol the ratio).
 */
export async function zoom150(page: Page): Promise<void> {
  const size = { width: 267, height: 500 };
  await page.setViewportSize(size);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...size, deviceScaleFactor: 1.5, mobile: false });
  await page.waitForFunction(() => window.devicePixelRatio === 1.5 && window.innerWidth === 267);
}

/** What of the overlay (mark, aim, badge of any box) lies under the element of the shadow root. */
export function overlayUnder(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const root = document.querySelector('ungxu-root')?.shadowRoot;
    const panel = root?.querySelector(sel)?.getBoundingClientRect();
    if (!root || !panel) return [];
    const items = root.querySelectorAll<HTMLElement>(
      '[data-ungxu="mark"], [data-ungxu="aim"], [data-ungxu="badge"]',
    );
    return [...items]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        const w = Math.min(r.right, panel.right) - Math.max(r.left, panel.left);
        const h = Math.min(r.bottom, panel.bottom) - Math.max(r.top, panel.top);
        return w > 0 && h > 0;
      })
      .map((e) => e.dataset.ungxu ?? '');
  }, selector);
}

/** Hides (or shows again) everything of the overlay but the card and the nudge: the boxes' layers. */
const setLayers = (page: Page, hidden: boolean) =>
  page.evaluate((h) => {
    const root = document.querySelector('ungxu-root')?.shadowRoot;
    let style = root?.querySelector<HTMLStyleElement>('style[data-test="hide-layers"]');
    if (!style && root) {
      style = document.createElement('style');
      style.dataset.test = 'hide-layers';
      root.append(style);
    }
    if (style) style.textContent = h ? '.layer { visibility: hidden !important; }' : '';
  }, hidden);

/**
 * Pixels of the panel's region with the boxes' marks and badges shown, then hidden: equal when nothing
 * of them is drawn over the panel. `elementFromPoint` cannot tell, since marks take no pointer events.
 * The region is the panel inside its border less its rounded corners (two bands: the full width less
 * the corner rows, the full height less the corner columns), whose anti-aliased pixels blend with
 * whatever lies outside. The caller checks with overlayUnder that something lies under it.
 */
export async function panelPixelsShownAndHidden(page: Page, selector: string): Promise<[Buffer, Buffer]> {
  const panel = page.locator(`ungxu-root ${selector}`);
  const { r, radius } = await panel.evaluate((el) => ({
    r: el.getBoundingClientRect().toJSON() as Box,
    radius: Number.parseFloat(getComputedStyle(el).borderTopLeftRadius) || 0,
  }));
  const x = Math.ceil(r.left) + 1;
  const y = Math.ceil(r.top) + 1;
  const width = Math.floor(r.width) - 2;
  const height = Math.floor(r.height) - 2;
  const c = Math.ceil(radius);
  const bands = [
    { x, y: y + c, width, height: height - 2 * c },
    { x: x + c, y, width: width - 2 * c, height },
  ];
  const shot = async () => {
    const parts = [];
    for (const clip of bands)
      parts.push(await page.screenshot({ clip, animations: 'disabled', caret: 'hide' }));
    return Buffer.concat(parts);
  };
  const shown = await shot();
  await setLayers(page, true);
  const hidden = await shot();
  await setLayers(page, false);
  return [shown, hidden];
}
