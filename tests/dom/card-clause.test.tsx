// From a hint to its clause, in happy-dom: every hint card names its clause as a keyboard-operable link
// that asks the background to open the "Bộ quy tắc" page there; guidance (info) cards read calm; the
// popup links to the page and to each category's clauses.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { CategorySection } from '../../components/CategorySection';
import { I18n, makeT } from '../../components/i18n';
import { PrivacySection } from '../../components/PrivacySection';
import background from '../../entrypoints/background';
import { startApp } from '../../entrypoints/content/app';
import { Card, type CardProps } from '../../entrypoints/content/ui/card';
import { isOpenCodeMessage, openCodeTab } from '../../entrypoints/content/ui/open-code';
import { SEVERITY_COLOURS } from '../../entrypoints/content/ui/styles';
import { createChecker } from '../../rules';
import { CATEGORIES, type Finding } from '../../rules/types';
import type { Setting } from '../../settings/resolve';
import { cardProps, finding } from '../fixtures/card';

const EXT = `chrome-extension://${fakeBrowser.runtime.id}`;

const CONTACT = 'tuyensinh@so-gd.example.gov.vn';
/** One finding of each kind a card can show: built-in, pinned agency rule, and both guidance rules. */
const FINDINGS: Finding[] = [
  finding({ ruleId: 'insult-x', clause: '4.6' }),
  finding({ ruleId: 'hate-x', category: 'hate', severity: 'high', clause: '4.5' }),
  finding({ ruleId: 'agency-x', category: 'confidential', severity: 'high', clause: '5.2', pinned: true }),
  finding({
    ruleId: 'agency-topic-report',
    category: 'agency-topic',
    severity: 'info',
    clause: '5.3',
    source: 'agency',
    pinned: true,
    message: {
      vi: `Hãy báo cho cơ quan (liên hệ: ${CONTACT}).`,
      en: `Tell your agency (contact: ${CONTACT}).`,
    },
  }),
  finding({
    ruleId: 'official-source-figures',
    category: 'official-source',
    severity: 'info',
    clause: '6.3',
  }),
];

/** The real background entrypoint; the fake browser lacks permission events, which it only listens to. */
function startBackground() {
  vi.spyOn(browser.permissions.onAdded, 'addListener').mockImplementation(() => {});
  vi.spyOn(browser.permissions.onRemoved, 'addListener').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  background.main();
}

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function mountCard(index: number, over: Partial<CardProps> = {}) {
  const props = cardProps(FINDINGS, {
    index,
    agency: { name: 'Sở Giáo dục (thử)', contact: CONTACT },
    ...over,
  });
  act(() => render(<Card {...props} />, root));
  const card = root.querySelector<HTMLElement>('[data-ungxu="card"]') as HTMLElement;
  const link = card.querySelector<HTMLButtonElement>('[data-action="open-clause"]') as HTMLButtonElement;
  return { card, link, props };
}

describe('clause link on every card', () => {
  it.each(FINDINGS.map((f, i) => [f.ruleId, i] as const))(
    '%s: the label "Điều <clause>" is a button whose name starts with it, and it opens that clause',
    (_id, i) => {
      const onOpenClause = vi.fn();
      const { link } = mountCard(i, { onOpenClause });
      const f = FINDINGS[i] as Finding;
      expect(link.tagName).toBe('BUTTON');
      expect(link.textContent).toBe(`Điều ${f.clause}`);
      expect(link.getAttribute('aria-label')?.startsWith(`Điều ${f.clause}`)).toBe(true);
      link.click();
      expect(onOpenClause).toHaveBeenCalledWith(f, 'vi');
    },
  );

  it('in English the label reads "Article <clause>"', () => {
    const { link } = mountCard(3, { lang: 'en' });
    expect(link.textContent).toBe('Article 5.3');
  });

  it('by default the click messages the background, which opens code.html at the clause in a new tab', async () => {
    startBackground();
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    const create = vi.spyOn(browser.tabs, 'create');
    mountCard(3, { lang: 'en' }).link.click();
    expect(send).toHaveBeenCalledWith({ type: 'ungxu:open-code', clause: '5.3', lang: 'en' });
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0]?.[0]).toEqual({ url: `${EXT}/code.html?lang=en#clause-5-3` });
  });
});

describe('the background side', () => {
  it('ignores forged or malformed messages (only a clause id of the Code opens anything)', () => {
    expect(isOpenCodeMessage({ type: 'ungxu:open-code', clause: '5.3', lang: 'vi' })).toBe(true);
    expect(isOpenCodeMessage({ type: 'ungxu:open-code', clause: 'https://evil.example', lang: 'vi' })).toBe(
      false,
    );
    expect(isOpenCodeMessage({ type: 'ungxu:open-code', clause: '5.3', lang: 'fr' })).toBe(false);
    expect(isOpenCodeMessage({ type: 'ungxu:hints', clause: '5.3', lang: 'vi' })).toBe(false);
    expect(isOpenCodeMessage(null)).toBe(false);
  });

  it('opens the page right after the tab the card was in', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    await openCodeTab(
      { type: 'ungxu:open-code', clause: '4.8', lang: 'vi' },
      { id: 7, index: 2, windowId: 3 },
    );
    expect(create).toHaveBeenCalledWith({
      url: `${EXT}/code.html?lang=vi#clause-4-8`,
      index: 3,
      openerTabId: 7,
      windowId: 3,
    });
  });
});

