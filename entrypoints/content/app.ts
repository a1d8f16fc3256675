// Wires the content script together: settings → checker, watcher → sessions → overlay and card, plus the
// pointer and keyboard ways into the card. Takes everything as parameters so happy-dom tests can run it.
import {
  CATEGORIES,
  type Category,
  type Checker,
  type CheckerOptions,
  type RuleCategory,
} from '../../rules/types';

const isCodeCategory = (c: RuleCategory): c is Category => (CATEGORIES as readonly string[]).includes(c);

import type { ContentConfig } from '../../settings/client';
import type { SiteAdapter } from '../../sites';
import { replacementsOf, replaceText } from './apply';
import { createOverlay, type Overlay } from './overlay';
import { type BoxSession, createSession } from './session';
import { type CardHost, createCardHost } from './ui/card-host';
import { listenForGestures } from './ui/gestures';
import { canRemember } from './ui/remember';
import { createWatcher, type Watcher } from './watcher';

export interface AppDeps {
  doc: Document;
  signal: AbortSignal;
  createChecker(options: CheckerOptions): Checker;
  watchConfig(cb: (config: ContentConfig) => void): () => void;
  addToAllowList(word: string): Promise<void>;
  recordHints?(counts: Partial<Record<Category, number>>): Promise<void>;
  adapters?: readonly SiteAdapter[];
  debounceMs?: number;
}

export interface App {
  readonly overlay: Overlay;
  readonly card: CardHost;
  sessions(): BoxSession[];
  sessionOf(el: Element): BoxSession | undefined;
  /** Called for every box attached from now on (and once for each already attached). */
  onSession(cb: (s: BoxSession) => void): () => void;
}

export function startApp(deps: AppDeps): App {
  const { doc, signal } = deps;
  let config: ContentConfig | null = null;
  let checker: Checker | null = null;
  /** Words the user chose to always ignore in this page, applied at once (the allow-list persists them). */
  const allowedHere = new Set<string>();
  const sessions = new Map<HTMLElement, BoxSession>();
  const counted = new WeakMap<BoxSession, Set<string>>();
  const sessionHooks = new Set<(s: BoxSession) => void>();
  let watcher: Watcher | null = null;

  const lang = () => config?.uiLang ?? 'vi';
  const overlay = createOverlay(doc, signal, {
    lang,
    openFromBadge: (s) => card.open(s, 0, { takeFocus: true }),
  });
  const card = createCardHost(overlay, {
    lang,
    replacements: (s, f) => replacementsOf(f, checker?.lang(s.model.text) ?? 'vi'),
    agency: () => config?.agency,
    async apply(s, f, replacement) {
      await replaceText(s.el, f.start, f.end, f.matched, replacement);
    },
    ignoreOnce: (s, f) => s.ignoreOnce(f),
    async ignoreAlways(_s, f) {
      if (!canRemember(f)) return;
      allowedHere.add(f.matched);
      rebuild();
      await deps.addToAllowList(f.matched).catch(() => {});
    },
  });

  /** Counts hints per category once per box and wording (statistics are counts only, never text). */
  const countHints = (s: BoxSession) => {
    const seen = counted.get(s) ?? new Set<string>();
    counted.set(s, seen);
    const counts: Partial<Record<Category, number>> = {};
    for (const f of s.findings) {
      const key = `${f.ruleId}\u0000${f.matched.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // Statistics count the Code's categories; guidance reminders are not hints about a breach.
      if (!isCodeCategory(f.category)) continue;
      counts[f.category] = (counts[f.category] ?? 0) + 1;
    }
    if (Object.keys(counts).length) void deps.recordHints?.(counts).catch(() => {});
  };

  const attach = (el: HTMLElement, adapter: SiteAdapter) => {
    const s = createSession(el, adapter, {
      checker: () => checker,
      draw: (x) => {
        overlay.draw(x);
        countHints(x);
        const open = card.state;
        if (open?.session === x && !x.findings[open.index]) card.close(false);
      },
      erase: (x) => overlay.erase(x),
      signal,
      ...(deps.debounceMs !== undefined ? { debounceMs: deps.debounceMs } : {}),
    });
    sessions.set(el, s);
    for (const cb of sessionHooks) cb(s);
    return () => {
      if (card.state?.session === s) card.close(false);
      sessions.delete(el);
      s.release();
    };
  };

  function rebuild() {
    if (!config) return;
    const o = config.checkerOptions;
    const allowList = [...(o.allowList ?? []), ...allowedHere];
    try {
      checker = deps.createChecker({ ...o, allowList });
    } catch (e) {
      // A ruleset the engine refuses must not take the page down: keep the last good checker.
      console.warn('[Ứng Xử] checker not rebuilt', e);
      return;
    }
    for (const s of sessions.values()) s.check();
  }

  const unwatch = deps.watchConfig((next) => {
    config = next;
    if (!next.enabled) {
      watcher?.stop();
      watcher = null;
      checker = null;
      return;
    }
    rebuild();
    if (!watcher) {
      watcher = createWatcher({
        root: doc,
        signal,
        attach,
        ...(deps.adapters ? { adapters: deps.adapters } : {}),
      });
    }
  });
  signal.addEventListener('abort', unwatch, { once: true });

  listenForGestures({ doc, signal, overlay, card, sessionOf: (el) => sessions.get(el) });

  return {
    overlay,
    card,
    sessions: () => [...sessions.values()],
    sessionOf: (el) => sessions.get(el as HTMLElement),
    onSession(cb) {
      sessionHooks.add(cb);
      for (const s of sessions.values()) cb(s);
      return () => sessionHooks.delete(cb);
    },
  };
}
