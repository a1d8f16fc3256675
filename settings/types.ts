// Shapes of everything settings keep: the user's preferences (sync), the agency policy as the
// background validated it (local), statistics (local). Plain JSON so storage can hold them as is.
import type { Category, Lang, LocalText, Profile, Ruleset, Sensitivity } from '../rules/types';

/** The language setting: the browser's ('auto') or one of the two the extension speaks (rules' Lang). */
export type UiLang = 'auto' | Lang;

/** How serious a finding must be for the submit-time nudge to pause a send. */
export const NUDGE_LEVELS = ['off', 'high', 'medium'] as const;
export type NudgeLevel = (typeof NUDGE_LEVELS)[number];

/** The user's choices. Every field optional: absent means "default", so the popup can tell them apart. */
export interface UserPrefs {
  paused?: boolean;
  profile?: Profile;
  disabledCategories?: Category[];
  /** How many hints to show (the popup's "sensitivity"): fewer · balanced (default) · more. */
  sensitivity?: Sensitivity;
  nudgeLevel?: NudgeLevel;
  uiLang?: UiLang;
  /** Hostname → on/off. Absent: on for the built-in sites (Facebook, Zalo), off elsewhere. */
  sites?: Record<string, boolean>;
}

/** The policy keys an admin may set (public/managed_schema.json), after validation. */
export interface ManagedPolicy {
  agencyName?: string;
  agencyContact?: string;
  profile?: Profile;
  pinnedRuleset?: Ruleset;
  rulesetUrl?: string;
  rulesetSha256?: string;
  lockedCategories?: Category[];
  nudgeLevel?: NudgeLevel;
  /** The sensitivity, locked. */
  sensitivity?: Sensitivity;
  /** Before 0.2: true = 'balanced', false = 'fewer' (read only when Sensitivity is not set). */
  showLowSeverity?: boolean;
  enabledSites?: string[];
  allowUserRulesets?: boolean;
  allowPause?: boolean;
  officialDomains?: string[];
  agencyTopics?: string[];
}

export interface PolicyError {
  /** Policy key, optionally followed by a JSON path inside it: "PinnedRuleset.rules[0].terms". */
  path: string;
  message: LocalText;
}

/** What the background derived from storage.managed, persisted so an invalid policy keeps the last good ruleset. */
export interface PolicyState {
  /** True while any policy value is in force. */
  present: boolean;
  policy: ManagedPolicy;
  /** Last valid inline ruleset (kept when a later PinnedRuleset is broken). */
  pinned?: Ruleset;
  /** Last ruleset fetched from RulesetUrl whose SHA-256 matched, with that hash. */
  remote?: { url: string; sha256: string; ruleset: Ruleset; fetchedAt: number };
  errors: PolicyError[];
}

export const NO_POLICY: PolicyState = { present: false, policy: {}, errors: [] };

export const NUDGE_OUTCOMES = ['shown', 'edited', 'sent', 'dismissed'] as const;
export type NudgeOutcome = (typeof NUDGE_OUTCOMES)[number];

/** One day of counts (never text). */
export interface DayStats {
  hints: Partial<Record<Category, number>>;
  nudges: Partial<Record<NudgeOutcome, number>>;
}

/** Day ("YYYY-MM-DD", local time) → counts; only the last 30 days are kept. */
export type Stats = Record<string, DayStats>;
