// Turns the raw storage.managed object into a PolicyState. Chromium drops values that break
// managed_schema.json before the extension sees them (kept loose where a drop would unlock a setting),
// and Firefox's policies.json has no schema, so every key is checked here. A bad value never unlocks
// anything: the last good value stays (or, with none, the safest one), and the error says which.
import { MAX_RULESET_BYTES, tooLarge, utf8Length, validateRuleset } from '../rules/ruleset';
import {
  CATEGORIES,
  type Category,
  type LocalText,
  PROFILES,
  type Profile,
  SENSITIVITIES,
  type Sensitivity,
} from '../rules/types';
import { type ManagedPolicy, NUDGE_LEVELS, type PolicyError, type PolicyState } from './types';

const bad = (path: string, vi: string, en: string): PolicyError => ({ path, message: { vi, en } });

type Check<T> = (v: unknown) => v is T;
const isString: Check<string> = (v): v is string => typeof v === 'string' && v.trim() !== '';
const isBool: Check<boolean> = (v): v is boolean => typeof v === 'boolean';
const isStrings: Check<string[]> = (v): v is string[] => Array.isArray(v) && v.every(isString);
const oneOf =
  <T extends string>(list: readonly T[]): Check<T> =>
  (v): v is T =>
    typeof v === 'string' && (list as readonly string[]).includes(v);
const isCategories: Check<Category[]> = (v): v is Category[] =>
  Array.isArray(v) && v.every(oneOf(CATEGORIES));

/**
 * What a bad value falls back to when no earlier policy set a good one: what locks most (a typo in
 * LockedCategories locks every category; "false" as text for AllowUserRulesets means false).
 */
const SAFEST: Partial<Record<keyof ManagedPolicy, unknown>> = {
  lockedCategories: [...CATEGORIES],
  allowUserRulesets: false,
  allowPause: false,
};
/** Plain host names ("so-gd.example.gov.vn"): no scheme, path or wildcard (subdomains are included anyway). */
const isHosts: Check<string[]> = (v): v is string[] =>
  Array.isArray(v) &&
  v.every((h) => typeof h === 'string' && /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i.test(h));
const isSha256: Check<string> = (v): v is string => typeof v === 'string' && /^[0-9a-fA-F]{64}$/.test(v);
const isUrl: Check<string> = (v): v is string => {
  if (typeof v !== 'string') return false;
  try {
    return ['https:', 'http:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
};

/** Policy key → [field, check, what is expected (vi, en)]. */
const SCALARS: [string, keyof ManagedPolicy, Check<unknown>, LocalText][] = [
  ['AgencyName', 'agencyName', isString, { vi: 'một chuỗi không rỗng', en: 'a non-empty string' }],
  ['AgencyContact', 'agencyContact', isString, { vi: 'một chuỗi không rỗng', en: 'a non-empty string' }],
  ['Profile', 'profile', oneOf<Profile>(PROFILES), { vi: PROFILES.join(' | '), en: PROFILES.join(' | ') }],
  ['RulesetUrl', 'rulesetUrl', isUrl, { vi: 'một địa chỉ http(s)', en: 'an http(s) URL' }],
  ['RulesetSha256', 'rulesetSha256', isSha256, { vi: '64 chữ số hex', en: '64 hex digits' }],
  [
    'LockedCategories',
    'lockedCategories',
    isCategories,
    { vi: 'danh sách mã nhóm', en: 'a list of category ids' },
  ],
  ['NudgeLevel', 'nudgeLevel', oneOf(NUDGE_LEVELS), { vi: 'off | high | medium', en: 'off | high | medium' }],
  [
    'Sensitivity',
    'sensitivity',
    oneOf<Sensitivity>(SENSITIVITIES),
    { vi: SENSITIVITIES.join(' | '), en: SENSITIVITIES.join(' | ') },
  ],
  ['ShowLowSeverity', 'showLowSeverity', isBool, { vi: 'true hoặc false', en: 'true or false' }],
  [
    'EnabledSites',
    'enabledSites',
    isHosts,
    {
      vi: 'danh sách tên miền, ví dụ "example.gov.vn" (không có https://, đường dẫn hay *; tên miền con đã được tính)',
      en: 'a list of host names such as "example.gov.vn" (no https://, path or *; subdomains are included)',
    },
  ],
  ['AllowUserRulesets', 'allowUserRulesets', isBool, { vi: 'true hoặc false', en: 'true or false' }],
  ['AllowPause', 'allowPause', isBool, { vi: 'true hoặc false', en: 'true or false' }],
  ['OfficialDomains', 'officialDomains', isStrings, { vi: 'danh sách tên miền', en: 'a list of domains' }],
  ['AgencyTopics', 'agencyTopics', isStrings, { vi: 'danh sách chuỗi', en: 'a list of strings' }],
];

export const POLICY_KEYS = [...SCALARS.map(([k]) => k), 'PinnedRuleset'];

/** A stored ManagedPolicy (the background's own output) with every field checked again. */
export function cleanPolicy(raw: unknown): ManagedPolicy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const v = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [, field, check] of SCALARS) if (v[field] != null && check(v[field])) out[field] = v[field];
  return out as ManagedPolicy;
}