describe('guidance cards are calm', () => {
  it('the agency-topic reminder: teal accent, "Lưu ý", a reminder (not "cannot be ignored"), contact once, no ignore', () => {
    const { card } = mountCard(3);
    expect(card.style.getPropertyValue('--c')).toBe(SEVERITY_COLOURS.info);
    expect(card.dataset.severity).toBe('info');
    expect(card.querySelector('.cat')?.textContent).toBe('Lưu ý · Lĩnh vực của cơ quan');
    const text = card.textContent ?? '';
    expect(text).toContain('Lời nhắc của Sở Giáo dục (thử).');
    expect(text).not.toContain('không thể bỏ qua');
    expect(text.split(CONTACT)).toHaveLength(2);
    expect(card.querySelector('[data-action^="ignore"]')).toBeNull();
  });

  it('the agency contact is added as text when the message does not carry it', () => {
    const { card } = mountCard(3, {
      findings: FINDINGS.map((f) =>
        f.clause === '5.3' ? { ...f, message: { vi: 'Hãy báo.', en: 'Tell.' } } : f,
      ),
    });
    expect(card.textContent).toContain(`Liên hệ: ${CONTACT}`);
  });

  it('a pinned breach still says it cannot be ignored, in its severity colour', () => {
    const { card } = mountCard(2);
    expect(card.style.getPropertyValue('--c')).toBe(SEVERITY_COLOURS.high);
    expect(card.textContent).toContain('Quy định của Sở Giáo dục (thử) — không thể bỏ qua.');
    expect(card.querySelector('.cat')?.textContent).not.toContain('Lưu ý');
  });

  it('unpinned guidance (official source) keeps its ignore actions', () => {
    const { card } = mountCard(4);
    expect(card.style.getPropertyValue('--c')).toBe(SEVERITY_COLOURS.info);
    expect(card.querySelectorAll('[data-action^="ignore"]')).toHaveLength(2);
  });
});

describe('through the content app with the real checker and a civil-servant policy', () => {
  it('"Học phí năm nay tăng à?" gets the Điều 5.3 card, and its clause link opens clause-5-3', async () => {
    startBackground();
    const create = vi.spyOn(browser.tabs, 'create');
    const ac = new AbortController();
    document.body.innerHTML = '<textarea id="a"></textarea>';
    startApp({
      doc: document,
      signal: ac.signal,
      createChecker,
      watchConfig: (cb) => {
        cb({
          enabled: true,
          uiLang: 'vi',
          nudgeLevel: 'high',
          agency: { name: 'Sở Giáo dục (thử)', contact: CONTACT },
          checkerOptions: {
            profile: 'civil-servant',
            agencyTopics: { terms: ['tuyển sinh', 'học phí'], agency: 'Sở Giáo dục (thử)', contact: CONTACT },
          },
        });
        return () => {};
      },
      addToAllowList: async () => {},
      debounceMs: 0,
    });
    const ta = document.getElementById('a') as HTMLTextAreaElement;
    ta.focus();
    ta.value = 'Học phí năm nay tăng à?';
    ta.dispatchEvent(new InputEvent('input', { bubbles: true }));
    const shadow = () => document.querySelector('ungxu-root')?.shadowRoot as ShadowRoot;
    await vi.waitFor(() => expect(shadow().querySelector('[data-ungxu="badge"]')).not.toBeNull());
    shadow().querySelector<HTMLButtonElement>('[data-ungxu="badge"]')?.click();
    const card = shadow().querySelector<HTMLElement>('[data-ungxu="card"]') as HTMLElement;
    expect(card.dataset.category).toBe('agency-topic');
    expect(card.textContent).toContain(CONTACT);
    const link = card.querySelector<HTMLButtonElement>('[data-action="open-clause"]') as HTMLButtonElement;
    expect(link.textContent).toBe('Điều 5.3');
    link.click();
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0]?.[0]).toMatchObject({ url: `${EXT}/code.html?lang=vi#clause-5-3` });
    ac.abort();
  });
});

describe('popup links to the Code', () => {
  const on: Setting<boolean> = { value: true, locked: false } as Setting<boolean>;
  const mountPopup = (lang: 'vi' | 'en', node: preact.ComponentChild) =>
    act(() => render(<I18n.Provider value={{ t: makeT(lang), lang }}>{node}</I18n.Provider>, root));

  it('each category names its clauses as links to their anchors, in the popup language, in a new tab', () => {
    const categories = Object.fromEntries(CATEGORIES.map((c) => [c, on])) as Record<
      (typeof CATEGORIES)[number],
      Setting<boolean>
    >;
    mountPopup('vi', <CategorySection categories={categories} onChange={() => {}} />);
    const links = (c: string) => [
      ...(root.querySelector(`input[name="cat-${c}"]`)?.parentElement?.querySelectorAll('a') ?? []),
    ];
    expect(links('hate').map((a) => a.getAttribute('href'))).toEqual(['/code.html?lang=vi#clause-4-5']);
    expect(links('unverified').map((a) => a.getAttribute('href'))).toEqual([
      '/code.html?lang=vi#clause-4-4',
      '/code.html?lang=vi#clause-4-6',
    ]);
    expect(links('privacy')[1]?.textContent).toBe('Điều 4.8 (mở tab mới)');
    for (const c of CATEGORIES) {
      expect(links(c).length).toBeGreaterThan(0);
      for (const a of links(c)) expect(a.getAttribute('target')).toBe('_blank');
    }
  });

  it('the privacy section links to the Code page in both languages', () => {
    mountPopup('vi', <PrivacySection />);
    let a = root.querySelector('[data-testid="code-link"] a') as HTMLAnchorElement;
    expect(a.getAttribute('href')).toBe('/code.html?lang=vi');
    expect(a.textContent).toContain('Bộ quy tắc ứng xử');
    mountPopup('en', <PrivacySection />);
    a = root.querySelector('[data-testid="code-link"] a') as HTMLAnchorElement;
    expect(a.getAttribute('href')).toBe('/code.html?lang=en');
    expect(a.textContent).toContain('Code of Conduct');
  });
});
