// Typed storage items. Preferences and the allow-list are small and follow the user across devices
// (sync); the imported ruleset, statistics and the policy state can be large or are per-device (local).
import { storage } from 'wxt/utils/storage';
import type { Ruleset } from '../rules/types';
import { migratePrefsV2 } from './prefs';
import { NO_POLICY, type PolicyState, type Stats, type UserPrefs } from './types';

export const prefsItem = storage.defineItem<UserPrefs>('sync:prefs', {
  fallback: {},
  version: 2,
  migrations: { 2: migratePrefsV2 },
});

export const allowListItem = storage.defineItem<string[]>('sync:allowList', { fallback: [], version: 1 });

/** Imported ruleset: local, because sync allows only 8 KB per item. */
export const userRulesetItem = storage.defineItem<Ruleset | null>('local:userRuleset', {
  fallback: null,
  version: 1,
});

export const statsItem = storage.defineItem<Stats>('local:stats', { fallback: {}, version: 1 });

/** Written by the background only: the validated policy and the last good agency rulesets. */
export const policyStateItem = storage.defineItem<PolicyState>('local:policyState', {
  fallback: NO_POLICY,
  version: 1,
});
