// The submit-time nudge wired to the content app in happy-dom, with a Zalo-like box whose own keydown
// handler "sends" (records the text): what is held, what passes, what each dialog action does, and that
// any failure lets the site send untouched. Real Chromium on the fixture pages: tests/e2e/nudge.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startApp } from '../../entrypoints/content/app';
import { installNudge, type NudgeDeps } from '../../entrypoints/content/nudge';
import { createChecker } from '../../rules';
import type { RuleSpec } from '../../rules/types';
import type { ContentConfig } from '../../settings/client';
import type { NudgeLevel } from '../../settings/types';

const rule = (id: string, severity: RuleSpec['severity'], term: string, clause: string): RuleSpec => ({
  id,
  kind: 'terms',
  category: severity === 'info' ? 'official-source' : 'insult',
  severity,
  clause,
  terms: [term],
  message: { vi: 'Lời lẽ cần xem lại.', en: 'Words to reconsider.' },
});
// Made-up words for these tests: "đồ khốn" high (4.5), "đồ ngốc" medium (4.6), "nghe nói" info.
const builtin = [
  rule('t-high', 'high', 'đồ khốn', '4.5'),
  rule('t-medium', 'medium', 'đồ ngốc', '4.6'),
  rule('t-info', 'info', 'nghe nói', '6.3'),
];

let ac: AbortController;
afterEach(() => {
  ac?.abort();
  document.body.innerHTML = '';
});

function setup(o: { level?: NudgeLevel; debounceMs?: number; deps?: Partial<NudgeDeps> } = {}) {
  document.body.innerHTML = `<div id="area"><div id="richInput" contenteditable="true"></div>
    <div role="button" aria-label="Gửi" id="send">Gửi</div></div>`;
  const box = document.getElementById('richInput') as HTMLElement;
  const button = document.getElementById('send') as HTMLElement;
  const sent: string[] = [];
  // The site: Enter (not Shift, not composing) and its button send the box's text.
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      sent.push(box.textContent ?? '');
    }
  });
  button.addEventListener('click', () => sent.push(box.textContent ?? ''));
  ac = new AbortController();
  const config: ContentConfig = {
    enabled: true,
    checkerOptions: { builtin },
    uiLang: 'vi',
    nudgeLevel: o.level ?? 'high',
  };
  const app = startApp({
    doc: document,
    signal: ac.signal,
    createChecker,
    watchConfig: (cb) => {
      cb(config);
      return () => {};
    },
    addToAllowList: async () => {},
    debounceMs: o.debounceMs ?? 0,
  });
  const recordNudge = vi.fn(async () => {});
  const recordCleanSend = vi.fn(async () => {});
  const nudge = installNudge({
    doc: document,
    signal: ac.signal,
    app,
    config: () => config,
    alive: () => true,
    recordNudge,
    recordCleanSend,
    ...o.deps,
  });
  const shadow = document.querySelector('ungxu-root')?.shadowRoot as ShadowRoot;
  const dialog = () => shadow.querySelector<HTMLElement>('[data-ungxu="nudge"]');
  const action = (a: string) => dialog()?.querySelector<HTMLButtonElement>(`[data-action="${a}"]`);
  /** The user types: the text lands and the site's input event fires; findings follow after the debounce. */
  const type = (text: string) => {
    box.focus();
    box.textContent = text;
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
  };
  const press = (init: KeyboardEventInit & { keyCode?: number } = {}) =>
    box.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }),
    );
  return { app, nudge, box, button, sent, shadow, dialog, action, type, press, recordNudge, recordCleanSend };
}

