// Where a span of the box's text is on screen (viewport coordinates). Rich boxes: Range.getClientRects().
// textarea / input: a hidden mirror with the same box model, because their text has no DOM ranges.
import { isValueBox, rangeOf, type TextModel, type ValueBox } from './text-model';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Styles that decide where a value box's text wraps (padding, borders, fonts, spacing). */
const MIRRORED = [
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textIndent',
  'textTransform',
  'tabSize',
  'direction',
] as const;

/** The part of the box where text shows (its padding box), clipped to the viewport. */
export function visibleArea(el: HTMLElement): Rect {
  const r = el.getBoundingClientRect();
  const left = r.left + el.clientLeft;
  const top = r.top + el.clientTop;
  return { left, top, width: el.clientWidth || r.width, height: el.clientHeight || r.height };
}

function clip(rects: Rect[], area: Rect): Rect[] {
  const out: Rect[] = [];
  for (const r of rects) {
    const left = Math.max(r.left, area.left);
    const top = Math.max(r.top, area.top);
    const right = Math.min(r.left + r.width, area.left + area.width);
    const bottom = Math.min(r.top + r.height, area.top + area.height);
    if (right - left > 0.5 && bottom - top > 0.5)
      out.push({ left, top, width: right - left, height: bottom - top });
  }
  return out;
}

/** Joins the per-node rects Chromium returns for one visual line into one rect per line. */
function perLine(list: DOMRectList | DOMRect[]): Rect[] {
  const out: Rect[] = [];
  for (const r of Array.from(list)) {
    if (r.width < 0.5 || r.height < 0.5) continue;
    const last = out.at(-1);
    if (last && Math.abs(last.top - r.top) < 2 && r.left <= last.left + last.width + 1) {
      const right = Math.max(last.left + last.width, r.right);
      last.width = right - last.left;
      last.height = Math.max(last.height, r.height);
    } else out.push({ left: r.left, top: r.top, width: r.width, height: r.height });
  }
  return out;
}

/** A mirror per value box, kept in our shadow root and reused between checks. */
const mirrors = new WeakMap<ValueBox, HTMLDivElement>();

function mirrorFor(el: ValueBox, host: ShadowRoot): HTMLElement {
  let m = mirrors.get(el);
  if (!m?.isConnected) {
    m = el.ownerDocument.createElement('div');
    m.setAttribute('aria-hidden', 'true');
    host.appendChild(m);
    mirrors.set(el, m);
  }
  const cs = getComputedStyle(el);
  for (const k of MIRRORED) m.style[k] = cs[k];
  const area = el.getBoundingClientRect();
  Object.assign(m.style, {
    position: 'fixed',
    left: `${area.left}px`,
    top: `${area.top}px`,
    visibility: 'hidden',
    overflow: 'hidden',
    borderColor: 'transparent',
    whiteSpace: el.tagName === 'INPUT' ? 'pre' : 'pre-wrap',
    overflowWrap: el.tagName === 'INPUT' ? 'normal' : 'break-word',
    // A textarea with a scrollbar wraps its text narrower: mirror the client width it really has.
    boxSizing: 'border-box',
    width: `${el.clientWidth + parseFloat(cs.borderLeftWidth) + parseFloat(cs.borderRightWidth)}px`,
    height: `${el.clientHeight + parseFloat(cs.borderTopWidth) + parseFloat(cs.borderBottomWidth)}px`,
  });
  return m;
}

type Span = readonly [number, number];

/**
 * Rects of every range of a textarea / input in one layout: the mirror holds the text up to the end
 * of the last range's line, with one span per range (a 1 MB paste is laid out once, not per finding).
 */
