// The shape of a rule, one for the built-in families (rules/families, written with defineFamily)
// and the JSON ruleset format (agency policy, user import): the fields every kind shares and each
// kind's own. rules/rule-kinds.ts validates each kind and gives its JSON Schema.
import type { Category, ClauseId, Lang, LocalText, Profile, RuleCategory, Severity } from './types';

/**
 * A context: one of `terms` within `within` words of the hit, on `side` of it.
 * Terms go through the same normaliser as the text (so teencode and folding apply).
 */
export interface ContextSpec {
  terms: readonly string[];
  /** Distance in words (syllables) between the hit and the context term. Default 4. */
  within?: number;
  /** Where the context term must stand relative to the hit. Default 'both'. */
  side?: 'before' | 'after' | 'both';
  /** 'exact': the context terms must match with their accents (mày ≠ máy, đồ ≠ đó). Default 'fold'. */
  accents?: 'fold' | 'exact';
}

/** The fields every kind of rule shares. A kind adds its own (see RuleSpec and rules/rule-kinds.ts). */
export interface RuleCommon {
  /** Stable id, kebab-case, unique across all rulesets in force (e.g. "regional-slur-bac-ky"). */
  id: string;
  category: RuleCategory;
  severity: Severity;
  clause: ClauseId;
  message: LocalText;
  /** Advice shown with the hint: what to write instead, in prose ("Criticise the action, not the person"). */
  suggestion?: LocalText;
  /**
   * Wordings the card offers to put in place of the underlined text, best first. Each entry gives
   * the wording for a Vietnamese text (`vi`) and for an English text (`en`); the one in the text's
   * language is inserted. So a Vietnamese rule (`lang` 'vi') inserts `vi`, and its `en` is that
   * wording's English meaning for readers and tools; an English rule inserts `en` (`vi` is its
   * meaning); a rule with `lang` 'any' inserts whichever matches the text.
   */
  replace?: readonly LocalText[];
  /** Which text language the rule applies to. Default 'vi'. 'any' runs on every text. */
  lang?: Lang | 'any';
  /** Profiles the rule belongs to. Default: every profile. */
  profiles?: readonly Profile[];
  /** Proximity: the hit counts only if one of these terms is near it (e.g. a pronoun aimed at a person). */
  near?: ContextSpec & {
    /** Underline the context term together with the hit. Default false. */ extend?: boolean;
  };
  /** Suppressors: the hit is dropped when any of these contexts is present (counter-speech, negation, quoting). */
  unless?: readonly ContextSpec[];
  /** Drop the hit when the text links to an official or licensed-press source (checker's officialDomains). */
  unlessOfficialLink?: boolean;
  /** Report only the first hit of this rule in a text (a reminder, not a list). */
  once?: boolean;
  /**
   * Its words are often innocent: a hit stays only when the on-device model also finds the words
   * around it offensive (rules/learned). Ignored for the agency's rules, which are never gated.
   */
  ambiguous?: boolean;
  /**
   * Texts the rule must flag and texts it must leave alone. Required for built-in rules. A flag
   * example may mark what the rule underlines in brackets, "thằng này [ngu] thật"; a backslash makes
   * the next character literal ("\\[1\\]"). See rules/examples.ts. Allow examples are plain text.
   */
  examples?: { flag: readonly string[]; allow: readonly string[] };
}

/** A list of words or phrases, matched on whole syllables after normalisation. */
export interface TermRule extends RuleCommon {
  kind: 'terms';
  terms: readonly string[];
  /**
   * 'fold' (default): diacritics are folded, so "bac ky" matches "bắc kỳ".
   * 'exact': tones and letter marks must match (for collisions such as buổi/buồi, các/cặc, đèo/đéo, lon/lồn).
   */
  accents?: 'fold' | 'exact';
}

/** A safe regular expression, run case-insensitively on the NFC text (personal data, document numbers). */
export interface PatternRule extends RuleCommon {
  kind: 'pattern';
  /** RegExp source, compiled with flags "giu". Must pass the safe-pattern check (no backreferences, no nested quantifiers). */
  pattern: string;
}

/** Shapes a frame slot can be filled by, found on the text as typed rather than in a word list. */
export const SLOT_SHAPES = ['name', 'number', 'secret'] as const;
export type SlotShape = (typeof SLOT_SHAPES)[number];

/** What can fill one slot of a frame: shared lexicons, the frame's own words, shapes of the text. */
export interface FrameSlot {
  /** The slot's name within its frame ("group", "generalizer", "trait"). */
  name: string;
  /** Shared lexicons by id (rules/lexicons): any of their words fills the slot. */
  lexicons?: readonly string[];
  /** The frame's own words for this slot. */
  terms?: readonly string[];
  /** Accents of `terms`. Default 'fold'. */
  accents?: 'fold' | 'exact';
  /** Shapes of the text as typed: a personal name, a long number, a secret-looking value. */
  shapes?: readonly SlotShape[];
  /** The frame fires without this slot; when filled, its words are underlined with the hint. */
  optional?: boolean;
}

/**
 * A frame: fires when every required slot is filled within `within` words of the main slot, inside
 * one sentence (or clause). The main slot's words are the hint's span; the others are related words.
 */
export interface FrameRule extends RuleCommon {
  kind: 'frame';
  slots: readonly FrameSlot[];
  /** The slot whose words are the hint's span. Default: the first slot. */
  main?: string;
  /** Most words between the main slot and each other slot. Default 6. */
  within?: number;
  /** Where all slots must stand: one sentence (default) or one clause (no punctuation between). */
  scope?: 'clause' | 'sentence';
  /** The slots must appear in the order listed. Default false. */
  ordered?: boolean;
}

/** Every kind of rule. A new kind is one more member here plus its entry in rules/rule-kinds.ts. */
export type RuleSpec = TermRule | PatternRule | FrameRule;
export type RuleKind = RuleSpec['kind'];

/** The JSON ruleset format (agency policy, user import). */
export interface Ruleset {
  $schema?: string;
  /** Human-readable name shown in the popup. */
  name: string;
  version?: string;
  /** Rules added by this ruleset. Ids must not collide with other rulesets. */
  rules?: readonly RuleSpec[];
  /** Built-in rule ids or categories switched off by this ruleset. */
  disable?: readonly string[];
  /** Categories the user cannot switch off (honoured only in the agency layer). */
  lockCategories?: readonly Category[];
  /** Extra official / licensed-press domains (suffix match: "gov.vn" covers "moh.gov.vn"). */
  officialDomains?: readonly string[];
}