describe('nudge: what passes', () => {
  it('clean text sends at once, no dialog, counted as a clean send', () => {
    const t = setup();
    t.type('Chúc cả nhà một ngày vui vẻ');
    t.press();
    expect(t.sent).toEqual(['Chúc cả nhà một ngày vui vẻ']);
    expect(t.dialog()).toBeNull();
    expect(t.recordCleanSend).toHaveBeenCalledTimes(1);
    expect(t.recordNudge).not.toHaveBeenCalled();
  });

  it('level high: a medium finding passes (not counted clean: it had a hint); level medium holds it', () => {
    const high = setup({ level: 'high' });
    high.type('bạn đúng là đồ ngốc');
    high.press();
    expect(high.sent).toEqual(['bạn đúng là đồ ngốc']);
    expect(high.recordCleanSend).not.toHaveBeenCalled();
    ac.abort();
    const medium = setup({ level: 'medium' });
    medium.type('bạn đúng là đồ ngốc');
    medium.press();
    expect(medium.sent).toEqual([]);
    expect(medium.dialog()).not.toBeNull();
  });

  it('level off: even high findings pass', () => {
    const t = setup({ level: 'off' });
    t.type('đồ khốn');
    t.press();
    expect(t.sent).toEqual(['đồ khốn']);
    expect(t.dialog()).toBeNull();
  });

  it('guidance (info) never holds a send, even at level medium', () => {
    const t = setup({ level: 'medium' });
    t.type('nghe nói mai được nghỉ');
    t.press();
    expect(t.sent).toEqual(['nghe nói mai được nghỉ']);
  });

  it('Shift+Enter and the Enter that ends an IME composition reach the site untouched', () => {
    const t = setup();
    t.type('đồ khốn');
    const shift = new KeyboardEvent('keydown', {
      key: 'Enter',
      shiftKey: true,
      bubbles: true,
      cancelable: true,
    });
    t.box.dispatchEvent(shift);
    expect(shift.defaultPrevented).toBe(false);
    t.press({ isComposing: true });
    expect(t.dialog()).toBeNull();
    // keyCode 229 (Chromium's "IME is handling this key"): the site sees it; this site sends on it.
    t.press({ keyCode: 229 });
    expect(t.dialog()).toBeNull();
    expect(t.sent).toEqual(['đồ khốn']);
  });
});

