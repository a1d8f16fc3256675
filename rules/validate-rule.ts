// Validation of one rule (see docs/ruleset-format.md): the fields every kind shares are checked
// here, the kind's own fields by its entry in rule-kinds.ts. Built-in rules and imported rulesets
// go through this same check (tests/unit/families.test.ts runs it on every built-in rule).
import { isKnownClause } from './clauses';
import { parseExample } from './examples';
import { ACCENT_MODES, expectTerms, expectWithin, kindSpecsFor, LIMITS, RULE_KINDS } from './rule-kinds';
import { PROFILES, RULE_CATEGORIES, type RuleCommon, SEVERITIES } from './types';
import {
  at,
  expectArray,
  expectEnum,
  expectLocalText,
  expectObject,
  expectString,
  expectType,
  type Issues,
  isObject,
} from './validate-util';

export { ACCENT_MODES, LIMITS, RULE_KINDS };
export const RULE_LANGS = ['vi', 'en', 'any'] as const;
export const CONTEXT_SIDES = ['before', 'after', 'both'] as const;
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The fields every rule may have, and which are required: exactly the keys of RuleCommon plus `kind`. */
export const COMMON_FIELDS = {
  id: true,
  kind: true,
  category: true,
  severity: true,
  clause: true,
  message: true,
  suggestion: false,
  replace: false,
  lang: false,
  profiles: false,
  near: false,
  unless: false,
  unlessOfficialLink: false,
  once: false,
  ambiguous: false,
  examples: false,
} as const satisfies Record<keyof RuleCommon | 'kind', boolean>;
const COMMON_KEYS = Object.keys(COMMON_FIELDS);
const REQUIRED = COMMON_KEYS.filter((k) => COMMON_FIELDS[k as keyof typeof COMMON_FIELDS]);

export function expectId(issues: Issues, v: unknown, path: string): boolean {
  if (!expectString(issues, v, path, 100)) return false;
  if (ID_PATTERN.test(v as string)) return true;
  return issues.add(
    path,
    `"${v}" không đúng dạng: chỉ chữ thường a-z, số và dấu gạch nối giữa các phần, ví dụ "regional-slur-bac-ky"`,
    `"${v}" is not kebab-case: lowercase a-z, digits and single hyphens between parts, e.g. "regional-slur-bac-ky"`,
  );
}

function expectContext(issues: Issues, v: unknown, path: string, extra: readonly string[]): void {
  const ctx = expectObject(issues, v, path, ['terms', 'within', 'side', 'accents', ...extra], ['terms']);
  if (!ctx) return;
  if ('terms' in ctx) expectTerms(issues, ctx.terms, at(path, 'terms'));
  if ('within' in ctx) expectWithin(issues, ctx.within, at(path, 'within'));
  if ('side' in ctx) expectEnum(issues, ctx.side, CONTEXT_SIDES, at(path, 'side'));
  if ('accents' in ctx) expectEnum(issues, ctx.accents, ACCENT_MODES, at(path, 'accents'));
  if ('extend' in ctx && extra.includes('extend'))
    expectType(issues, ctx.extend, at(path, 'extend'), 'boolean');
}

function expectExamples(issues: Issues, v: unknown, path: string): void {
  const ex = expectObject(issues, v, path, ['flag', 'allow'], ['flag', 'allow']);
  if (!ex) return;
  if ('allow' in ex) {
    expectArray(issues, ex.allow, at(path, 'allow'), { max: LIMITS.examples }, (s, p) =>
      expectString(issues, s, p),
    );
  }
  if ('flag' in ex) {
    expectArray(issues, ex.flag, at(path, 'flag'), { max: LIMITS.examples }, (s, p) => {
      if (!expectString(issues, s, p)) return;
      const parsed = parseExample(s as string);
      if (!parsed.ok) issues.add(p, parsed.reason.vi, parsed.reason.en);
    });
  }
}

/** Checks one rule; returns its id when the id is usable (for the uniqueness check). */
export function validateRule(issues: Issues, v: unknown, path: string): string | undefined {
  const kinds = kindSpecsFor(isObject(v) ? v.kind : undefined);
  const [only] = kinds;
  const own = only && kinds.length === 1 ? only.required : [];
  const allowed = [...COMMON_KEYS, ...kinds.flatMap((k) => Object.keys(k.fields))];
  const rule = expectObject(issues, v, path, allowed, [...REQUIRED, ...own]);
  if (!rule) return undefined;

  const idOk = 'id' in rule && expectId(issues, rule.id, at(path, 'id'));
  if ('kind' in rule) expectEnum(issues, rule.kind, RULE_KINDS, at(path, 'kind'));
  if ('category' in rule) expectEnum(issues, rule.category, RULE_CATEGORIES, at(path, 'category'));
  if ('severity' in rule) expectEnum(issues, rule.severity, SEVERITIES, at(path, 'severity'));
  if ('clause' in rule && !isKnownClause(rule.clause)) {
    issues.add(
      at(path, 'clause'),
      `"${String(rule.clause)}" không phải một điểm của Bộ quy tắc (ví dụ "4.5" là Điều 4 điểm 5)`,
      `"${String(rule.clause)}" is not a point of the Code (e.g. "4.5" is Article 4, point 5)`,
    );
  }
  if ('message' in rule) expectLocalText(issues, rule.message, at(path, 'message'));
  if ('suggestion' in rule) expectLocalText(issues, rule.suggestion, at(path, 'suggestion'));
  if ('replace' in rule) {
    expectArray(issues, rule.replace, at(path, 'replace'), { min: 1, max: LIMITS.replace }, (r, p) =>
      expectLocalText(issues, r, p, LIMITS.replaceLength),
    );
  }
  if ('lang' in rule) expectEnum(issues, rule.lang, RULE_LANGS, at(path, 'lang'));
  if ('profiles' in rule) {
    expectArray(issues, rule.profiles, at(path, 'profiles'), { min: 1, max: PROFILES.length }, (p, pp) =>
      expectEnum(issues, p, PROFILES, pp),
    );
  }
  if ('near' in rule) expectContext(issues, rule.near, at(path, 'near'), ['extend']);
  if ('unless' in rule) {
    expectArray(issues, rule.unless, at(path, 'unless'), { max: 50 }, (ctx, p) =>
      expectContext(issues, ctx, p, []),
    );
  }
  if ('once' in rule) expectType(issues, rule.once, at(path, 'once'), 'boolean');
  if ('ambiguous' in rule) expectType(issues, rule.ambiguous, at(path, 'ambiguous'), 'boolean');
  if ('unlessOfficialLink' in rule) {
    expectType(issues, rule.unlessOfficialLink, at(path, 'unlessOfficialLink'), 'boolean');
  }
  if ('examples' in rule) expectExamples(issues, rule.examples, at(path, 'examples'));
  for (const kind of kinds) kind.validate(issues, rule, path);
  return idOk ? (rule.id as string) : undefined;
}
