// The popup against WXT's fake browser: policy appearing, changing and disappearing in storage.managed
// (through the background's own policy sync), user switches, import errors and the language switch.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { App } from '../../entrypoints/popup/App';
import { allowListItem, prefsItem, userRulesetItem } from '../../settings/items';
import { createPolicySync, followManagedPolicy } from '../../settings/policy-sync';

const pinned = {
  name: 'Quy tắc Sở Thử Nghiệm',
  version: '1',
  rules: [
    {
      id: 'agency-codename-sao-mai',
      kind: 'terms',
      category: 'confidential',
      severity: 'high',
      clause: '5.2',
      terms: ['dự án sao mai'],
      message: { vi: 'Tên dự án nội bộ, không đăng công khai', en: 'Internal project name, do not post' },
    },
  ],
};

let root: HTMLElement;
const $ = <E extends Element = HTMLElement>(sel: string) => root.querySelector<E>(sel);
const text = () => root.textContent ?? '';
const input = (name: string) => $<HTMLInputElement>(`input[name="${name}"]`);

beforeEach(async () => {
  fakeBrowser.reset();
  followManagedPolicy(createPolicySync(async () => new Response('', { status: 404 })));
  root = document.createElement('div');
  document.body.append(root);
  render(<App host={Promise.resolve('www.facebook.com')} />, root);
  await vi.waitFor(() => expect(input('site')).not.toBeNull());
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup without policy', () => {
  it('shows the current site on and nothing locked', () => {
    expect(input('site')?.checked).toBe(true);
    expect(text()).toContain('Gợi ý trên www.facebook.com');
    expect(text()).not.toContain('Do cơ quan của bạn thiết lập');
    expect($('[data-testid="agency-banner"]')).toBeNull();
    expect(root.querySelectorAll('input:disabled')).toHaveLength(0);
  });

  it('switching a category off writes the user preference', async () => {
    input('cat-vulgar')?.click();
    await vi.waitFor(async () => expect((await prefsItem.getValue()).disabledCategories).toEqual(['vulgar']));
    await vi.waitFor(() => expect(input('cat-vulgar')?.checked).toBe(false));
  });

  it('choosing a profile and the nudge level saves them', async () => {
    root.querySelector<HTMLInputElement>('input[name="profile"][value="civil-servant"]')?.click();
    root.querySelector<HTMLInputElement>('input[name="nudge"][value="medium"]')?.click();
    await vi.waitFor(async () =>
      expect(await prefsItem.getValue()).toMatchObject({ profile: 'civil-servant', nudgeLevel: 'medium' }),
    );
  });

  it('the sensitivity is a three-way choice, balanced by default; choosing one saves it', async () => {
    const choices = [...root.querySelectorAll<HTMLInputElement>('input[name="sensitivity"]')];
    expect(choices.map((c) => c.value)).toEqual(['fewer', 'balanced', 'more']);
    expect(root.querySelector('input[name="sensitivity"]:checked')?.getAttribute('value')).toBe('balanced');
    expect(text()).toContain('Nhiều gợi ý hơn');
    root.querySelector<HTMLInputElement>('input[name="sensitivity"][value="more"]')?.click();
    await vi.waitFor(async () => expect((await prefsItem.getValue()).sensitivity).toBe('more'));
  });

  it('an agency can lock the sensitivity (policy key Sensitivity)', async () => {
    await fakeBrowser.storage.managed.set({ Sensitivity: 'fewer' });
    await vi.waitFor(() =>
      expect(
        root.querySelector<HTMLFieldSetElement>('fieldset:has(input[name="sensitivity"])')?.disabled,
      ).toBe(true),
    );
    expect(root.querySelector('input[name="sensitivity"]:checked')?.getAttribute('value')).toBe('fewer');
  });

  it('removing an allow-list word updates storage and the list', async () => {
    await allowListItem.setValue(['đỉnh', 'vãi']);
    await vi.waitFor(() => expect($('button[aria-label="Xóa “vãi”"]')).not.toBeNull());
    $('button[aria-label="Xóa “vãi”"]')?.click();
    await vi.waitFor(async () => expect(await allowListItem.getValue()).toEqual(['đỉnh']));
    await vi.waitFor(() => expect($('button[aria-label="Xóa “vãi”"]')).toBeNull());
  });

  it('the language switch changes the popup to English', async () => {
    const select = $<HTMLSelectElement>('select');
    if (!select) throw new Error('no language select');
    select.value = 'en';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(text()).toContain('Hints on www.facebook.com'));
    expect(text()).toContain('Privacy');
  });
});

