// Shared types of the Ứng Xử engine. Pure data shapes: everything here is JSON-serialisable,
// so a ruleset file, a policy value and a Finding all travel as plain objects.
import { CATEGORY_TABLE, type CategoryInfo } from './categories';
import type { OperatingPoints } from './learned/layer';
import type { LearnedModel } from './learned/model';
import type { Lexicon } from './lexicons/define';
import type { RuleSpec, Ruleset } from './rule-spec';

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

export * from './rule-spec';

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
  /**
   * Words the on-device tagger (rules/learned) underlines with this hint: outside every finding,
   * in its sentence. Shown like `related` (the aimed-word pass adds them there).
   */
  tagged?: Span[];
  /**
   * Set when the hint was raised by the small on-device model (rules/learned) rather than a rule:
   * the words of the hint that weighed most, strongest first.
   */
  learned?: { words: readonly string[] };
}

/** A validation error: where (JSON path like "rules[3].terms[0]") and why, in both languages. */
export interface ValidationError {
  path: string;
  message: LocalText;
}

/** How many hints to show: the operating point of the learned layer (and its gate on ambiguous rules). */
export const SENSITIVITIES = ['fewer', 'balanced', 'more'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

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
  /**
   * 'fewer' hints (only what the model and the rules agree on), 'balanced' (default) or 'more'
   * (learned hints at a lower threshold). Agency rules are never held back.
   */
  sensitivity?: Sensitivity;
  /**
   * The learned layer: the shipped model and operating points by default (each one absent here);
   * `null` turns it off. Evaluation passes the model of a cross-validation fold here, training
   * candidate points.
   */
  learned?: { model?: LearnedModel; points?: OperatingPoints } | null;
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
