// All in-page UI lives in one <ungxu-root> host with a shadow root (closed in store builds): page
// styles cannot reach in, page scripts cannot drive it (ui/guard.ts), and the editor's DOM is never
// touched. Marks are fixed-position boxes from Range.getClientRects()
// (pointer-events: none, so clicks still reach the editor), recomputed on scroll, resize, zoom and wrap.
import { type Finding, type Lang, severityRank } from '../../rules/types';
import { dropMirror, type Rect, rectsOf, rectsOfAll } from './geometry';
import type { BoxSession } from './session';
import { acceptTrustedOnly, HOST_STYLE, keepHost, registerRoot } from './ui/guard';
import { CSS, HOST_TAG, SEVERITY_COLOURS } from './ui/styles';
import { TEXT, t } from './ui/text';

export interface DrawnMark {
  session: BoxSession;
  index: number;
  rect: Rect;
}

export interface Overlay {
  readonly shadow: ShadowRoot;
  draw(s: BoxSession): void;
  erase(s: BoxSession): void;
  /** Recomputes every box's marks from its current model (scroll, resize, zoom, wrap). */
  reposition(): void;
  /** Called after every reposition, once the marks are redrawn (the open card follows its words). */
  onReposition(listener: () => void): void;
  /** The mark under a viewport point, if any (marks take no pointer events: hit-test by hand). */
  markAt(x: number, y: number): DrawnMark | null;
  /** The on-screen rect of finding `index` of a box (first line), else the box's own rect. */
  anchorOf(s: BoxSession, index: number): Rect;
}

/** The most severe of a box's findings, 'low' at least (the badge's colour). */
function worst(findings: readonly Finding[]): Finding['severity'] {
  return findings.reduce<Finding['severity']>(
    (w, f) => (severityRank(f.severity) > severityRank(w) ? f.severity : w),
    'low',
  );
}

/**
 * Whether the shadow root is open. Test and development builds keep it open for the testing contract
 * (docs/content-script.md); store builds (UNGXU_RELEASE=1) close it, so a page cannot read every
 * mark's rule and offsets through host.shadowRoot. Defined by wxt.config.ts; absent in unit tests.
 */
declare const __UNGXU_OPEN_ROOT__: boolean | undefined;
const OPEN_ROOT = typeof __UNGXU_OPEN_ROOT__ === 'undefined' || __UNGXU_OPEN_ROOT__;

/** Creates (or adopts, after an extension update) the single host of this document. */
function createHost(doc: Document, signal: AbortSignal): { host: HTMLElement; shadow: ShadowRoot } {
  for (const old of doc.querySelectorAll(HOST_TAG)) old.remove();
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: OPEN_ROOT ? 'open' : 'closed' });
  acceptTrustedOnly(shadow, signal);
  registerRoot(doc, shadow);
  const style = doc.createElement('style');
  style.textContent = CSS;
  shadow.append(style);
  // documentElement, not body: single-page apps replace body's children, never the root element.
  doc.documentElement.append(host);
  keepHost(host, signal);
  return { host, shadow };
}

