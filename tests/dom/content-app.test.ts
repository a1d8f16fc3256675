// The content script's wiring in happy-dom with a tiny ruleset: badge per box, card content and actions,
// pinned hints, UI language, and clean-up. Geometry (marks over text) is tested in Chromium (e2e).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type App, startApp } from '../../entrypoints/content/app';
import { createChecker } from '../../rules';
import type { RuleSpec } from '../../rules/types';
import type { ContentConfig } from '../../settings/client';

const builtin: RuleSpec[] = [
  {
    id: 'test-insult',
    kind: 'terms',
    category: 'insult',
    severity: 'medium',
    clause: '4.6',
    terms: ['đồ ngốc'],
    message: { vi: 'Lời lẽ xúc phạm.', en: 'Insulting words.' },
    suggestion: { vi: 'Dùng "bạn chưa đúng".', en: 'Say "bạn chưa đúng".' },
    replace: [{ vi: 'bạn chưa đúng', en: 'you are not right' }],
  },
  {
    id: 'test-citizen-id',
    kind: 'pattern',
    category: 'privacy',
    severity: 'high',
    clause: '4.3',
    lang: 'any',
    pattern: '(?<![\\p{N}])\\d{12}(?![\\p{N}])',
    message: { vi: 'Số định danh cá nhân.', en: 'A personal ID number.' },
  },
];
const agency = {
  name: 'Sở Thử Nghiệm',
  rules: [
    {
      id: 'agency-secret',
      kind: 'terms' as const,
      category: 'confidential' as const,
      severity: 'high' as const,
      clause: '5.2',
      terms: ['hồ sơ mật'],
      message: { vi: 'Không đăng tài liệu nội bộ.', en: 'Do not post internal documents.' },
    },
  ],
};

let ac: AbortController;
afterEach(() => {
  ac?.abort();
  document.body.innerHTML = '';
});

function start(config: Partial<ContentConfig> = {}) {
  ac = new AbortController();
  const allow = vi.fn(async (_w: string) => {});
  const hints = vi.fn(async () => {});
  const app: App = startApp({
    doc: document,
    signal: ac.signal,
    createChecker,
    watchConfig: (cb) => {
      cb({ enabled: true, checkerOptions: { builtin, agency }, uiLang: 'vi', nudgeLevel: 'high', ...config });
      return () => {};
    },
    addToAllowList: allow,
    recordHints: hints,
    debounceMs: 0,
  });
  const shadow = () => document.querySelector('ungxu-root')?.shadowRoot as ShadowRoot;
  return { app, allow, hints, shadow };
}

async function typeInto(el: HTMLTextAreaElement, text: string) {
  el.focus();
  el.value = text;
  el.setSelectionRange(text.length, text.length);
  el.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await vi.waitFor(() => new Promise((ok) => setTimeout(ok, 5)));
}

/** One textarea with `text` typed into it: once its badge shows, the badge is clicked to open the card. */
async function openCard(text: string, config: Partial<ContentConfig> = {}) {
  document.body.innerHTML = '<textarea id="a"></textarea>';
  const started = start(config);
  const { shadow } = started;
  const ta = document.getElementById('a') as HTMLTextAreaElement;
  await typeInto(ta, text);
  await vi.waitFor(() => expect(shadow().querySelector('[data-ungxu="badge"]')).not.toBeNull());
  shadow().querySelector<HTMLButtonElement>('[data-ungxu="badge"]')?.click();
  const card = shadow().querySelector<HTMLElement>('[data-ungxu="card"]') as HTMLElement;
  return { ...started, ta, card };
}

