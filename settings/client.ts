// What the content script needs from settings. The popup/settings work (issue 5) implements this on
// top of typed storage items and resolveSettings(managed, user); the signatures below are the contract.
import type { Category, CheckerOptions } from '../rules/types';

export type NudgeLevel = 'off' | 'high' | 'medium';

export interface ContentConfig {
  /** False when paused globally or switched off for this site. */
  enabled: boolean;
  /** Ready to hand to createChecker (profile, agency + user rulesets, switches, allow-list). */
  checkerOptions: CheckerOptions;
  uiLang: 'vi' | 'en';
  nudgeLevel: NudgeLevel;
  /** The agency's name and contact when a policy is in force (shown on pinned hints). */
  agency?: { name: string; contact?: string };
}

/** Calls `cb` now and whenever the effective configuration for `hostname` changes. Returns unsubscribe. */
export function watchContentConfig(hostname: string, cb: (config: ContentConfig) => void): () => void {
  void hostname;
  cb({ enabled: true, checkerOptions: { profile: 'citizen' }, uiLang: 'vi', nudgeLevel: 'high' });
  return () => {};
}

/** "Always ignore this word": adds to the personal allow-list shared with the popup. */
export async function addToAllowList(word: string): Promise<void> {
  void word;
}

/** Counts only, never text: hints shown per category (statistics in the popup). */
export async function recordHints(counts: Partial<Record<Category, number>>): Promise<void> {
  void counts;
}

/** Counts only: outcome of a submit-time nudge. */
export async function recordNudge(outcome: 'shown' | 'edited' | 'sent' | 'dismissed'): Promise<void> {
  void outcome;
}
