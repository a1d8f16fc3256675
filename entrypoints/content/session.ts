// One attached compose box: listens for edits, checks the text (debounced, never mid-composition) and
// keeps the current findings. The nudge builds on this object: `el`, `findings`, `subscribe`.
import type { Checker, Finding } from '../../rules/types';
import type { SiteAdapter } from '../../sites';
import { createLimitNotice, type Limited, limitText } from './limits';
import { checkInSlices, SLICE, smallEdit } from './slices';
import { isValueBox, readText, type TextModel } from './text-model';

/** Trailing debounce after the last edit. Small: a check of 2,000 characters costs about a millisecond. */
export const DEBOUNCE_MS = 40;

export interface BoxSession {
  readonly el: HTMLElement;
  readonly adapter: SiteAdapter;
  /** Findings currently shown (after "ignore once"), sorted by start. */
  readonly findings: readonly Finding[];
  /** The text model the findings refer to. */
  readonly model: TextModel;
  /** True while an input method is composing a syllable. */
  readonly composing: boolean;
  /** Checks now, skipping the debounce (settings changed, an action was taken, a submit is coming). */
  check(): void;
  /** Hides this one finding until the text of the box no longer contains it there. */
  ignoreOnce(f: Finding): void;
  /** Called after every check; returns unsubscribe. */
  subscribe(cb: (s: BoxSession) => void): () => void;
  release(): void;
}

export interface SessionDeps {
  checker(): Checker | null;
  /** Draws (or clears) the findings of this box. */
  draw(s: BoxSession): void;
  erase(s: BoxSession): void;
  signal: AbortSignal;
  debounceMs?: number;
}

/**
 * What "this finding" means across edits: rule, words, and which occurrence of those words.
 * One pass over the findings (sorted by start), so a paste with thousands of findings stays cheap.
 */
function keysOf(all: readonly Finding[]): Map<Finding, string> {
  const seen = new Map<string, number>();
  const keys = new Map<Finding, string>();
  for (const f of all) {
    // Occurrences are counted as they are keyed (case-insensitively): "Đồ ngu … đồ ngu" are two.
    const base = `${f.ruleId}\u0000${f.matched.toLowerCase()}`;
    const nth = seen.get(base) ?? 0;
    seen.set(base, nth + 1);
    keys.set(f, `${base}\u0000${nth}`);
  }
  return keys;
}

export function createSession(el: HTMLElement, adapter: SiteAdapter, deps: SessionDeps): BoxSession {
  const ac = new AbortController();
  const signal = ac.signal;
  deps.signal.addEventListener('abort', () => release(), { once: true, signal });
  const listeners = new Set<(s: BoxSession) => void>();
  const ignored = new Set<string>();
  const win = el.ownerDocument.defaultView ?? window;
  let timer = 0;
  let composing = false;
  let findings: readonly Finding[] = [];
  let all: readonly Finding[] = [];
  let keys = new Map<Finding, string>();
  let checkedWith: Checker | null = null;
  let checkedText = '';
  let model: TextModel = readText(el);
  let released = false;
  const notice = createLimitNotice(el);

  /** The findings of `text` are in: show them. */
  const finish = (found: readonly Finding[], checker: Checker | null, limited: Limited) => {
    all = found;
    checkedWith = checker;
    checkedText = limited.text;
    keys = keysOf(all);
    notice.update(limited);
    findings = all.filter((f) => f.pinned || !ignored.has(keys.get(f) ?? ''));
    deps.draw(session);
    for (const cb of listeners) cb(session);
  };

  /** The run of slices under way, if any (a newer check abandons it). */
  let stopSlices = () => {};

  /**
   * Checks the box. An edit is re-checked around the change; a long text that changed a lot (a paste)
   * is checked in slices, one task each, unless `now` (a submit is coming: the findings are needed at once).
   */
  const run = (now: boolean) => {
    win.clearTimeout(timer);
    stopSlices();
    if (released) return;
    model = readText(el);
    // Up to CHECK_LIMIT characters; beyond, a notice says how much (limits.ts).
    const limited = limitText(model.text);
    const text = limited.text;
    const checker = deps.checker();
    if (!checker) return finish([], null, limited);
    if (checker === checkedWith && smallEdit(checkedText, text))
      return finish(checker.recheck(checkedText, all, text), checker, limited);
    if (now || text.length <= SLICE) return finish(checker.check(text), checker, limited);
    stopSlices = checkInSlices(
      text,
      (t) => checker.check(t),
      (fn) => win.setTimeout(fn, 0),
      (found) => finish(found, checker, limited),
    );
  };
  const check = () => run(true);

  const schedule = () => {
    // Mid-composition the syllable is half-typed (Telex "dduwowcj"): wait for compositionend.
    if (composing || released) return;
    win.clearTimeout(timer);
    timer = win.setTimeout(() => run(false), deps.debounceMs ?? DEBOUNCE_MS);
  };

  const on = (type: string, fn: (e: Event) => void) => el.addEventListener(type, fn, { signal });
  on('input', (e) => {
    // Some IMEs fire input with isComposing; the compositionend that follows schedules the check.
    if (!(e as InputEvent).isComposing) schedule();
  });
  on('compositionstart', () => {
    composing = true;
    win.clearTimeout(timer);
  });
  on('compositionend', () => {
    composing = false;
    schedule();
  });
  if (isValueBox(el)) {
    // Value boxes changed by script (a site clearing the box after send) fire no input.
    on('change', schedule);
    on('focus', schedule);
  } else {
    // Lexical fires no input event on paste, and sites rewrite the box after sending: watch the DOM.
    const mo = new MutationObserver(schedule);
    mo.observe(el, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => mo.disconnect(), { once: true });
  }

  function release() {
    if (released) return;
    released = true;
    win.clearTimeout(timer);
    stopSlices();
    ac.abort();
    listeners.clear();
    notice.remove();
    deps.erase(session);
  }

  const session: BoxSession = {
    el,
    adapter,
    get findings() {
      return findings;
    },
    get model() {
      return model;
    },
    get composing() {
      return composing;
    },
    check,
    ignoreOnce(f) {
      if (f.pinned) return;
      // The card may hold a finding from before the last check: match it by rule and place.
      const same = all.find((g) => g.ruleId === f.ruleId && g.start === f.start && g.end === f.end);
      const key = keys.get(f) ?? (same && keys.get(same));
      if (key) ignored.add(key);
      check();
    },
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    release,
  };
  run(false);
  return session;
}
