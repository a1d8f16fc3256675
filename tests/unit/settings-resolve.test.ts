// resolveSettings: managed values win and are marked locked; the user's choices fill the rest.
import { describe, expect, it } from 'vitest';
import type { Ruleset } from '../../rules/types';
import { applyPolicy } from '../../settings/policy';
import {
  agencyRuleset,
  contentEnabled,
  isBuiltinSite,
  resolveSettings,
  siteSetting,
  type UserState,
} from '../../settings/resolve';
import { NO_POLICY, type PolicyState } from '../../settings/types';
import { BUILTIN_HOSTS } from '../../sites';
import { saoMai } from '../fixtures/rulesets';

const codename = saoMai('agency-internal-codename');

const agencyRules: Ruleset = {
  name: 'Sở Thử Nghiệm — quy tắc nội bộ',
  version: '3',
  rules: [codename],
  disable: ['illegal-ads'],
};

const policy = (raw: Record<string, unknown>): PolicyState => applyPolicy(raw, NO_POLICY);
const user = (over: Partial<UserState> = {}): UserState => ({ prefs: {}, allowList: [], ...over });

describe('resolveSettings precedence', () => {
  it('without policy, defaults apply and nothing is locked', () => {
    const { checkerOptions, view } = resolveSettings(NO_POLICY, user());
    expect(checkerOptions).toEqual({
      profile: 'citizen',
      disabledCategories: [],
      allowList: [],
      sensitivity: 'balanced',
    });
    expect(view.profile).toEqual({ value: 'citizen', source: 'default', locked: false });
    expect(Object.values(view.categories).every((c) => c.value && !c.locked)).toBe(true);
    expect(view.agency).toBeUndefined();
  });

  it("the user's choices apply when no policy sets them", () => {
    const u = user({
      prefs: { profile: 'civil-servant', sensitivity: 'fewer', disabledCategories: ['vulgar'] },
    });
    const { checkerOptions, view } = resolveSettings(NO_POLICY, u);
    expect(checkerOptions.profile).toBe('civil-servant');
    expect(checkerOptions.sensitivity).toBe('fewer');
    expect(view.sensitivity).toEqual({ value: 'fewer', source: 'user', locked: false });
    expect(checkerOptions.disabledCategories).toEqual(['vulgar']);
    expect(view.profile.source).toBe('user');
    expect(view.categories.vulgar).toEqual({ value: false, source: 'user', locked: false });
  });

  it('managed values win over the user and are marked locked', () => {
    const p = policy({ AgencyName: 'Sở Thử Nghiệm', Profile: 'civil-servant', NudgeLevel: 'medium' });
    const u = user({ prefs: { profile: 'citizen', nudgeLevel: 'off' } });
    const { checkerOptions, view } = resolveSettings(p, u);
    expect(checkerOptions.profile).toBe('civil-servant');
    expect(view.profile).toEqual({ value: 'civil-servant', source: 'policy', locked: true });
    expect(view.nudgeLevel).toEqual({ value: 'medium', source: 'policy', locked: true });
    expect(view.agency).toEqual({ name: 'Sở Thử Nghiệm' });
  });

  it('Sensitivity locks the three-way choice; the older ShowLowSeverity still locks it (false = fewer)', () => {
    const u = user({ prefs: { sensitivity: 'more' } });
    const locked = resolveSettings(policy({ Sensitivity: 'fewer' }), u);
    expect(locked.view.sensitivity).toEqual({ value: 'fewer', source: 'policy', locked: true });
    expect(locked.checkerOptions.sensitivity).toBe('fewer');
    const legacy = resolveSettings(policy({ ShowLowSeverity: false }), u);
    expect(legacy.view.sensitivity).toEqual({ value: 'fewer', source: 'policy', locked: true });
    const both = resolveSettings(policy({ Sensitivity: 'more', ShowLowSeverity: false }), u);
    expect(both.view.sensitivity.value).toBe('more');
  });

  it('a locked category stays on even if the user switched it off', () => {
    const p = policy({ LockedCategories: ['privacy', 'confidential'] });
    const u = user({ prefs: { disabledCategories: ['privacy', 'vulgar'] } });
    const { checkerOptions, view } = resolveSettings(p, u);
    expect(view.categories.privacy).toEqual({ value: true, source: 'policy', locked: true });
    expect(checkerOptions.disabledCategories).toEqual(['vulgar']);
    expect(checkerOptions.agency?.lockCategories).toEqual(['privacy', 'confidential']);
  });

  it('the pinned ruleset goes into CheckerOptions.agency, its disabled categories show locked off', () => {
    const p = policy({ PinnedRuleset: agencyRules, LockedCategories: ['confidential'] });
    const { checkerOptions, view } = resolveSettings(p, user({ allowList: ['sao mai'] }));
    expect(checkerOptions.agency?.rules?.map((r) => r.id)).toEqual(['agency-internal-codename']);
    expect(checkerOptions.agency?.lockCategories).toEqual(['confidential']);
    expect(view.agencyRuleset).toMatchObject({
      name: agencyRules.name,
      rules: 1,
      messages: [{ vi: 'Tên dự án nội bộ', en: 'Internal project name' }],
    });
    expect(view.categories['illegal-ads']).toEqual({ value: false, source: 'policy', locked: true });
    // The allow-list is handed to the engine, which skips it for pinned (agency) findings.
    expect(checkerOptions.allowList).toEqual(['sao mai']);
  });

  it('AllowUserRulesets false keeps the imported ruleset out of the checker and locks import', () => {
    const mine: Ruleset = { name: 'Của tôi', rules: [] };
    const open = resolveSettings(NO_POLICY, user({ userRuleset: mine }));
    expect(open.checkerOptions.user).toEqual(mine);
    const closed = resolveSettings(policy({ AllowUserRulesets: false }), user({ userRuleset: mine }));
    expect(closed.checkerOptions.user).toBeUndefined();
    expect(closed.view.allowUserRulesets).toEqual({ value: false, source: 'policy', locked: true });
    expect(closed.view.userRuleset?.active).toBe(false);
  });

  it('official domains from the policy reach the checker', () => {
    const { checkerOptions } = resolveSettings(policy({ OfficialDomains: ['thunghiem.gov.vn'] }), user());
    expect(checkerOptions.officialDomains).toEqual(['thunghiem.gov.vn']);
  });

  it('AgencyTopics reach the checker with the agency name and contact (Điều 5.3), and only when set', () => {
    const raw = { AgencyTopics: ['tuyển sinh'], AgencyName: 'Sở Thử Nghiệm', AgencyContact: '024 0000 0000' };
    expect(resolveSettings(policy(raw), user()).checkerOptions.agencyTopics).toEqual({
      terms: ['tuyển sinh'],
      agency: 'Sở Thử Nghiệm',
      contact: '024 0000 0000',
    });
    expect(
      resolveSettings(policy({ AgencyName: 'Sở Thử Nghiệm' }), user()).checkerOptions.agencyTopics,
    ).toBeUndefined();
  });
});

