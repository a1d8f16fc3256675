// Validation of one rule of a ruleset (see docs/ruleset-format.md). Reports into `Issues`.
import { isKnownClause } from './clauses';
import { checkPattern } from './safe-pattern';
import { PROFILES, RULE_CATEGORIES, SEVERITIES } from './types';
import {
  at,
  expectArray,
  expectEnum,
  expectLocalText,
  expectRequired,
  expectString,
  expectType,
  type Issues,
  type Json,
  unknownKeys,
} from './validate-util';

export const RULE_KINDS = ['terms', 'pattern'] as const;
export const RULE_LANGS = ['vi', 'en', 'any'] as const;
export const ACCENT_MODES = ['fold', 'exact'] as const;
export const CONTEXT_SIDES = ['before', 'after', 'both'] as const;
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const LIMITS = { terms: 5000, termLength: 100, withinMin: 1, withinMax: 20, examples: 200 } as const;

const COMMON_KEYS = [
  'id',
  'kind',
  'category',
  'severity',
  'clause',
  'message',
  'suggestion',
  'lang',
  'profiles',
  'near',
  'unless',
  'unlessOfficialLink',
  'once',
  'examples',
] as const;
const KIND_KEYS = { terms: ['terms', 'accents'], pattern: ['pattern'] } as const;

export function expectId(issues: Issues, v: unknown, path: string): boolean {
  if (!expectString(issues, v, path, 100)) return false;
  if (ID_PATTERN.test(v as string)) return true;
  return issues.add(
    path,
    `"${v}" không đúng dạng: chỉ chữ thường a-z, số và dấu gạch nối giữa các phần, ví dụ "regional-slur-bac-ky"`,
    `"${v}" is not kebab-case: lowercase a-z, digits and single hyphens between parts, e.g. "regional-slur-bac-ky"`,
  );
}

function expectTerms(issues: Issues, v: unknown, path: string): void {
  expectArray(issues, v, path, { min: 1, max: LIMITS.terms }, (term, p) =>
    expectString(issues, term, p, LIMITS.termLength),
  );
}

function expectContext(issues: Issues, v: unknown, path: string, extra: readonly string[]): void {
  if (!expectType(issues, v, path, 'object')) return;
  const ctx = v as Json;
  unknownKeys(issues, ctx, ['terms', 'within', 'side', 'accents', ...extra], path);
  expectRequired(issues, ctx, ['terms'], path);
  if ('terms' in ctx) expectTerms(issues, ctx.terms, at(path, 'terms'));
  if ('within' in ctx) {
    const w = ctx.within;
    if (!Number.isInteger(w) || (w as number) < LIMITS.withinMin || (w as number) > LIMITS.withinMax) {
      issues.add(
        at(path, 'within'),
        `phải là số nguyên từ ${LIMITS.withinMin} đến ${LIMITS.withinMax} (số từ)`,
        `must be a whole number of words from ${LIMITS.withinMin} to ${LIMITS.withinMax}`,
      );
    }
  }
  if ('side' in ctx) expectEnum(issues, ctx.side, CONTEXT_SIDES, at(path, 'side'));
  if ('accents' in ctx) expectEnum(issues, ctx.accents, ACCENT_MODES, at(path, 'accents'));
  if ('extend' in ctx && extra.includes('extend'))
    expectType(issues, ctx.extend, at(path, 'extend'), 'boolean');
}

function expectExamples(issues: Issues, v: unknown, path: string): void {
  if (!expectType(issues, v, path, 'object')) return;
  const ex = v as Json;
  unknownKeys(issues, ex, ['flag', 'allow'], path);
  expectRequired(issues, ex, ['flag', 'allow'], path);
  for (const key of ['flag', 'allow'] as const) {
    if (key in ex) {
      expectArray(issues, ex[key], at(path, key), { max: LIMITS.examples }, (s, p) =>
        expectString(issues, s, p),
      );
    }
  }
}

/** Checks one rule; returns its id when the id is usable (for the uniqueness check). */
export function validateRule(issues: Issues, v: unknown, path: string): string | undefined {
  if (!expectType(issues, v, path, 'object')) return undefined;
  const rule = v as Json;
  const kind = RULE_KINDS.find((k) => k === rule.kind);
  const allowed: readonly string[] = kind
    ? [...COMMON_KEYS, ...KIND_KEYS[kind]]
    : [...COMMON_KEYS, ...KIND_KEYS.terms, ...KIND_KEYS.pattern];
  unknownKeys(issues, rule, allowed, path);
  expectRequired(issues, rule, ['id', 'kind', 'category', 'severity', 'clause', 'message'], path);
  if (kind) expectRequired(issues, rule, kind === 'terms' ? ['terms'] : ['pattern'], path);

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
  if ('unlessOfficialLink' in rule) {
    expectType(issues, rule.unlessOfficialLink, at(path, 'unlessOfficialLink'), 'boolean');
  }
  if ('examples' in rule) expectExamples(issues, rule.examples, at(path, 'examples'));
  if (kind !== 'pattern' && 'terms' in rule) expectTerms(issues, rule.terms, at(path, 'terms'));
  if (kind !== 'pattern' && 'accents' in rule)
    expectEnum(issues, rule.accents, ACCENT_MODES, at(path, 'accents'));
  if (
    kind !== 'terms' &&
    'pattern' in rule &&
    expectType(issues, rule.pattern, at(path, 'pattern'), 'string')
  ) {
    const reason = checkPattern(rule.pattern as string);
    if (reason) issues.add(at(path, 'pattern'), reason.vi, reason.en);
  }
  return idOk ? (rule.id as string) : undefined;
}
