// The "Bộ quy tắc" page in happy-dom: every clause of Điều 3–6 with its examples in both languages,
// anchors that clauseUrl() points at, the hash-targeted clause highlighted on load and on hashchange,
// and the account section's links.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CodePage } from '../../entrypoints/code/CodePage';
import { EXAMPLES } from '../../entrypoints/code/examples';
import { browserLang } from '../../entrypoints/code/lang';
import { accountHelpUrl, clauseAnchor, clauseUrl, targetFromHash } from '../../entrypoints/code/url';
import { ARTICLE_TITLES, ARTICLES, CLAUSES } from '../../rules/clauses';
import { prefsItem } from '../../settings/items';

let root: HTMLElement;
const text = () => root.textContent ?? '';
const byAnchor = (id: string) => document.getElementById(clauseAnchor(id) ?? '');
const button = (label: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === label) as HTMLButtonElement;

/** Puts the page at an address without a navigation (and without a hashchange event). */
const at = (path: string) => history.replaceState(null, '', path);

/** Renders and flushes effects, so the hashchange listener and focus are in place before asserting. */
const mount = (props: Parameters<typeof CodePage>[0] = {}) =>
  act(() => render(<CodePage {...props} />, root));

beforeEach(() => {
  fakeBrowser.reset();
  at('/code.html');
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('clauses in both languages', () => {
  it('shows every clause of Điều 3–6 with its rule, plain words and both examples in Vietnamese', () => {
    mount({ initialLang: 'vi' });
    for (const article of ARTICLES) expect(text()).toContain(ARTICLE_TITLES[article].vi);
    for (const c of CLAUSES) {
      const block = byAnchor(c.id);
      expect(block?.textContent, c.id).toContain(c.title.vi);
      expect(block?.textContent, c.id).toContain(c.text.vi);
      expect(block?.textContent, c.id).toContain(EXAMPLES[c.id]?.plain.vi);
      expect(block?.textContent, c.id).toContain(EXAMPLES[c.id]?.good.vi);
      expect(block?.textContent, c.id).toContain(EXAMPLES[c.id]?.bad.vi);
    }
  });

  it('the language switch turns every clause and example into English, and back', async () => {
    mount({ initialLang: 'vi' });
    expect(button('English').getAttribute('aria-pressed')).toBe('false');
    act(() => button('English').click());
    await vi.waitFor(() => expect(button('English').getAttribute('aria-pressed')).toBe('true'));
    for (const article of ARTICLES) expect(text()).toContain(ARTICLE_TITLES[article].en);
    for (const c of CLAUSES) {
      const block = byAnchor(c.id)?.textContent ?? '';
      expect(block, c.id).toContain(c.title.en);
      expect(block, c.id).toContain(EXAMPLES[c.id]?.good.en);
      expect(block, c.id).toContain(EXAMPLES[c.id]?.bad.en);
      expect(block, c.id).not.toContain(c.title.vi);
    }
    expect(document.documentElement.lang).toBe('en');
    act(() => button('Tiếng Việt').click());
    await vi.waitFor(() => expect(byAnchor('4.5')?.textContent).toContain(EXAMPLES['4.5']?.bad.vi));
    expect(document.documentElement.lang).toBe('vi');
  });

  it('headings go h1 → h2 (articles, account) → h3 (clauses), one h3 per clause', () => {
    mount({ initialLang: 'vi' });
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    for (const c of CLAUSES) expect(byAnchor(c.id)?.querySelector('h3')?.textContent).toContain(c.title.vi);
    const articleHeadings = [...root.querySelectorAll('section.article > h2')].map((h) => h.textContent);
    expect(articleHeadings).toHaveLength(ARTICLES.length);
  });
});

describe('anchors and clauseUrl', () => {
  it('clauseUrl builds a relative extension URL with a dash anchor', () => {
    expect(clauseUrl('4.5')).toBe('/code.html#clause-4-5');
    expect(clauseUrl('6.3', 'en')).toBe('/code.html?lang=en#clause-6-3');
    expect(clauseUrl('not a clause')).toBe('/code.html');
    expect(accountHelpUrl()).toBe('/code.html#account');
  });

  it('every clause has an element at the anchor its clauseUrl points to', () => {
    mount({ initialLang: 'vi' });
    for (const c of CLAUSES) {
      const hash = new URL(clauseUrl(c.id), 'chrome-extension://test/').hash;
      const el = document.getElementById(hash.slice(1));
      expect(el, c.id).not.toBeNull();
      expect(el?.getAttribute('data-clause')).toBe(c.id);
    }
  });

  it('accepts the dotted form of a hash as well as the dashed one', () => {
    expect(targetFromHash('#clause-4.5')).toBe('clause-4-5');
    expect(targetFromHash('#clause-4-5')).toBe('clause-4-5');
    expect(targetFromHash('#account')).toBe('account');
    expect(targetFromHash('#main')).toBeNull();
  });
});

describe('the targeted clause', () => {
  it('is highlighted and focused when the page opens at its hash', async () => {
    at(clauseUrl('4.5'));
    mount({ initialLang: 'vi' });
    expect(byAnchor('4.5')?.classList.contains('is-target')).toBe(true);
    expect(root.querySelectorAll('.is-target')).toHaveLength(1);
    await vi.waitFor(() => expect(document.activeElement).toBe(byAnchor('4.5')));
  });

  it('opens at a dotted hash too (#clause-4.8)', () => {
    at('/code.html#clause-4.8');
    mount({ initialLang: 'vi' });
    expect(byAnchor('4.8')?.classList.contains('is-target')).toBe(true);
  });

  it('moves when the hash changes (a second hint card, a table-of-contents link)', async () => {
    at(clauseUrl('4.5'));
    mount({ initialLang: 'vi' });
    location.hash = '#clause-6-3';
    await vi.waitFor(() => expect(byAnchor('6.3')?.classList.contains('is-target')).toBe(true));
    expect(byAnchor('4.5')?.classList.contains('is-target')).toBe(false);
    await vi.waitFor(() => expect(document.activeElement).toBe(byAnchor('6.3')));
  });

  it('highlights nothing without a hash', () => {
    mount({ initialLang: 'vi' });
    expect(root.querySelectorAll('.is-target')).toHaveLength(0);
  });
});

describe('account section', () => {
  it('explains securing the account and links to Facebook, Zalo and the national warning portal', () => {
    at(accountHelpUrl());
    mount({ initialLang: 'vi' });
    const section = document.getElementById('account');
    expect(section?.classList.contains('is-target')).toBe(true);
    expect(section?.querySelector('h2')?.textContent).toBe('Khi tài khoản bị mất hoặc bị giả mạo');
    expect(section?.textContent).toContain('xác thực hai lớp');
    const hrefs = [...(section?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        'https://www.facebook.com/hacked',
        'https://www.facebook.com/help/174210519303259',
        'https://help.zalo.me',
        'https://canhbao.khonggianmang.gov.vn',
      ]),
    );
    for (const a of section?.querySelectorAll('a[href^="https:"]') ?? []) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toContain('noopener');
      expect(a.textContent).toBe(a.getAttribute('href')?.replace(/^https:\/\/(www\.)?/, ''));
    }
  });

  it('is in English after the switch, and clauses 4.3 and 6.2 link to it', async () => {
    mount({ initialLang: 'vi' });
    for (const id of ['4.3', '6.2']) {
      expect(byAnchor(id)?.querySelector('a[href="#account"]'), id).not.toBeNull();
    }
    act(() => button('English').click());
    await vi.waitFor(() =>
      expect(document.getElementById('account')?.querySelector('h2')?.textContent).toBe(
        'When an account is lost or impersonated',
      ),
    );
    expect(document.getElementById('account')?.textContent).toContain('two-factor authentication');
  });
});