describe('sites and pause', () => {
  it('built-in sites are on by default, others off, user switches override', () => {
    expect(siteSetting(NO_POLICY, {}, 'www.facebook.com').value).toBe(true);
    expect(siteSetting(NO_POLICY, {}, 'chat.zalo.me').value).toBe(true);
    expect(siteSetting(NO_POLICY, {}, 'example.org').value).toBe(false);
    expect(siteSetting(NO_POLICY, { sites: { 'facebook.com': false } }, 'www.facebook.com').value).toBe(
      false,
    );
    expect(siteSetting(NO_POLICY, { sites: { 'example.org': true } }, 'example.org')).toEqual({
      value: true,
      source: 'user',
      locked: false,
    });
  });

  it("on by default exactly where the manifest runs the script: the adapters' hosts, not every subdomain", () => {
    for (const host of BUILTIN_HOSTS) expect(siteSetting(NO_POLICY, {}, host).value).toBe(true);
    // The switch is stored without "www.", so the key counts as built-in too.
    expect(isBuiltinSite('facebook.com')).toBe(true);
    expect(siteSetting(NO_POLICY, {}, 'business.facebook.com').value).toBe(false);
    expect(siteSetting(NO_POLICY, {}, 'zalo.me').value).toBe(false);
  });

  it('policy EnabledSites force a site on, locked, even when paused', () => {
    const p = policy({ EnabledSites: ['facebook.com'] });
    const prefs = { paused: true, sites: { 'facebook.com': false } };
    expect(siteSetting(p, prefs, 'm.facebook.com')).toEqual({ value: true, source: 'policy', locked: true });
    const { view } = resolveSettings(p, user({ prefs }));
    expect(contentEnabled(p, prefs, view, 'm.facebook.com')).toBe(true);
    expect(contentEnabled(p, prefs, view, 'chat.zalo.me')).toBe(false);
  });

  it('AllowPause false locks the pause off', () => {
    const { view } = resolveSettings(policy({ AllowPause: false }), user({ prefs: { paused: true } }));
    expect(view.paused).toEqual({ value: false, source: 'policy', locked: true });
  });
});

describe('agencyRuleset', () => {
  it('combines inline and fetched rulesets, inline wins on id clashes', () => {
    const fetched: Ruleset = {
      name: 'Từ máy chủ',
      rules: [
        { ...codename, message: { vi: 'bản tải về', en: 'fetched copy' } },
        { ...codename, id: 'agency-second' },
      ],
    };
    const state: PolicyState = {
      ...policy({ PinnedRuleset: agencyRules }),
      remote: { url: 'https://x.test/r.json', sha256: 'a'.repeat(64), ruleset: fetched, fetchedAt: 1 },
    };
    const merged = agencyRuleset(state);
    expect(merged?.rules?.map((r) => r.id)).toEqual(['agency-internal-codename', 'agency-second']);
    expect(merged?.rules?.[0]?.message.en).toBe('Internal project name');
    expect(merged?.name).toBe(agencyRules.name);
  });
});
