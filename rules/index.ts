// Public API of the Ứng Xử engine (also published as the `ungxu` library).
import { createChecker as compile } from './checker';
import { BUILTIN_RULES, OFFICIAL_DOMAINS } from './families';
import { agencyTopicRule, GUIDANCE_RULES } from './guidance';
import type { Checker, CheckerOptions, RuleSpec } from './types';

/**
 * Compiles the merged ruleset once: built-in profile → agency ruleset → user settings.
 * `checker.check(text)` then returns the findings, pure and synchronous.
 */
/** The built-in rules, one list for the process: its compiled tries are shared by every checker. */
const BUILTIN: readonly RuleSpec[] = [...BUILTIN_RULES, ...GUIDANCE_RULES];

export function createChecker(options: CheckerOptions = {}): Checker {
  // The Điều 5.3 reminder is the agency's: it joins the agency layer (pinned).
  const topic = options.agencyTopics ? agencyTopicRule(options.agencyTopics) : null;
  const agency = topic
    ? {
        ...(options.agency ?? { name: options.agencyTopics?.agency ?? 'agency' }),
        rules: [...(options.agency?.rules ?? []), topic],
      }
    : options.agency;
  // 'fewer' also hides low-severity hints (what the old "show mild hints" switch did), unless the
  // caller chose a severity itself.
  const minSeverity = options.minSeverity ?? (options.sensitivity === 'fewer' ? 'medium' : undefined);
  return compile(options.builtin ?? BUILTIN, {
    ...options,
    ...(minSeverity ? { minSeverity } : {}),
    ...(agency ? { agency } : {}),
    officialDomains: [...OFFICIAL_DOMAINS, ...(options.officialDomains ?? [])],
  });
}

export { CLAUSES, clauseLabel, getClause, isKnownClause } from './clauses';
export { BUILTIN_RULES, OFFICIAL_DOMAINS } from './families';
export { agencyTopicRule, GUIDANCE_RULES } from './guidance';
export { detectLang } from './lang';
export { mergeLayers } from './merge';
export { normalize, tokenize } from './normalize';
export { PROFILE_INFO, ruleInProfile } from './profiles';
export { parseRuleset, validateRuleset } from './ruleset';
export { checkPattern } from './safe-pattern';
export * from './types';
