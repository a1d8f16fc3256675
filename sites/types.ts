// What a site adapter tells the extension: where it runs, which elements are compose boxes there, which to
// leave alone, and how a post leaves a box. The manifest, the popup's site defaults and the e2e routes
// all read the hosts from here (sites/index.ts), so a site is added in one file.
export interface SiteAdapter {
  /** Short id, used in data attributes and logs (kebab-case). */
  readonly name: string;
  /**
   * Host names where the content script runs by default (the manifest's `matches`, exact hosts). Empty
   * for an adapter that only serves sites the user switches on.
   */
  readonly hosts: readonly string[];
  /** CSS selectors of compose boxes, most specific first. One comment each in the adapter file. */
  readonly selectors: readonly string[];
  /** Last word on a candidate the selectors matched (e.g. skip read-only or code editors). */
  accept(el: HTMLElement): boolean;
  /**
   * How a post leaves this box (the submit-time nudge intercepts exactly these gestures). Absent: the
   * nudge never steps in. Unsure is "no": a missed nudge is harmless, a dialog on a new line is not.
   */
  readonly send?: SendGestures;
}

export interface SendGestures {
  /** Plain Enter sends from this box (Shift+Enter is always a new line and never intercepted). */
  enter?(el: HTMLElement): boolean;
  /** Ctrl+Enter (Cmd+Enter on macOS) sends from this box. */
  modEnter?(el: HTMLElement): boolean;
  /** Send buttons of the site; a click is tied to the nearest box of this adapter around the button. */
  buttons?: readonly string[];
  /** The box sends a message in a conversation: the nudge says "gửi" (send), not "đăng" (post). */
  chat?(el: HTMLElement): boolean;
}

/** True when the element (or an ancestor) says "do not check me". */
export function optedOut(el: Element): boolean {
  return el.closest('[data-ungxu="off"]') !== null;
}

/** A box the user cannot type into right now is no compose box. */
export function editable(el: HTMLElement): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)
    return !el.readOnly && !el.disabled;
  return el.isContentEditable || el.getAttribute('contenteditable') === 'plaintext-only';
}