/** Parses the raw managed values. Unknown keys and bad values become errors; the rest applies. */
export function applyPolicy(raw: Record<string, unknown>, prev: PolicyState): PolicyState {
  const keys = Object.keys(raw).filter((k) => raw[k] !== undefined && raw[k] !== null);
  if (keys.length === 0) return { present: false, policy: {}, errors: [] };
  const policy: Record<string, unknown> = {};
  const errors: PolicyError[] = [];
  for (const [key, field, check, expected] of SCALARS) {
    if (!(key in raw) || raw[key] == null) continue;
    if (check(raw[key])) {
      policy[field] = raw[key];
      continue;
    }
    const last = prev.present ? prev.policy[field] : undefined;
    const kept = last ?? SAFEST[field];
    if (kept !== undefined) policy[field] = kept;
    const then: LocalText =
      last !== undefined
        ? { vi: 'giữ giá trị hợp lệ trước đó', en: 'the previous valid value stays in force' }
        : kept !== undefined
          ? {
              vi: `dùng giá trị an toàn nhất: ${JSON.stringify(kept)}`,
              en: `using the safest value: ${JSON.stringify(kept)}`,
            }
          : { vi: 'khóa này bị bỏ qua', en: 'the key is ignored' };
    errors.push(
      bad(
        key,
        `Giá trị không hợp lệ, cần ${expected.vi}; ${then.vi}`,
        `Invalid value, expected ${expected.en}; ${then.en}`,
      ),
    );
  }
  for (const key of keys) {
    if (!POLICY_KEYS.includes(key))
      errors.push(bad(key, 'Khóa chính sách không xác định', 'Unknown policy key'));
  }
  const state: PolicyState = { present: true, policy: policy as ManagedPolicy, errors };
  if ((raw.RulesetUrl == null) !== (raw.RulesetSha256 == null)) {
    // One of the pair is missing: keep the last good pair, so the verified ruleset stays pinned.
    const keep =
      prev.present && prev.policy.rulesetUrl !== undefined && prev.policy.rulesetSha256 !== undefined;
    if (keep) {
      state.policy.rulesetUrl = prev.policy.rulesetUrl as string;
      state.policy.rulesetSha256 = prev.policy.rulesetSha256 as string;
    } else {
      delete state.policy.rulesetUrl;
      delete state.policy.rulesetSha256;
    }
    errors.push(
      bad(
        raw.RulesetUrl == null ? 'RulesetUrl' : 'RulesetSha256',
        `RulesetUrl và RulesetSha256 phải đi cùng nhau; ${keep ? 'giữ bộ quy tắc đã kiểm tra trước đó' : 'không tải bộ quy tắc'}`,
        `RulesetUrl and RulesetSha256 go together; ${keep ? 'the previously verified ruleset stays in force' : 'no ruleset is fetched'}`,
      ),
    );
  }
  if (raw.PinnedRuleset != null) {
    const pinned = parsePinned(raw.PinnedRuleset);
    if (pinned.ok) state.pinned = pinned.ruleset;
    else {
      errors.push(...pinned.errors);
      if (prev.pinned) state.pinned = prev.pinned;
    }
  }
  // The fetched ruleset stays only while the policy still names a URL; the background refreshes it.
  if (prev.remote && state.policy.rulesetUrl !== undefined) state.remote = prev.remote;
  return state;
}

function parsePinned(
  value: unknown,
): { ok: true; ruleset: import('../rules/types').Ruleset } | { ok: false; errors: PolicyError[] } {
  let input = value;
  // Windows registry and some admin consoles hand object policies over as JSON text.
  if (typeof value === 'string') {
    try {
      input = JSON.parse(value);
    } catch {
      return { ok: false, errors: [bad('PinnedRuleset', 'Không phải JSON hợp lệ', 'Not valid JSON')] };
    }
  }
  // The same size limit as an imported or downloaded file (docs/ruleset-format.md).
  const bytes = utf8Length(typeof value === 'string' ? value : JSON.stringify(input));
  if (bytes > MAX_RULESET_BYTES) {
    const e = tooLarge(bytes);
    return { ok: false, errors: [{ path: 'PinnedRuleset', message: e.message }] };
  }
  const result = validateRuleset(input, { layer: 'agency' });
  if (result.ok) return { ok: true, ruleset: result.ruleset };
  return {
    ok: false,
    errors: result.errors.map((e) => ({
      path: e.path ? `PinnedRuleset.${e.path}` : 'PinnedRuleset',
      message: e.message,
    })),
  };
}
