// Typed storage items. Preferences and the allow-list are small and follow the user across devices
// (sync); the imported ruleset, statistics and the policy state can be large or are per-device (local).
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { Ruleset } from '../rules/types';
import { migratePrefsV2, migratePrefsV3, sanitizePrefs } from './prefs';
import { cleanAllowList, cleanPolicyState, cleanStats, cleanUserRuleset } from './stored';
import { NO_POLICY, type PolicyState, type Stats, type UserPrefs } from './types';

/** The item, with every value it reads or reports to a watcher checked by `clean` (stored.ts). */
function checked<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  clean: (raw: unknown) => T,
): WxtStorageItem<T, Record<string, unknown>> {
  return {
    ...item,
    getValue: async () => clean(await item.getValue()),
    watch: (cb) => item.watch((next, old) => cb(clean(next), clean(old))),
  };
}

export const prefsItem = checked(
  storage.defineItem<UserPrefs>('sync:prefs', {
    fallback: {},
    version: 3,
    migrations: { 2: migratePrefsV2, 3: migratePrefsV3 },
  }),
  sanitizePrefs,
);

export const allowListItem = checked(
  storage.defineItem<string[]>('sync:allowList', { fallback: [], version: 1 }),
  cleanAllowList,
);

/** Imported ruleset: local, because sync allows only 8 KB per item. */
export const userRulesetItem = checked(
  storage.defineItem<Ruleset | null>('local:userRuleset', { fallback: null, version: 1 }),
  cleanUserRuleset,
);

export const statsItem = checked(
  storage.defineItem<Stats>('local:stats', { fallback: {}, version: 1 }),
  cleanStats,
);

/** Written by the background only: the validated policy and the last good agency rulesets. */
export const policyStateItem = checked(
  storage.defineItem<PolicyState>('local:policyState', { fallback: NO_POLICY, version: 1 }),
  cleanPolicyState,
);