describe('language on arrival', () => {
  it('follows the browser: Vietnamese for vi-*, English otherwise', () => {
    expect(browserLang({ language: 'vi-VN' })).toBe('vi');
    expect(browserLang({ language: 'en-GB' })).toBe('en');
    expect(browserLang({ language: 'fr' })).toBe('en');
  });

  it('opens in the browser language when neither the link nor the popup names one', async () => {
    mount();
    // happy-dom's navigator says en-US; fakeBrowser has no i18n, so navigator.language decides.
    expect(button('English').getAttribute('aria-pressed')).toBe('true');
    expect(byAnchor('4.5')?.textContent).toContain('No hate or discrimination');
  });

  it("uses the popup's language setting when the link did not name one", async () => {
    await prefsItem.setValue({ uiLang: 'vi' });
    mount();
    await vi.waitFor(() => {
      expect(byAnchor('4.5')?.textContent).toContain('Không gây thù hận');
      expect(document.documentElement.lang).toBe('vi');
    });
  });

  it("a ?lang= from the hint card wins: the popup's setting is not even read", () => {
    const read = vi.spyOn(prefsItem, 'getValue');
    at(clauseUrl('4.5', 'vi'));
    mount();
    expect(read).not.toHaveBeenCalled();
    expect(button('Tiếng Việt').getAttribute('aria-pressed')).toBe('true');
    expect(byAnchor('4.5')?.textContent).toContain('Không gây thù hận');
    read.mockRestore();
  });
});

describe('safety of the page source', () => {
  // Every string is rendered as text; markup from data would be a way in for a crafted ruleset later.
  it('never uses innerHTML, dangerouslySetInnerHTML or a remote resource', () => {
    const dir = join(__dirname, '../../entrypoints/code');
    for (const file of readdirSync(dir)) {
      const src = readFileSync(join(dir, file), 'utf8');
      expect(src, file).not.toMatch(/innerHTML|dangerouslySetInnerHTML|fetch\(|XMLHttpRequest|@import|url\(/);
      if (file.endsWith('.html') || file.endsWith('.css')) expect(src, file).not.toMatch(/https?:\/\//);
    }
  });
});
