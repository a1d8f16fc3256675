// Shared types of the Ứng Xử engine. Pure data shapes: everything here is JSON-serialisable,
// so a ruleset file, a policy value and a Finding all travel as plain objects.
import { CATEGORY_TABLE, type CategoryInfo } from './categories';
import type { Lexicon } from './lexicons/define';

type CodeRow = Extract<CategoryInfo, { kind: 'code' }>;
type GuidanceRow = Extract<CategoryInfo, { kind: 'guidance' }>;

/** The 11 categories of the Code this engine knows (stable ids, in the order of rules/categories.ts). */
export const CATEGORIES = CATEGORY_TABLE.filter((r): r is CodeRow => r.kind === 'code').map((r) => r.id);
export type Category = CodeRow['id'];

/** The categories that say "toxic" (hate, violence, discrimination, insults, vulgarity). */
export const TOXIC_CATEGORIES: readonly Category[] = CATEGORY_TABLE.filter((r): r is CodeRow => r.toxic).map(
  (r) => r.id,
);

/**
 * Guidance that is not a breach: a civil servant's post touching their agency's field (Điều 5.3:
 * report to the agency first) and an agency page stating facts without an official source (Điều 6.3).
 * Shown as calm hints (severity 'info'), never switched off by the sensitivity setting.
 */
export const GUIDANCE_CATEGORIES = CATEGORY_TABLE.filter((r): r is GuidanceRow => r.kind === 'guidance').map(
  (r) => r.id,
);
export type GuidanceCategory = GuidanceRow['id'];

/** Every category a rule (and so a finding) can carry. */
export const RULE_CATEGORIES: readonly RuleCategory[] = CATEGORY_TABLE.map((r) => r.id);
export type RuleCategory = CategoryInfo['id'];

/** 'info' is for guidance only; the three levels of the Code's hints are low · medium · high. */
export const SEVERITIES = ['info', 'low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The order of severities, the one every consumer compares by: info < low < medium < high. */
export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

/** Who is writing: a citizen (Điều 4), a civil servant (Điều 4 + 5), an agency's page (Điều 4 + 6). */
export const PROFILES = ['citizen', 'civil-servant', 'agency-page'] as const;
export type Profile = (typeof PROFILES)[number];

/** A point of Decision 874/QĐ-BTTTT, written "<article>.<point>", e.g. "4.5". See clauses.ts. */
export type ClauseId = string;

export type Lang = 'vi' | 'en';

/** Every user-facing string: Vietnamese first, with English. */
export interface LocalText {
  vi: string;
  en: string;
}

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

/** A UTF-16 range of the checked text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A finding: plain, serialisable; start/end are UTF-16 offsets into the text exactly as typed. */
export interface Finding {
  ruleId: string;
  category: RuleCategory;
  severity: Severity;
  start: number;
  end: number;
  /** text.slice(start, end) */
  matched: string;
  message: LocalText;
  clause: ClauseId;
  suggestion?: LocalText;
  /** The rule's replacements (see RuleCommon.replace); the content script inserts the text's language. */
  replace?: readonly LocalText[];
  /** Where the rule came from. Agency rules are pinned: no ignore, no allow-list. */
  source: 'builtin' | 'agency' | 'user';
  pinned: boolean;
  /** A frame's other filled slots ("group", "generalizer"…): the words that make up its meaning. */
  slots?: { name: string; start: number; end: number }[];
  /**
   * Words of the same hint, underlined with it: whom a toxic hint is aimed at and what carries it,
   * in the same sentence ("thằng này … ngu như bò"). Part of this finding, never a finding alone.
   */
  related?: Span[];
}

/** A validation error: where (JSON path like "rules[3].terms[0]") and why, in both languages. */
export interface ValidationError {
  path: string;
  message: LocalText;
}

/** Options of createChecker: the layers of the merge, in order, plus the user's switches. */
export interface CheckerOptions {
  /** Built-in profile. Default 'citizen'. */
  profile?: Profile;
  /** Slot lexicons frame rules may name. Default: every lexicon in rules/lexicons. Tests pass their own. */
  lexicons?: ReadonlyMap<string, Lexicon>;
  /** Built-in rules to start from. Default: every family in rules/families. Tests pass their own. */
  builtin?: readonly RuleSpec[];
  /** The agency's ruleset (policy): may add rules (pinned), disable built-in ones, lock categories. */
  agency?: Ruleset;
  /** The user's imported ruleset. */
  user?: Ruleset;
  /** Categories the user switched off (ignored for categories the agency locked). */
  disabledCategories?: readonly Category[];
  /** The user's "always ignore" words and phrases (never applies to pinned rules). */
  allowList?: readonly string[];
  /** Hide findings below this severity. Default 'low' (show all). */
  minSeverity?: Severity;
  /** Text language: detect per text ('auto', default) or force one. */
  lang?: 'auto' | Lang;
  /** Official / licensed-press domains, added to the built-in list. */
  officialDomains?: readonly string[];
  /**
   * Điều 5.3: the agency's own field (policy AgencyTopics). In the civil-servant profile a text that
   * touches these topics gets a calm reminder to report contrary information to the agency first.
   */
  agencyTopics?: { terms: readonly string[]; agency?: string; contact?: string };
}

/** A rule after merging, with where it came from. */
export type ResolvedRule = RuleSpec & { source: Finding['source']; pinned: boolean };

export interface Checker {
  /** Findings sorted by start, non-overlapping. Pure and synchronous. */
  check(text: string): Finding[];
  /**
   * Findings of `text` after an edit of `prev` (whose findings were `prevFindings`): only a window
   * around the change is checked again. Same result as check(text), at a keystroke's cost.
   */
  recheck(prev: string, prevFindings: readonly Finding[], text: string): Finding[];
  /** The language the checker would use for this text. */
  lang(text: string): Lang;
  /** Effective rules after merging (enabled ones only). */
  readonly rules: readonly ResolvedRule[];
  /** Categories locked by the agency layer. */
  readonly lockedCategories: readonly Category[];
}
