// Preference migrations and sanitising, kept pure so Node tests can run them without a browser.
import {
  CATEGORIES,
  type Category,
  PROFILES,
  SENSITIVITIES,
  type Sensitivity,
  type Severity,
} from '../rules/types';
import { NUDGE_LEVELS, type NudgeLevel, type UiLang, type UserPrefs } from './types';

/** Version-1 preferences (pre-release builds): a list of sites switched off and a minimum severity. */
export interface PrefsV1 {
  paused?: boolean;
  profile?: string;
  disabledCategories?: string[];
  minSeverity?: Severity;
  nudgeLevel?: string;
  uiLang?: string;
  sitesOff?: string[];
}

/** Keeps every known choice, drops values this version does not understand (never throws). */
export function sanitizePrefs(raw: unknown): UserPrefs {
  const v = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out: UserPrefs = {};
  if (typeof v.paused === 'boolean') out.paused = v.paused;
  if (PROFILES.includes(v.profile as never)) out.profile = v.profile as UserPrefs['profile'] & string;
  if (Array.isArray(v.disabledCategories)) {
    out.disabledCategories = v.disabledCategories.filter((c): c is Category =>
      CATEGORIES.includes(c as Category),
    );
  }
  if (SENSITIVITIES.includes(v.sensitivity as Sensitivity)) out.sensitivity = v.sensitivity as Sensitivity;
  if (NUDGE_LEVELS.includes(v.nudgeLevel as NudgeLevel)) out.nudgeLevel = v.nudgeLevel as NudgeLevel;
  if (['auto', 'vi', 'en'].includes(v.uiLang as string)) out.uiLang = v.uiLang as UiLang;
  if (v.sites && typeof v.sites === 'object') {
    out.sites = Object.fromEntries(Object.entries(v.sites).filter(([, on]) => typeof on === 'boolean'));
  }
  return out;
}

/** v1 → v2: per-site switches became a map (extra sites can be switched on), minSeverity became showLow (now sensitivity). */
export function migratePrefsV2(old: PrefsV1 | null | undefined): PrefsV2 {
  const { sitesOff, minSeverity, ...rest } = old && typeof old === 'object' ? old : {};
  const next: PrefsV2 = sanitizePrefs(rest);
  // Another version may have stored anything here: only a list of host names migrates.
  const off = Array.isArray(sitesOff) ? sitesOff.filter((s): s is string => typeof s === 'string') : [];
  if (off.length) next.sites = Object.fromEntries(off.map((s) => [s, false]));
  if (minSeverity !== undefined) next.showLow = minSeverity === 'low';
  return next;
}

/** Version-2 preferences: `showLow`, the switch that became the three-way sensitivity. */
export type PrefsV2 = UserPrefs & { showLow?: boolean };

/** v2 → v3: "also show mild hints" off became sensitivity 'fewer'; on is the default ('balanced'). */
export function migratePrefsV3(old: PrefsV2 | null | undefined): UserPrefs {
  const { showLow, ...rest } = old && typeof old === 'object' ? old : {};
  const next = sanitizePrefs(rest);
  if (showLow === false && next.sensitivity === undefined) next.sensitivity = 'fewer';
  return next;
}

/** A change of the preferences, as data (it travels to the background's single writer). */
export type PrefsChange =
  | { key: 'paused' | 'sensitivity' | 'profile' | 'nudgeLevel' | 'uiLang'; value: unknown }
  | { category: string; on: boolean }
  | { site: string; on: boolean };

/** `prefs` with `change` applied, and checked (a malformed change changes nothing). */
export function applyPrefsChange(prefs: UserPrefs, change: PrefsChange): UserPrefs {
  if ('key' in change) return sanitizePrefs({ ...prefs, [change.key]: change.value });
  if ('category' in change) {
    const off = new Set<string>(prefs.disabledCategories ?? []);
    if (change.on) off.delete(change.category);
    else off.add(change.category);
    return sanitizePrefs({ ...prefs, disabledCategories: [...off] });
  }
  return sanitizePrefs({ ...prefs, sites: { ...(prefs.sites ?? {}), [change.site]: change.on } });
}
