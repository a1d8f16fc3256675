// Preference migrations and sanitising, kept pure so Node tests can run them without a browser.
import { CATEGORIES, type Category, PROFILES, type Severity } from '../rules/types';
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
  if (typeof v.showLow === 'boolean') out.showLow = v.showLow;
  if (NUDGE_LEVELS.includes(v.nudgeLevel as NudgeLevel)) out.nudgeLevel = v.nudgeLevel as NudgeLevel;
  if (['auto', 'vi', 'en'].includes(v.uiLang as string)) out.uiLang = v.uiLang as UiLang;
  if (v.sites && typeof v.sites === 'object') {
    out.sites = Object.fromEntries(Object.entries(v.sites).filter(([, on]) => typeof on === 'boolean'));
  }
  return out;
}

/** v1 → v2: per-site switches became a map (extra sites can be switched on), minSeverity became showLow. */
export function migratePrefsV2(old: PrefsV1 | null | undefined): UserPrefs {
  const { sitesOff, minSeverity, ...rest } = old ?? {};
  const next = sanitizePrefs(rest);
  if (sitesOff?.length) next.sites = Object.fromEntries(sitesOff.map((s) => [s, false]));
  if (minSeverity !== undefined) next.showLow = minSeverity === 'low';
  return next;
}
