// Pure decisions of the submit-time nudge: levels, which keystrokes send, which box a send button submits.
import { afterEach, describe, expect, it } from 'vitest';
import { blocking, boxOfButton, isSendButton, isSendKey } from '../../entrypoints/content/nudge/decide';
import type { Finding, Severity } from '../../rules/types';
import { facebook } from '../../sites/facebook';
import type { SiteAdapter } from '../../sites/types';
import { zalo } from '../../sites/zalo';

const finding = (severity: Severity, start = 0): Finding => ({
  ruleId: `r-${severity}`,
  category: severity === 'info' ? 'official-source' : 'insult',
  severity,
  start,
  end: start + 3,
  matched: 'abc',
  message: { vi: 'x', en: 'x' },
  clause: '4.6',
  source: 'builtin',
  pinned: false,
});

const key = (init: KeyboardEventInit & { keyCode?: number }) =>
  new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('blocking: which findings stop a send, per level', () => {
  const all = [finding('info', 0), finding('low', 5), finding('medium', 10), finding('high', 15)];

  it('off never stops', () => expect(blocking(all, 'off')).toEqual([]));
  it('high (default) stops on high only', () =>
    expect(blocking(all, 'high').map((f) => f.severity)).toEqual(['high']));
  it('medium stops on medium and high, in text order', () =>
    expect(blocking(all, 'medium').map((f) => f.severity)).toEqual(['medium', 'high']));
  it('guidance (info) and low never stop, at any level', () => {
    for (const level of ['off', 'high', 'medium'] as const)
      expect(blocking([finding('info'), finding('low')], level)).toEqual([]);
  });
});

describe('isSendKey', () => {
  const box = document.createElement('div');
  const modEnter: SiteAdapter = { ...zalo, send: { modEnter: () => true } };

  it('plain Enter sends where the adapter says so', () => expect(isSendKey(key({}), zalo, box)).toBe(true));
  it('Shift+Enter is a new line, never a send', () =>
    expect(isSendKey(key({ shiftKey: true }), zalo, box)).toBe(false));
  it('the Enter that commits an IME composition is not a send (isComposing)', () =>
    expect(isSendKey(key({ isComposing: true }), zalo, box)).toBe(false));
  it('the Enter that commits an IME composition is not a send (keyCode 229)', () =>
    expect(isSendKey(key({ keyCode: 229 }), zalo, box)).toBe(false));
  it('other keys and Alt+Enter are not sends', () => {
    expect(isSendKey(key({ key: 'a' }), zalo, box)).toBe(false);
    expect(isSendKey(key({ altKey: true }), zalo, box)).toBe(false);
  });
  it('Ctrl+Enter and Cmd+Enter send only where the site uses them', () => {
    expect(isSendKey(key({ ctrlKey: true }), zalo, box)).toBe(false);
    expect(isSendKey(key({ ctrlKey: true }), modEnter, box)).toBe(true);
    expect(isSendKey(key({ metaKey: true }), modEnter, box)).toBe(true);
    expect(isSendKey(key({}), modEnter, box)).toBe(false);
  });
  it('Facebook: Enter sends from comment boxes, not from the post composer', () => {
    const comment = document.createElement('div');
    comment.setAttribute('aria-label', 'Viết bình luận...');
    const composer = document.createElement('div');
    composer.setAttribute('aria-label', 'Bạn đang nghĩ gì, Lan?');
    const english = document.createElement('div');
    english.setAttribute('aria-label', "What's on your mind, Lan?");
    expect(isSendKey(key({}), facebook, comment)).toBe(true);
    expect(isSendKey(key({}), facebook, composer)).toBe(false);
    expect(isSendKey(key({}), facebook, english)).toBe(false);
  });
  it('an adapter without send gestures is never intercepted', () =>
    expect(isSendKey(key({}), { ...zalo, send: undefined } as unknown as SiteAdapter, box)).toBe(false));
});

describe('send buttons', () => {
  it('matches the labelled role=button of the site, not other buttons, not a disabled one', () => {
    document.body.innerHTML = `
      <div role="button" aria-label="Đăng" id="post"></div>
      <div role="button" aria-label="Thích" id="like"></div>
      <div role="button" aria-label="Gửi" id="off" aria-disabled="true"></div>`;
    const $ = (id: string) => document.getElementById(id) as HTMLElement;
    expect(isSendButton($('post'), facebook)).toBe(true);
    expect(isSendButton($('like'), facebook)).toBe(false);
    expect(isSendButton($('off'), zalo)).toBe(false);
    expect(isSendButton($('post'), zalo)).toBe(false);
  });

  it('a button submits the nearest box around it, not a box elsewhere on the page', () => {
    document.body.innerHTML = `
      <section><div id="a" contenteditable="true"></div></section>
      <form><div><div id="b" contenteditable="true"></div></div><div><div role="button" id="btn"></div></div></form>`;
    const boxes = ['a', 'b'].map((id) => ({ el: document.getElementById(id) as HTMLElement }));
    expect(boxOfButton(document.getElementById('btn') as HTMLElement, boxes)?.el.id).toBe('b');
  });

  it('no box within reach: no box (the click goes to the site untouched)', () => {
    document.body.innerHTML = `<div id="a" contenteditable="true"></div>
      <div><div><div><div><div><div><div><div><div><div id="btn"></div></div></div></div></div></div></div></div></div></div>`;
    const boxes = [{ el: document.getElementById('a') as HTMLElement }];
    expect(boxOfButton(document.getElementById('btn') as HTMLElement, boxes)).toBeNull();
  });
});