describe('nudge: what is held, and the dialog', () => {
  it('high text: the send is held, an accessible dialog names what was found with its clause', () => {
    const t = setup();
    t.type('Anh là đồ khốn, đồ khốn thật');
    const ev = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    t.box.dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(true);
    expect(t.sent).toEqual([]);
    const d = t.dialog() as HTMLElement;
    expect(d.getAttribute('role')).toBe('alertdialog');
    expect(d.getAttribute('aria-modal')).toBe('true');
    expect(d.dataset.count).toBe('2');
    const title = t.shadow.getElementById(d.getAttribute('aria-labelledby') ?? '');
    const desc = t.shadow.getElementById(d.getAttribute('aria-describedby') ?? '');
    // A chat box (Zalo): the dialog speaks of sending; counts read as people say them.
    expect(title?.textContent).toBe('Xem lại trước khi gửi?');
    expect(t.action('send')?.textContent).toBe('Vẫn gửi');
    expect(desc?.textContent).toBe('Ứng Xử thấy 2 chỗ về xúc phạm.');
    expect(d.textContent).toContain('“đồ khốn”');
    expect(d.textContent).toContain('Điều 4.5');
    expect(t.shadow.activeElement).toBe(t.action('edit'));
    expect(t.recordNudge).toHaveBeenCalledWith('shown');
  });

  it('"Vẫn gửi" sends exactly once with the unchanged text, and is not held again', () => {
    const t = setup();
    t.type('đồ khốn');
    t.press();
    t.action('send')?.click();
    expect(t.sent).toEqual(['đồ khốn']);
    expect(t.dialog()).toBeNull();
    expect(t.recordNudge).toHaveBeenLastCalledWith('sent');
    // The bypass was one-shot: the next Enter on the same text is held again.
    t.press();
    expect(t.sent).toHaveLength(1);
    expect(t.dialog()).not.toBeNull();
  });

  it('"Sửa lại" sends nothing, focuses the editor and selects the first finding', () => {
    const t = setup();
    t.type('Anh là đồ khốn');
    t.press();
    t.action('edit')?.click();
    expect(t.sent).toEqual([]);
    expect(t.dialog()).toBeNull();
    expect(document.activeElement).toBe(t.box);
    expect(document.getSelection()?.toString()).toBe('đồ khốn');
    expect(t.recordNudge).toHaveBeenLastCalledWith('edited');
  });

  it('Esc dismisses: nothing sent, focus back in the editor, counted as dismissed', () => {
    const t = setup();
    t.type('đồ khốn');
    t.press();
    t.dialog()?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
    );
    expect(t.dialog()).toBeNull();
    expect(t.sent).toEqual([]);
    expect(document.activeElement).toBe(t.box);
    expect(t.recordNudge).toHaveBeenLastCalledWith('dismissed');
  });

  it('Tab stays inside the dialog (aria-modal), between its two actions', () => {
    const t = setup();
    t.type('đồ khốn');
    t.press();
    const tab = () =>
      t.shadow.activeElement?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }),
      );
    tab();
    expect(t.shadow.activeElement).toBe(t.action('send'));
    tab();
    expect(t.shadow.activeElement).toBe(t.action('edit'));
  });

  it('the send button is held the same way, and "Vẫn gửi" clicks it once', () => {
    const t = setup();
    t.type('đồ khốn');
    t.button.click();
    expect(t.sent).toEqual([]);
    expect(t.dialog()).not.toBeNull();
    t.action('send')?.click();
    expect(t.sent).toEqual(['đồ khốn']);
  });

  it('pressing the send button again while the pause is open keeps it, sends nothing, counts it once', () => {
    const t = setup();
    t.type('đồ khốn');
    t.button.click();
    expect(t.recordNudge.mock.calls).toEqual([['shown']]);
    // A real press: pointerdown outside the dialog (on the button), then the click.
    t.button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    t.button.click();
    expect(t.dialog()).not.toBeNull();
    expect(t.sent).toEqual([]);
    expect(t.recordNudge.mock.calls).toEqual([['shown']]);
    expect(t.shadow.activeElement).toBe(t.action('edit'));
    // A press anywhere else still dismisses.
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(t.dialog()).toBeNull();
    expect(t.recordNudge.mock.calls).toEqual([['shown'], ['dismissed']]);
  });

  it('Enter right after typing (findings still debounced) is decided on the current text', () => {
    const t = setup({ debounceMs: 10_000 });
    t.type('đồ khốn');
    t.press();
    expect(t.sent).toEqual([]);
    expect(t.dialog()).not.toBeNull();
  });

  it('after the user fixes the text, Enter sends without a dialog', () => {
    const t = setup();
    t.type('đồ khốn');
    t.press();
    t.action('edit')?.click();
    t.type('Anh nói sai rồi');
    t.press();
    expect(t.sent).toEqual(['Anh nói sai rồi']);
    expect(t.dialog()).toBeNull();
  });
});

describe('nudge: any failure lets the site send untouched', () => {
  it('extension context invalidated', () => {
    const t = setup({ deps: { alive: () => false } });
    t.type('đồ khốn');
    t.press();
    expect(t.sent).toEqual(['đồ khốn']);
    expect(t.dialog()).toBeNull();
  });

  it('settings not loaded yet', () => {
    const t = setup({ deps: { config: () => null } });
    t.type('đồ khốn');
    t.press();
    expect(t.sent).toEqual(['đồ khốn']);
  });

  it('an exception while deciding (the dialog cannot be drawn): no half-drawn dialog, the site sends', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const t = setup();
    t.type('đồ khốn');
    t.app.sessionOf(t.box)?.check();
    // A shadow root that refuses children: drawing the dialog throws inside the handler.
    vi.spyOn(t.shadow, 'append').mockImplementation(() => {
      throw new Error('boom');
    });
    t.press();
    expect(t.sent).toEqual(['đồ khốn']);
    expect(t.dialog()).toBeNull();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('after the content script is torn down (ctx aborted) nothing is intercepted', () => {
    const t = setup();
    t.type('đồ khốn');
    ac.abort();
    t.press();
    expect(t.sent).toEqual(['đồ khốn']);
  });
});
