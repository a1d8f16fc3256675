// The submit-time nudge: a pause before posting, never a wall. Capture-phase listeners on the
// document see each send gesture (Enter, Ctrl/Cmd+Enter, a send button) before the site does. Clean text
// passes at once; text with findings at or above the level is held and a small dialog asks once.
// "Vẫn đăng" replays the very gesture with a one-shot bypass. Whenever anything is off (extension gone,
// an exception, a box we cannot read) the event is left alone: the site's own behaviour runs.
import type { Lang } from '../../../rules/types';
import type { NudgeLevel, NudgeOutcome } from '../../../settings/types';
import type { BoxSession } from '../session';
import { readText, selectionOf } from '../text-model';
import { restoreCaret } from '../ui/card-host';
import { blocking, boxOfButton, isSendButton, isSendKey, sendButtonsOf } from './decide';
import { renderDialog } from './dialog';

export interface NudgeDeps {
  doc: Document;
  signal: AbortSignal;
  /** The content app: its boxes, and the shadow root the dialog lives in. */
  app: {
    sessions(): BoxSession[];
    sessionOf(el: Element): BoxSession | undefined;
    overlay: { shadow: ShadowRoot };
  };
  /** Current level and UI language; null before settings arrive (then nothing is intercepted). */
  config(): { nudgeLevel: NudgeLevel; uiLang: Lang } | null;
  /** False once the extension context is invalidated (update, uninstall): stand aside. */
  alive(): boolean;
  recordNudge(outcome: NudgeOutcome): Promise<void>;
  recordCleanSend(): Promise<void>;
}

export interface Nudge {
  /** The box whose send is held, while the dialog is open. */
  readonly held: BoxSession | null;
  close(): void;
}

export function installNudge(deps: NudgeDeps): Nudge {
  const { doc, signal, app } = deps;
  /** One-shot bypass: true only while our own replay of a held gesture is being dispatched. */
  let replaying = false;
  let open: { session: BoxSession; dialog: HTMLElement } | null = null;
  const record = (o: NudgeOutcome) => void deps.recordNudge(o).catch(() => {});

  const close = () => {
    open?.dialog.remove();
    open = null;
  };

  const sessionFromEvent = (e: Event): BoxSession | undefined => {
    for (const n of e.composedPath()) {
      const s = n instanceof HTMLElement ? app.sessionOf(n) : undefined;
      if (s) return s;
    }
    return undefined;
  };

  /** Sends as the site would have: the caller's replay runs with the bypass on, exactly once. */
  const replayOnce = (replay: () => void) => {
    replaying = true;
    try {
      replay();
    } finally {
      replaying = false;
    }
  };

  /**
   * Decides synchronously whether to hold this gesture; on any doubt it returns and the site sends.
   * `button`: the send button pressed, when the gesture is a click.
   */
  function gate(e: Event, s: BoxSession, replay: () => void, button?: Element): void {
    try {
      const cfg = deps.config();
      if (!cfg || !deps.alive() || !s.el.isConnected) return;
      // Findings are debounced: if the text moved since the last check, check it now.
      if (readText(s.el).text !== s.model.text) s.check();
      if (!s.model.text.trim()) return;
      const stops = blocking(s.findings, cfg.nudgeLevel);
      if (stops.length === 0) {
        // Điều 4.7: a post that went out with no hint at all is worth counting (a count, never text).
        if (s.findings.length === 0) void deps.recordCleanSend().catch(() => {});
        return;
      }
      const caret = selectionOf(s.model);
      const first = stops[0] as (typeof stops)[number];
      close();
      const finish = (outcome: NudgeOutcome, then: () => void) => {
        if (open?.session !== s) return;
        close();
        record(outcome);
        then();
      };
      const buttons = new Set([...sendButtonsOf(s, app.sessions(), doc), ...(button ? [button] : [])]);
      const dialog = renderDialog(app.overlay.shadow, {
        findings: stops,
        lang: cfg.uiLang,
        chat: s.adapter.send?.chat?.(s.el) ?? false,
        avoid: [s.el, ...buttons].map((x) => x.getBoundingClientRect()),
        onEdit: () =>
          finish(
            'edited',
            () => s.el.isConnected && restoreCaret(s.el, { start: first.start, end: first.end }),
          ),
        onDismiss: () => finish('dismissed', () => s.el.isConnected && restoreCaret(s.el, caret)),
        onSend: () =>
          finish('sent', () => {
            if (!s.el.isConnected) return;
            restoreCaret(s.el, caret);
            replayOnce(replay);
          }),
      });
      open = { session: s, dialog };
      // Only now, with the dialog on screen, is the site's send held back.
      e.preventDefault();
      e.stopImmediatePropagation();
      record('shown');
    } catch (err) {
      close();
      console.warn('[Ứng Xử] nudge skipped', err);
    }
  }

  doc.addEventListener(
    'keydown',
    (e) => {
      if (replaying || e.defaultPrevented || e.key !== 'Enter') return;
      const s = sessionFromEvent(e);
      if (!s || !isSendKey(e, s.adapter, s.el)) return;
      const target = e.target instanceof HTMLElement && s.el.contains(e.target) ? e.target : s.el;
      const init: KeyboardEventInit = {
        key: e.key,
        code: e.code,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        bubbles: true,
        cancelable: true,
        composed: true,
      };
      gate(e, s, () => replayKey(target, init));
    },
    { capture: true, signal },
  );

  doc.addEventListener(
    'click',
    (e) => {
      if (replaying || e.defaultPrevented) return;
      const sessions = app.sessions();
      if (sessions.length === 0) return;
      for (const n of e.composedPath()) {
        if (!(n instanceof HTMLElement)) continue;
        const mine = sessions.filter((s) => isSendButton(n, s.adapter));
        if (mine.length === 0) continue;
        const s = boxOfButton(n, mine);
        if (s && open?.session === s) {
          // Its send button pressed again while the pause is on screen: the pause stays, the send
          // stays held, nothing more is counted; the dialog takes focus so the choice is at hand.
          e.preventDefault();
          e.stopImmediatePropagation();
          open.dialog.querySelector<HTMLElement>('[data-action="edit"]')?.focus();
          return;
        }
        if (s) gate(e, s, () => n.click(), n);
        return;
      }
    },
    { capture: true, signal },
  );

  // A press outside the dialog dismisses it (focus stays where the user put it) — except on the held
  // box's own send button, which keeps the pause (see the click handler).
  doc.addEventListener(
    'pointerdown',
    (e) => {
      if (!open || e.composedPath().includes(open.dialog)) return;
      const held = open.session;
      if (e.composedPath().some((n) => n instanceof HTMLElement && isSendButton(n, held.adapter))) return;
      close();
      record('dismissed');
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', close, { once: true });

  return {
    get held() {
      return open?.session ?? null;
    },
    close,
  };
}

/** A fresh Enter like the one held back: keydown, then keypress unless the site cancelled keydown. */
function replayKey(target: HTMLElement, init: KeyboardEventInit): void {
  const legacy = (ev: KeyboardEvent) => {
    // keyCode / which are not in KeyboardEventInit everywhere; older site code still reads them.
    for (const k of ['keyCode', 'which'] as const)
      if (ev[k] !== 13) Object.defineProperty(ev, k, { get: () => 13 });
    return ev;
  };
  const down = legacy(new KeyboardEvent('keydown', init));
  if (target.dispatchEvent(down)) target.dispatchEvent(legacy(new KeyboardEvent('keypress', init)));
}
