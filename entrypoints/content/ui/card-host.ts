// Opens and closes the one hint card of a document, and gives the editor its focus and caret back.
import { h, render } from 'preact';
import type { Finding, Lang } from '../../../rules/types';
import type { Overlay } from '../overlay';
import type { BoxSession } from '../session';
import { isValueBox, rangeOf, readText, selectionOf } from '../text-model';
import { Card } from './card';

export interface CardActions {
  lang(): Lang;
  replacements(s: BoxSession, f: Finding): readonly string[];
  agency(): { name: string; contact?: string } | undefined;
  apply(s: BoxSession, f: Finding, replacement: string): Promise<void>;
  ignoreOnce(s: BoxSession, f: Finding): void;
  ignoreAlways(s: BoxSession, f: Finding): Promise<void>;
}

export interface CardHost {
  open(s: BoxSession, index: number, how: { takeFocus: boolean; byHover?: boolean }): void;
  close(returnFocus: boolean): void;
  /** The box whose card is open, how it was opened, and the element holding the card. */
  readonly state: { session: BoxSession; index: number; byHover: boolean } | null;
  readonly container: HTMLElement;
}

/** Puts focus back into the box with the caret (or selection) it had, through the DOM selection only. */
export function restoreCaret(el: HTMLElement, sel: { start: number; end: number } | null): void {
  el.focus({ preventScroll: true });
  if (!sel) return;
  if (isValueBox(el)) el.setSelectionRange(sel.start, sel.end);
  else {
    const ds = el.ownerDocument.getSelection();
    ds?.removeAllRanges();
    ds?.addRange(rangeOf(readText(el), sel.start, sel.end));
  }
}

export function createCardHost(overlay: Overlay, actions: CardActions): CardHost {
  const container = overlay.shadow.ownerDocument.createElement('div');
  container.className = 'card-host';
  overlay.shadow.append(container);
  let state: CardHost['state'] = null;
  let caret: { start: number; end: number } | null = null;

  const close = (returnFocus: boolean) => {
    if (!state) return;
    const s = state.session;
    state = null;
    render(null, container);
    if (returnFocus && s.el.isConnected) restoreCaret(s.el, caret);
  };

  const draw = (takeFocus: boolean) => {
    if (!state) return;
    const { session: s, index } = state;
    if (!s.findings[index]) return close(takeFocus);
    const afterAction = (fn: () => unknown) => async () => {
      await fn();
      s.check();
    };
    render(
      h(Card, {
        findings: s.findings,
        index,
        text: s.model.text,
        lang: actions.lang(),
        replacements: (f) => actions.replacements(s, f),
        anchor: overlay.anchorOf(s, index),
        takeFocus,
        agency: actions.agency(),
        onApply: (f, r) => {
          close(false);
          void afterAction(() => actions.apply(s, f, r))();
        },
        onIgnoreOnce: (f) => {
          close(true);
          actions.ignoreOnce(s, f);
        },
        onIgnoreAlways: (f) => {
          close(true);
          void afterAction(() => actions.ignoreAlways(s, f))();
        },
        onNavigate: (i) => {
          if (state) state = { ...state, index: i };
          draw(true);
        },
        onClose: close,
      }),
      container,
    );
  };

  // Scrolling, resizing or re-wrapping moves the words: the open card moves with them (focus untouched).
  overlay.onReposition(() => {
    if (state) draw(false);
  });

  return {
    open(s, index, how) {
      // Remember the caret before focus moves into the card, to give it back on close.
      if (!state || state.session !== s) caret = selectionOf(readText(s.el));
      state = { session: s, index, byHover: how.byHover ?? false };
      draw(how.takeFocus);
    },
    close,
    get state() {
      return state;
    },
    container,
  };
}
