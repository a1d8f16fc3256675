// Every built-in rule proves itself on its own examples (it underlines exactly the marked words,
// its replacements leave no hint of its category where they are written, it spares its allow
// examples), passes the same validator as an imported ruleset, and the ruleset stays consistent:
// unique ids, no duplicated term inside a category, a known clause, bilingual messages.
import { describe, expect, it } from 'vitest';
import { isKnownClause } from '../../rules/clauses';
import { parseExample } from '../../rules/examples';
import { BUILTIN_RULES, OFFICIAL_DOMAINS } from '../../rules/families';
import { createChecker, GUIDANCE_RULES, tokenize } from '../../rules/index';
import { validateRuleset } from '../../rules/ruleset';
import type { Profile, RuleSpec, Span } from '../../rules/types';
import { CATEGORIES } from '../../rules/types';

const profileOf = (r: RuleSpec): Profile => r.profiles?.[0] ?? 'citizen';
const checkers = new Map<string, ReturnType<typeof createChecker>>();
function checkerFor(r: RuleSpec) {
  // Force the rule's language: a short Vietnamese example without accents must still run Vietnamese rules.
  const key = `${profileOf(r)}|${r.lang ?? 'vi'}`;
  let c = checkers.get(key);
  if (!c) {
    c = createChecker({ profile: profileOf(r), lang: r.lang === 'en' ? 'en' : 'vi' });
    checkers.set(key, c);
  }
  return c;
}

const spansOf = (rule: RuleSpec, text: string): Span[] =>
  checkerFor(rule)
    .check(text)
    .filter((f) => f.ruleId === rule.id)
    .map((f) => ({ start: f.start, end: f.end }));

const ALL_RULES: readonly RuleSpec[] = [...BUILTIN_RULES, ...GUIDANCE_RULES];
const flagCases = ALL_RULES.flatMap((r) =>
  (r.examples?.flag ?? []).map((marked) => [r.id, marked, r] as const),
);
const allowCases = ALL_RULES.flatMap((r) =>
  (r.examples?.allow ?? []).map((text) => [r.id, text, r] as const),
);

describe('every rule underlines exactly the marked words of its flag examples', () => {
  it.each(flagCases)('%s flags %j', (_id, marked, rule) => {
    const ex = parseExample(marked);
    if (!ex.ok) throw new Error(ex.reason.en);
    expect(ex.spans.length, 'a built-in flag example marks its span').toBeGreaterThan(0);
    expect(spansOf(rule, ex.text)).toEqual(ex.spans);
  });
});

// The card offers each replacement in place of the underlined words: what it writes must not draw
// a hint of the rule's category itself (a hint inside the written words), nor the same rule again.
// A longer hint that only begins or ends in them is about the rest of the sentence: "[Bắc-kỳ] láo
// toét" becomes "người miền Bắc láo toét", still a regional stereotype, rightly hinted next.
const replaceCases = flagCases.filter(([, , r]) => r.replace?.length);
describe('every replacement leaves no hint of its category on the words it writes', () => {
  it.each(replaceCases)('%s in %j', (_id, marked, rule) => {
    const ex = parseExample(marked);
    if (!ex.ok) throw new Error(ex.reason.en);
    const lang = rule.lang === 'en' ? 'en' : 'vi';
    for (const span of ex.spans) {
      for (const wording of (rule.replace ?? []).map((r) => r[lang])) {
        const text = ex.text.slice(0, span.start) + wording + ex.text.slice(span.end);
        const end = span.start + wording.length;
        const there = checkerFor(rule)
          .check(text)
          .filter((f) => f.category === rule.category && f.start < end && span.start < f.end)
          .filter((f) => f.ruleId === rule.id || (span.start <= f.start && f.end <= end));
        expect(
          there.map((f) => `${f.ruleId}: ${f.matched}`),
          text,
        ).toEqual([]);
      }
    }
  });
});

describe('every rule leaves its own allow examples alone', () => {
  it.each(allowCases)('%s allows %j', (id, text, rule) => {
    const found = checkerFor(rule)
      .check(text)
      .map((f) => f.ruleId);
    expect(found).not.toContain(id);
  });
});

describe('ruleset integrity', () => {
  it('the built-in rules pass the validator of imported rulesets', () => {
    const result = validateRuleset({ name: 'built-in', rules: ALL_RULES });
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message.en}`)).toEqual([]);
  });

  it('covers all 11 categories', () => {
    const cats = new Set(BUILTIN_RULES.map((r) => r.category));
    expect([...CATEGORIES].filter((c) => !cats.has(c))).toEqual([]);
  });

  it('has unique, prefixed kebab-case ids', () => {
    const ids = BUILTIN_RULES.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const r of BUILTIN_RULES) {
      expect(r.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      const prefix = r.lang === 'en' ? 'en-' : `${r.category}-`;
      expect(r.id.startsWith(prefix), r.id).toBe(true);
    }
  });

  it('has no duplicated normalised term within a category and language', () => {
    // A term may appear once unconditionally and once more in a `near` rule (which widens the underline).
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const r of BUILTIN_RULES) {
      if (r.kind !== 'terms') continue;
      const inRule = new Set<string>();
      for (const term of r.terms) {
        const toks = tokenize(term);
        const norm = toks.map((t) => (r.accents === 'exact' ? t.k : t.f)).join(' ');
        if (inRule.has(norm)) dups.push(`${r.id}: "${term}" twice`);
        inRule.add(norm);
        const key = `${r.category}|${r.lang ?? 'vi'}|${r.accents ?? 'fold'}|${r.near ? 'near' : 'bare'}|${norm}`;
        const other = seen.get(key);
        if (other && other !== r.id) dups.push(`"${term}" in ${other} and ${r.id}`);
        seen.set(key, r.id);
      }
    }
    expect(dups).toEqual([]);
  });

  it.each(BUILTIN_RULES.map((r) => [r.id, r] as const))('%s is complete', (_id, r) => {
    expect(isKnownClause(r.clause)).toBe(true);
    expect(r.message.vi.trim()).not.toBe('');
    expect(r.message.en.trim()).not.toBe('');
    if (r.suggestion) {
      expect(r.suggestion.vi.trim()).not.toBe('');
      expect(r.suggestion.en.trim()).not.toBe('');
    }
    expect(r.examples?.flag.length ?? 0).toBeGreaterThanOrEqual(1);
    expect(r.examples?.allow.length ?? 0).toBeGreaterThanOrEqual(1);
    if (r.kind === 'terms') expect(r.terms.every((t) => tokenize(t).length > 0)).toBe(true);
  });

  it('keeps confidential rules to the civil-servant profile', () => {
    const conf = BUILTIN_RULES.filter((r) => r.category === 'confidential');
    expect(conf.length).toBeGreaterThan(0);
    for (const r of conf) expect(r.profiles).toEqual(['civil-servant']);
    const citizen = createChecker({ profile: 'citizen', lang: 'vi' });
    expect(citizen.check('gửi mọi người văn bản TỐI MẬT của sở').map((f) => f.category)).not.toContain(
      'confidential',
    );
  });

  it('lists official domains as bare lower-case hosts', () => {
    expect(OFFICIAL_DOMAINS).toContain('gov.vn');
    for (const d of OFFICIAL_DOMAINS) expect(d).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
  });
});