describe('custom ruleset import', () => {
  const choose = (content: string) => {
    const file = new File([content], 'rules.json', { type: 'application/json' });
    const el = $<HTMLInputElement>('input[type="file"]');
    if (!el) throw new Error('no file input');
    Object.defineProperty(el, 'files', { value: [file], configurable: true });
    el.dispatchEvent(new Event('change', { bubbles: true }));
  };

  it('an invalid file lists every error with its path and changes nothing', async () => {
    choose(JSON.stringify({ rules: [{ id: 'Bad Id', kind: 'terms' }], lockCategories: ['hate'] }));
    await vi.waitFor(() => expect($('[data-testid="ruleset-errors"]')).not.toBeNull());
    const items = [...root.querySelectorAll('[data-testid="ruleset-errors"] li')].map((li) => li.textContent);
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.some((s) => s?.startsWith('lockCategories'))).toBe(true);
    expect(items.some((s) => s?.startsWith('rules[0]'))).toBe(true);
    expect(await userRulesetItem.getValue()).toBeNull();
  });

  it('a file above 1 MiB is refused before it is read, with its size', async () => {
    choose(' '.repeat(1024 * 1024 + 1));
    await vi.waitFor(() => expect($('[data-testid="ruleset-errors"]')).not.toBeNull());
    expect($('[data-testid="ruleset-errors"]')?.textContent).toContain('1048577 byte');
    expect(await userRulesetItem.getValue()).toBeNull();
  });

  it('a ruleset the storage refuses (quota) is reported, not lost in an uncaught error', async () => {
    const save = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES'));
    choose(JSON.stringify({ name: 'Bộ của tôi', rules: [{ ...pinned.rules[0], id: 'my-own-rule' }] }));
    await vi.waitFor(() =>
      expect($('[data-testid="ruleset-errors"]')?.textContent).toContain('Không lưu được'),
    );
    save.mockRestore();
  });

  it('a valid file is saved and shown; remove clears it', async () => {
    choose(JSON.stringify({ name: 'Bộ của tôi', rules: [{ ...pinned.rules[0], id: 'my-own-rule' }] }));
    await vi.waitFor(() =>
      expect($('[data-testid="user-ruleset"]')?.textContent).toContain('Bộ của tôi — 1 quy tắc'),
    );
    expect((await userRulesetItem.getValue())?.name).toBe('Bộ của tôi');
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Gỡ bỏ')?.click();
    await vi.waitFor(async () => expect(await userRulesetItem.getValue()).toBeNull());
  });
});

describe('agency policy in storage.managed', () => {
  it('appears: agency, pinned ruleset and locked controls show; changes and disappears live', async () => {
    await fakeBrowser.storage.managed.set({
      AgencyName: 'Sở Thử Nghiệm',
      AgencyContact: 'it@thunghiem.example',
      Profile: 'civil-servant',
      PinnedRuleset: pinned,
      LockedCategories: ['privacy', 'confidential'],
      AllowUserRulesets: false,
    });
    await vi.waitFor(() => expect(text()).toContain('Được quản lý bởi Sở Thử Nghiệm'));
    expect(text()).toContain('Liên hệ: it@thunghiem.example');
    expect($('[data-testid="agency-ruleset"]')?.textContent).toContain(
      'Tên dự án nội bộ, không đăng công khai',
    );
    expect(input('cat-privacy')?.disabled).toBe(true);
    expect(input('cat-vulgar')?.disabled).toBe(false);
    expect(root.querySelector<HTMLFieldSetElement>('fieldset:has(input[name="profile"])')?.disabled).toBe(
      true,
    );
    expect(root.querySelector('input[name="profile"]:checked')?.getAttribute('value')).toBe('civil-servant');
    expect($<HTMLInputElement>('input[type="file"]')?.disabled).toBe(true);
    expect(text()).toContain('Do cơ quan của bạn thiết lập');

    // Change: the nudge level gets locked while running.
    await fakeBrowser.storage.managed.set({ NudgeLevel: 'medium' });
    await vi.waitFor(() =>
      expect(root.querySelector<HTMLFieldSetElement>('fieldset:has(input[name="nudge"])')?.disabled).toBe(
        true,
      ),
    );
    expect(root.querySelector('input[name="nudge"]:checked')?.getAttribute('value')).toBe('medium');

    // Disappear: everything unlocks, the banner goes.
    await fakeBrowser.storage.managed.clear();
    await vi.waitFor(() => expect($('[data-testid="agency-banner"]')).toBeNull());
    expect(root.querySelectorAll('input:disabled')).toHaveLength(0);
  });

  it('a broken PinnedRuleset shows its errors and keeps the last good ruleset', async () => {
    await fakeBrowser.storage.managed.set({ AgencyName: 'Sở Thử Nghiệm', PinnedRuleset: pinned });
    await vi.waitFor(() => expect($('[data-testid="agency-ruleset"]')).not.toBeNull());
    const broken = { ...pinned, rules: [{ ...pinned.rules[0], severity: 'extreme' }] };
    await fakeBrowser.storage.managed.set({ PinnedRuleset: broken });
    await vi.waitFor(() =>
      expect($('[data-testid="policy-errors"]')?.textContent).toContain('PinnedRuleset.rules[0].severity'),
    );
    expect($('[data-testid="agency-ruleset"]')?.textContent).toContain(
      'Tên dự án nội bộ, không đăng công khai',
    );
  });
});
