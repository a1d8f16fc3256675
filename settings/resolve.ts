// The one place where the agency policy and the user's choices meet. Pure: the checker options and
// the popup's view both come from here, so what the popup shows as locked is exactly what applies.
import {
  CATEGORIES,
  type Category,
  type CheckerOptions,
  type LocalText,
  type Profile,
  type RuleSpec,
  type Ruleset,
  type Sensitivity,
} from '../rules/types';
import { BUILTIN_HOSTS } from '../sites';
import type { NudgeLevel, PolicyError, PolicyState, UiLang, UserPrefs } from './types';

export type Source = 'policy' | 'user' | 'default';
export interface Setting<T> {
  value: T;
  source: Source;
  /** Set by the organisation: the popup disables the control and says so. */
  locked: boolean;
}

export interface UserState {
  prefs: UserPrefs;
  allowList: readonly string[];
  userRuleset?: Ruleset | null;
}

export interface RulesetSummary {
  name: string;
  version?: string;
  rules: number;
}

export interface SettingsView {
  agency?: { name: string; contact?: string };
  /** The agency ruleset in force (inline and/or fetched), with what its pinned rules say (each once). */
  agencyRuleset?: RulesetSummary & { messages: LocalText[]; fromUrl: boolean };
  policyErrors: PolicyError[];
  policyPresent: boolean;
  paused: Setting<boolean>;
  profile: Setting<Profile>;
  /** value = category enabled. */
  categories: Record<Category, Setting<boolean>>;
  sensitivity: Setting<Sensitivity>;
  nudgeLevel: Setting<NudgeLevel>;
  uiLang: Setting<UiLang>;
  allowUserRulesets: Setting<boolean>;
  /** The imported ruleset and whether it applies (it does not when the policy forbids user rulesets). */
  userRuleset?: RulesetSummary & { active: boolean };
  allowList: string[];
}

export interface ResolvedSettings {
  checkerOptions: CheckerOptions;
  view: SettingsView;
}

const DEFAULTS = {
  profile: 'citizen' as Profile,
  sensitivity: 'balanced' as Sensitivity,
  nudgeLevel: 'high' as NudgeLevel,
};

/** The policy's sensitivity: Sensitivity, or the older ShowLowSeverity (true 'balanced', false 'fewer'). */
const policySensitivity = (p: PolicyState['policy']): Sensitivity | undefined =>
  p.sensitivity ?? (p.showLowSeverity === undefined ? undefined : p.showLowSeverity ? 'balanced' : 'fewer');

function pick<T>(policy: T | undefined, user: T | undefined, fallback: T): Setting<T> {
  if (policy !== undefined) return { value: policy, source: 'policy', locked: true };
  if (user !== undefined) return { value: user, source: 'user', locked: false };
  return { value: fallback, source: 'default', locked: false };
}

const union = <T>(...lists: (readonly T[] | undefined)[]): T[] => [...new Set(lists.flatMap((l) => l ?? []))];

/** One agency ruleset from the inline one, the fetched one and LockedCategories (inline wins on id clashes). */
export function agencyRuleset(state: PolicyState): Ruleset | undefined {
  const parts = [state.pinned, state.remote?.ruleset].filter((r): r is Ruleset => r !== undefined);
  const locked = state.policy.lockedCategories ?? [];
  if (parts.length === 0 && locked.length === 0) return undefined;
  const seen = new Set<string>();
  const rules: RuleSpec[] = [];
  for (const rule of parts.flatMap((p) => p.rules ?? [])) {
    if (seen.has(rule.id)) continue;
    seen.add(rule.id);
    rules.push(rule);
  }
  const first = parts[0];
  const out: Ruleset = {
    name: first?.name ?? state.policy.agencyName ?? 'Agency policy',
    rules,
    disable: union(...parts.map((p) => p.disable)),
    lockCategories: union<Category>(locked, ...parts.map((p) => p.lockCategories)),
    officialDomains: union(...parts.map((p) => p.officialDomains)),
  };
  if (first?.version !== undefined) out.version = first.version;
  return out;
}

function summary(r: Ruleset): RulesetSummary {
  return {
    name: r.name,
    rules: r.rules?.length ?? 0,
    ...(r.version !== undefined ? { version: r.version } : {}),
  };
}