function mirrorRectsAll(el: ValueBox, all: readonly Span[], host: ShadowRoot): Rect[][] {
  const text = el.value;
  const shown = roughlyVisible(el, text.length);
  const ranges = all.filter(shown);
  if (ranges.length === 0) return all.map(() => []);
  const m = mirrorFor(el, host);
  const last = ranges.reduce((max, [, end]) => Math.max(max, end), 0);
  const lineEnd = text.indexOf('\n', last);
  const parts: (string | HTMLElement)[] = [];
  const spans: HTMLElement[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(start, at);
    if (from > at) parts.push(text.slice(at, from));
    const span = el.ownerDocument.createElement('span');
    span.textContent = text.slice(from, Math.max(from, end));
    parts.push(span);
    spans.push(span);
    at = Math.max(at, end);
  }
  parts.push(text.slice(at, lineEnd < 0 ? text.length : lineEnd) || '\u200b');
  m.replaceChildren(...parts);
  const dx = -el.scrollLeft;
  const dy = -el.scrollTop;
  const rects = spans.map((s) =>
    perLine(s.getClientRects()).map((r) => ({ ...r, left: r.left + dx, top: r.top + dy })),
  );
  let k = 0;
  return all.map((r) => (shown(r) ? (rects[k++] ?? []) : []));
}

/** Above this length a box is only laid out around what it shows (a 1 MB paste scrolled to its end). */
const LONG_BOX = 50_000;

/**
 * For a very long box, whether a range may be on screen, judged from how far the box is scrolled,
 * with a margin of three screens (at least 4,000 characters): ranges far above or below are not laid
 * out at all; they would be clipped away anyway. Laying out 20,000 characters of a 1 MB paste took
 * 150–260 ms in a fresh browser; three screens take a few. Shorter boxes lay out every range.
 */
function roughlyVisible(el: ValueBox, length: number): (r: Span) => boolean {
  if (length <= LONG_BOX || el.scrollHeight <= 0) return () => true;
  const top = (length * el.scrollTop) / el.scrollHeight;
  const bottom = (length * (el.scrollTop + el.clientHeight)) / el.scrollHeight;
  const margin = Math.max(3 * (bottom - top), 4_000);
  return ([start, end]) => end >= top - margin && start <= bottom + margin;
}

/** Above this many ranges, an editable element's ranges are measured only around what it shows. */
const MANY_RANGES = 200;

/**
 * For an editable element with many ranges (a long post full of hints), the ranges that may be on
 * screen: text order is screen order, so a binary search over the ranges, measuring one at a time,
 * finds the first and last within three screens of the visible area, and only those are measured
 * (drawing 1,764 findings of a long paste took 386 ms).
 */
function nearArea(m: TextModel, ranges: readonly Span[], area: Rect): (i: number) => boolean {
  if (ranges.length <= MANY_RANGES) return () => true;
  const order = ranges.map((_, i) => i).sort((a, b) => (ranges[a] as Span)[0] - (ranges[b] as Span)[0]);
  // What shows is the element's area within the window (a long post is taller than the screen).
  const screen = m.el.ownerDocument.defaultView?.innerHeight ?? area.height;
  const top = Math.max(area.top, 0) - 3 * screen;
  const bottom = Math.min(area.top + area.height, screen) + 3 * screen;
  const rectOf = (k: number) => {
    const [start, end] = ranges[order[k] as number] as Span;
    return rangeOf(m, start, end).getBoundingClientRect();
  };
  const search = (below: (r: DOMRect) => boolean) => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (below(rectOf(mid))) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const first = search((r) => r.bottom >= top);
  const last = search((r) => r.top > bottom);
  const shown = new Set(order.slice(first, last));
  return (i) => shown.has(i);
}

/** Screen rects of each [start, end) in the box, clipped to what the box shows (one layout for all). */
export function rectsOfAll(m: TextModel, ranges: readonly Span[], host: ShadowRoot): Rect[][] {
  const el = m.el;
  const area = visibleArea(el);
  if (isValueBox(el)) return mirrorRectsAll(el, ranges, host).map((rects) => clip(rects, area));
  const near = nearArea(m, ranges, area);
  return ranges.map(([start, end], i) =>
    near(i) ? clip(perLine(rangeOf(m, start, end).getClientRects()), area) : [],
  );
}

/** Screen rects of [start, end) in the box, clipped to what the box shows. */
export function rectsOf(m: TextModel, start: number, end: number, host: ShadowRoot): Rect[] {
  return rectsOfAll(m, [[start, end]], host)[0] ?? [];
}

/** Drops mirrors of boxes that went away. */
export function dropMirror(el: HTMLElement): void {
  if (isValueBox(el)) {
    mirrors.get(el)?.remove();
    mirrors.delete(el);
  }
}
