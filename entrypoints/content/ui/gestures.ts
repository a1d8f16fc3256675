// The pointer and keyboard ways into the card: hover or click on a marked word, the documented shortcut
// (Alt+Shift+U), and Esc. Marks take no pointer events, so hits are tested against their rects.
import type { Finding } from '../../../rules/types';
import type { Overlay } from '../overlay';
import type { BoxSession } from '../session';
import { selectionOf } from '../text-model';
import type { CardHost } from './card-host';

/** The documented shortcut: Alt+Shift+U opens the card of the hint at (or after) the caret. */
export const isShortcut = (e: KeyboardEvent) =>
  e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyU';

/** The hint under the caret, else the last one before it (just typed), else the first. */
export function hintAtCaret(findings: readonly Finding[], caret: number): number {
  const i = findings.findLastIndex((f) => f.start <= caret);
  return Math.max(0, i);
}

export function listenForGestures(o: {
  doc: Document;
  signal: AbortSignal;
  overlay: Overlay;
  card: CardHost;
  sessionOf(el: HTMLElement): BoxSession | undefined;
}): void {
  const { doc, signal, overlay, card, sessionOf } = o;
  const sessionFromEvent = (e: Event): BoxSession | undefined => {
    for (const n of e.composedPath()) if (n instanceof HTMLElement && sessionOf(n)) return sessionOf(n);
    return undefined;
  };

  // Keyboard: the shortcut opens the hint at the caret; Esc closes a card opened by hover.
  doc.addEventListener(
    'keydown',
    (e) => {
      const s = sessionFromEvent(e);
      if (s && isShortcut(e) && s.findings.length > 0) {
        e.preventDefault();
        e.stopPropagation();
        card.open(s, hintAtCaret(s.findings, selectionOf(s.model)?.start ?? 0), { takeFocus: true });
      } else if (s && e.key === 'Escape' && card.state) {
        e.preventDefault();
        e.stopPropagation();
        card.close(false);
      }
    },
    { capture: true, signal },
  );

  // Pointer: hovering a marked word for a moment opens its card; moving away closes a hover card.
  const win = doc.defaultView ?? window;
  let hoverTimer = 0;
  doc.addEventListener(
    'pointermove',
    (e) => {
      win.clearTimeout(hoverTimer);
      if (e.composedPath().includes(card.container)) return;
      const m = overlay.markAt(e.clientX, e.clientY);
      const open = card.state;
      if (m && (open?.session !== m.session || open.index !== m.index)) {
        hoverTimer = win.setTimeout(
          () => card.open(m.session, m.index, { takeFocus: false, byHover: true }),
          300,
        );
      } else if (!m && open?.byHover) hoverTimer = win.setTimeout(() => card.close(false), 400);
    },
    { capture: true, passive: true, signal },
  );
  doc.addEventListener(
    'click',
    (e) => {
      const m = overlay.markAt(e.clientX, e.clientY);
      if (m && sessionFromEvent(e) === m.session)
        card.open(m.session, m.index, { takeFocus: false, byHover: true });
    },
    { capture: true, signal },
  );
}