export function resolveSettings(managed: PolicyState, user: UserState): ResolvedSettings {
  const p = managed.policy;
  const prefs = user.prefs;
  const agency = agencyRuleset(managed);
  const lockedCats = new Set<string>(agency?.lockCategories ?? []);
  const agencyOff = new Set<string>(agency?.disable ?? []);
  const userOff = new Set<string>(prefs.disabledCategories ?? []);

  const categories = {} as Record<Category, Setting<boolean>>;
  for (const c of CATEGORIES) {
    if (lockedCats.has(c)) categories[c] = { value: true, source: 'policy', locked: true };
    else if (agencyOff.has(c)) categories[c] = { value: false, source: 'policy', locked: true };
    else
      categories[c] = { value: !userOff.has(c), source: userOff.has(c) ? 'user' : 'default', locked: false };
  }

  const allowUserRulesets = pick(p.allowUserRulesets, undefined, true);
  const userRulesetActive = allowUserRulesets.value && !!user.userRuleset;
  const view: SettingsView = {
    policyErrors: managed.errors,
    policyPresent: managed.present,
    paused:
      p.allowPause === false
        ? { value: false, source: 'policy', locked: true }
        : pick(undefined, prefs.paused, false),
    profile: pick(p.profile, prefs.profile, DEFAULTS.profile),
    categories,
    sensitivity: pick(policySensitivity(p), prefs.sensitivity, DEFAULTS.sensitivity),
    nudgeLevel: pick(p.nudgeLevel, prefs.nudgeLevel, DEFAULTS.nudgeLevel),
    uiLang: pick<UiLang>(undefined, prefs.uiLang, 'auto'),
    allowUserRulesets,
    allowList: [...user.allowList],
  };
  if (p.agencyName !== undefined) {
    view.agency = {
      name: p.agencyName,
      ...(p.agencyContact !== undefined ? { contact: p.agencyContact } : {}),
    };
  }
  if (agency) {
    const messages = [...new Map((agency.rules ?? []).map((r) => [r.message.vi, r.message])).values()];
    view.agencyRuleset = { ...summary(agency), messages, fromUrl: managed.remote !== undefined };
  }
  if (user.userRuleset) view.userRuleset = { ...summary(user.userRuleset), active: userRulesetActive };

  const checkerOptions: CheckerOptions = {
    profile: view.profile.value,
    disabledCategories: CATEGORIES.filter((c) => !categories[c].value && !categories[c].locked),
    allowList: [...user.allowList],
    sensitivity: view.sensitivity.value,
  };
  if (agency) checkerOptions.agency = agency;
  if (userRulesetActive && user.userRuleset) checkerOptions.user = user.userRuleset;
  const domains = union(p.officialDomains, agency?.officialDomains);
  if (domains.length > 0) checkerOptions.officialDomains = domains;
  // Điều 5.3: the agency's own field, with its name and contact for the reminder.
  if (p.agencyTopics?.length) {
    checkerOptions.agencyTopics = {
      terms: p.agencyTopics,
      ...(p.agencyName !== undefined ? { agency: p.agencyName } : {}),
      ...(p.agencyContact !== undefined ? { contact: p.agencyContact } : {}),
    };
  }
  return { checkerOptions, view };
}

/** "www.facebook.com" → matches "facebook.com"; exact or subdomain. */
export function hostMatches(hostname: string, site: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  const s = site.toLowerCase().replace(/^\*\./, '');
  return h === s || h.endsWith(`.${s}`);
}

/** The key the popup stores a site's switch under (no "www."). */
export const siteKey = (hostname: string): string => hostname.toLowerCase().replace(/^www\./, '');

/** A host the content script runs on by default (an adapter's host), or the key its switch is stored under. */
export const isBuiltinSite = (hostname: string): boolean =>
  BUILTIN_HOSTS.some((b) => hostMatches(hostname, b) || siteKey(b) === siteKey(hostname));

/** Whether hints run on `hostname`: policy EnabledSites force it on, else the user's switch, else built-in default. */
export function siteSetting(managed: PolicyState, prefs: UserPrefs, hostname: string): Setting<boolean> {
  if (managed.policy.enabledSites?.some((s) => hostMatches(hostname, s))) {
    return { value: true, source: 'policy', locked: true };
  }
  const own = prefs.sites?.[siteKey(hostname)];
  if (own !== undefined) return { value: own, source: 'user', locked: false };
  return { value: isBuiltinSite(hostname), source: 'default', locked: false };
}

/** Effective on/off for the content script: a site the agency forces on ignores the global pause. */
export function contentEnabled(
  managed: PolicyState,
  prefs: UserPrefs,
  view: SettingsView,
  hostname: string,
): boolean {
  const site = siteSetting(managed, prefs, hostname);
  if (site.source === 'policy') return true;
  return site.value && !view.paused.value;
}
