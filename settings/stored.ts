// What storage hands back is checked per key before anything uses it: another version's shape, a sync
// conflict or a hand edit must cost that key its value, never stop the hints (a synced allow-list
// stored as an object made every check throw). Pure, so Node tests run them.
import { validateRuleset } from '../rules/ruleset';
import { CATEGORIES, type Category, type Ruleset } from '../rules/types';
import { cleanPolicy } from './policy';
import {
  type DayStats,
  NO_POLICY,
  NUDGE_OUTCOMES,
  type PolicyError,
  type PolicyState,
  type Stats,
} from './types';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Words as typed, non-empty strings only. */
export function cleanAllowList(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((w): w is string => typeof w === 'string' && w.trim() !== '');
}

/** The imported ruleset if it still validates as a user ruleset, else none. */
export function cleanUserRuleset(raw: unknown): Ruleset | null {
  if (raw == null) return null;
  const result = validateRuleset(raw, { layer: 'user' });
  return result.ok ? result.ruleset : null;
}

const counts = <K extends string>(raw: unknown, keys: readonly K[]): Partial<Record<K, number>> =>
  isObject(raw)
    ? (Object.fromEntries(
        Object.entries(raw).filter(
          ([k, n]) => keys.includes(k as K) && typeof n === 'number' && Number.isFinite(n) && n >= 0,
        ),
      ) as Partial<Record<K, number>>)
    : {};

/** Days "YYYY-MM-DD" with their counts; anything else is dropped. */
export function cleanStats(raw: unknown): Stats {
  if (!isObject(raw)) return {};
  const out: Stats = {};
  for (const [day, v] of Object.entries(raw)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !isObject(v)) continue;
    const d: DayStats & { cleanSends?: number } = {
      hints: counts<Category>(v.hints, CATEGORIES),
      nudges: counts(v.nudges, NUDGE_OUTCOMES),
    };
    if (typeof v.cleanSends === 'number' && Number.isFinite(v.cleanSends) && v.cleanSends >= 0)
      d.cleanSends = v.cleanSends;
    out[day] = d;
  }
  return out;
}

const isError = (e: unknown): e is PolicyError =>
  isObject(e) &&
  typeof e.path === 'string' &&
  isObject(e.message) &&
  typeof e.message.vi === 'string' &&
  typeof e.message.en === 'string';

/** The background's validated policy state; a field of the wrong shape is dropped on its own. */
export function cleanPolicyState(raw: unknown): PolicyState {
  if (!isObject(raw) || typeof raw.present !== 'boolean') return NO_POLICY;
  const state: PolicyState = {
    present: raw.present,
    policy: cleanPolicy(raw.policy),
    errors: Array.isArray(raw.errors) ? raw.errors.filter(isError) : [],
  };
  if (raw.pinned != null) {
    const pinned = validateRuleset(raw.pinned, { layer: 'agency' });
    if (pinned.ok) state.pinned = pinned.ruleset;
  }
  const r = raw.remote;
  if (
    isObject(r) &&
    typeof r.url === 'string' &&
    typeof r.sha256 === 'string' &&
    typeof r.fetchedAt === 'number'
  ) {
    const remote = validateRuleset(r.ruleset, { layer: 'agency' });
    if (remote.ok)
      state.remote = { url: r.url, sha256: r.sha256, ruleset: remote.ruleset, fetchedAt: r.fetchedAt };
  }
  return state;
}