describe('content app', () => {
  it('one badge per box with findings, data-count equal to its findings; statistics get counts only', async () => {
    document.body.innerHTML = '<textarea id="a"></textarea><textarea id="b"></textarea>';
    const { shadow, hints } = start();
    await typeInto(document.getElementById('a') as HTMLTextAreaElement, 'đồ ngốc, thật là đồ ngốc');
    await typeInto(document.getElementById('b') as HTMLTextAreaElement, 'xin chào');
    await vi.waitFor(() => expect(shadow().querySelectorAll('[data-ungxu="badge"]')).toHaveLength(1));
    expect(shadow().querySelector<HTMLElement>('[data-ungxu="badge"]')?.dataset.count).toBe('2');
    expect(hints).toHaveBeenCalledWith({ insult: 1 });
  });

  it('the card shows message, clause and the replacement in Vietnamese; Esc closes and refocuses the box', async () => {
    const { shadow, ta, card } = await openCard('Anh là đồ ngốc');
    expect(card.textContent).toContain('Lời lẽ xúc phạm.');
    expect(card.textContent).toContain('Điều 4.6');
    expect(card.querySelector('[data-action="apply"]')?.textContent).toBe('Thay bằng “bạn chưa đúng”');
    expect(card.querySelector('[data-action="ignore-once"]')).not.toBeNull();
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect(shadow().querySelector('[data-ungxu="card"]')).toBeNull());
    expect(document.activeElement).toBe(ta);
    expect(ta.selectionStart).toBe(ta.value.length);
  });

  it('the card names the words underlined with the hint (whom it is aimed at), and the badge counts one hint', async () => {
    const { shadow, card } = await openCard('Thằng đó là đồ ngốc');
    expect(shadow().querySelector<HTMLElement>('[data-ungxu="badge"]')?.dataset.count).toBe('1');
    expect(card.querySelector('.related')?.textContent).toBe('Gạch chân cùng: “Thằng”');
  });

  it('ignore once hides that occurrence only, even when another differs just in case', async () => {
    document.body.innerHTML = '<textarea id="a"></textarea>';
    const { app, shadow } = start();
    await typeInto(document.getElementById('a') as HTMLTextAreaElement, 'Đồ ngốc. Anh đúng là đồ ngốc');
    await vi.waitFor(() =>
      expect(shadow().querySelector<HTMLElement>('[data-ungxu="badge"]')?.dataset.count).toBe('2'),
    );
    const session = app.sessions()[0];
    const first = session?.findings[0];
    expect(first?.matched).toBe('Đồ ngốc');
    if (first) session?.ignoreOnce(first);
    await vi.waitFor(() =>
      expect(shadow().querySelector<HTMLElement>('[data-ungxu="badge"]')?.dataset.count).toBe('1'),
    );
    expect(session?.findings.map((f) => f.matched)).toEqual(['đồ ngốc']);
  });

  it('a personal-data hint offers ignore once but not "always ignore" (the allow-list syncs: it would store the number)', async () => {
    const { card, allow, app } = await openCard('CCCD của tôi là 012345678901');
    expect(card.textContent).toContain('Số định danh cá nhân.');
    expect(card.querySelector('[data-action="ignore-once"]')).not.toBeNull();
    expect(card.querySelector('[data-action="ignore-always"]')).toBeNull();
    expect(allow).not.toHaveBeenCalled();
    expect(app.sessions()[0]?.findings[0]?.matched).toBe('012345678901');
  });

  it('pinned (agency) hints offer no ignore actions and name the agency', async () => {
    const { card } = await openCard('gửi hồ sơ mật cho bạn', {
      agency: { name: 'Sở Thử Nghiệm', contact: 'it@so.gov.vn' },
    });
    expect(card.textContent).toContain('Quy định của Sở Thử Nghiệm');
    expect(card.textContent).toContain('it@so.gov.vn');
    expect(card.querySelector('[data-action^="ignore"]')).toBeNull();
  });

  it('always ignore hides the word at once and hands it to the shared allow-list', async () => {
    const { shadow, allow, card } = await openCard('đồ ngốc');
    card.querySelector<HTMLButtonElement>('[data-action="ignore-always"]')?.click();
    await vi.waitFor(() => expect(shadow().querySelector('[data-ungxu="badge"]')).toBeNull());
    expect(allow).toHaveBeenCalledWith('đồ ngốc');
  });

  it('speaks English when the UI language is English', async () => {
    const { card } = await openCard('đồ ngốc', { uiLang: 'en' });
    expect(card.textContent).toContain('Insulting words.');
    expect(card.textContent).toContain('Article 4.6');
  });

  it('switched off for the site: no boxes attached; aborting removes <ungxu-root>', async () => {
    document.body.innerHTML = '<textarea id="a"></textarea>';
    const { app } = start({ enabled: false });
    expect(app.sessions()).toHaveLength(0);
    ac.abort();
    expect(document.querySelector('ungxu-root')).toBeNull();
  });
});