export function createOverlay(
  doc: Document,
  signal: AbortSignal,
  ui: { lang(): Lang; openFromBadge(s: BoxSession): void },
): Overlay {
  const { host, shadow } = createHost(doc, signal);
  const layers = new Map<BoxSession, HTMLDivElement>();
  const drawn = new Map<BoxSession, DrawnMark[]>();
  const resize = new ResizeObserver(() => reposition());
  let frame = 0;

  function layerOf(s: BoxSession): HTMLDivElement {
    let layer = layers.get(s);
    if (!layer) {
      layer = doc.createElement('div');
      layer.className = 'layer';
      layer.dataset.box = s.adapter.name;
      shadow.append(layer);
      layers.set(s, layer);
      resize.observe(s.el);
    }
    return layer;
  }

  /** The ranges to draw: every finding's own, then its related words (whom it is aimed at). */
  function rangesOf(s: BoxSession): { index: number; related: boolean; span: readonly [number, number] }[] {
    const own = s.findings.map((f, index) => ({ index, related: false, span: [f.start, f.end] as const }));
    const aimed = s.findings.flatMap((f, index) =>
      (f.related ?? []).map((r) => ({ index, related: true, span: [r.start, r.end] as const })),
    );
    return [...own, ...aimed];
  }

  /** Every range's rects in one layout; one by one only if that fails. */
  function rectsOfRanges(s: BoxSession, spans: readonly (readonly [number, number])[]): Rect[][] {
    try {
      return rectsOfAll(s.model, spans, shadow);
    } catch {
      // The DOM changed since the model was read; draw what still maps, the pending check redraws.
      return spans.map(([start, end]) => {
        try {
          return rectsOf(s.model, start, end, shadow);
        } catch {
          return [];
        }
      });
    }
  }

  function render(s: BoxSession) {
    const layer = layerOf(s);
    const marks: DrawnMark[] = [];
    const nodes: HTMLElement[] = [];
    const ranges = rangesOf(s);
    const rects = rectsOfRanges(
      s,
      ranges.map((r) => r.span),
    );
    ranges.forEach(({ index, related, span }, i) => {
      const f = s.findings[index] as Finding;
      for (const rect of rects[i] ?? []) {
        const m = doc.createElement('div');
        // A related word is drawn lighter, under its own name: it is part of the hint, not one more.
        m.dataset.ungxu = related ? 'aim' : 'mark';
        Object.assign(m.dataset, { rule: f.ruleId, category: f.category, severity: f.severity });
        m.dataset.start = String(span[0]);
        m.dataset.end = String(span[1]);
        m.setAttribute(
          'style',
          `left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px`,
        );
        m.style.setProperty('--c', SEVERITY_COLOURS[f.severity]);
        nodes.push(m);
        // own marks come first, so a finding's anchor is its own words
        marks.push({ session: s, index, rect });
      }
    });
    if (s.findings.length > 0) nodes.push(badge(s));
    layer.replaceChildren(...nodes);
    drawn.set(s, marks);
  }

  function badge(s: BoxSession): HTMLElement {
    const b = doc.createElement('button');
    const n = s.findings.length;
    b.type = 'button';
    b.dataset.ungxu = 'badge';
    b.dataset.count = String(n);
    b.textContent = String(n);
    const label = t(TEXT.badge, ui.lang(), { n });
    b.setAttribute('aria-label', `${label}. ${t(TEXT.shortcut, ui.lang())}`);
    b.title = label;
    b.dataset.severity = worst(s.findings);
    const r = s.el.getBoundingClientRect();
    b.style.left = `${Math.max(0, r.right - 28)}px`;
    b.style.top = `${Math.max(0, r.bottom - 24)}px`;
    // mousedown would move focus out of the editor before click; keep the caret where it is.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', () => ui.openFromBadge(s));
    return b;
  }

  const repositioned: (() => void)[] = [];
  function reposition() {
    if (frame) return;
    frame = (doc.defaultView ?? window).requestAnimationFrame(() => {
      frame = 0;
      for (const s of layers.keys()) render(s);
      for (const listener of repositioned) listener();
    });
  }

  const opts = { capture: true, passive: true, signal };
  doc.addEventListener('scroll', reposition, opts);
  doc.defaultView?.addEventListener('resize', reposition, { passive: true, signal });
  signal.addEventListener('abort', () => {
    resize.disconnect();
    host.remove();
  });

  return {
    shadow,
    draw: render,
    erase(s) {
      layers.get(s)?.remove();
      layers.delete(s);
      drawn.delete(s);
      resize.unobserve(s.el);
      dropMirror(s.el);
    },
    reposition,
    onReposition(listener) {
      repositioned.push(listener);
    },
    markAt(x, y) {
      for (const marks of drawn.values()) {
        for (const m of marks) {
          const r = m.rect;
          if (x >= r.left && x <= r.left + r.width && y >= r.top && y <= r.top + r.height) return m;
        }
      }
      return null;
    },
    anchorOf(s, index) {
      const m = drawn.get(s)?.find((d) => d.index === index);
      if (m) return m.rect;
      const r = s.el.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height };
    },
  };
}
