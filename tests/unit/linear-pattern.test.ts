// Untrusted patterns (an agency's policy, a user's import) run on the linear engine
// (rules/linear-regex.ts): same matches as the browser's RegExp, no backtracking, bounded work.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChecker } from '../../rules/index';
import { compileLinear, STEPS_PER_CHAR } from '../../rules/linear-regex';
import { checkPattern } from '../../rules/safe-pattern';
import type { Ruleset } from '../../rules/types';

// Patterns the audit showed `ungxu ruleset validate` accepting while the browser's engine took
// 0.5–25 s on 20 KB of the text written under each.
const HOSTILE: [string, string, string][] = [
  [
    'a class of another script repeated four times, then a letter',
    String.raw`[\u0E00-\u0E7F]+[\u0E00-\u0E7F]+[\u0E00-\u0E7F]+[\u0E00-\u0E7F]+a`,
    'ก',
  ],
  ['a Unicode script class', String.raw`\p{Script=Thai}+\p{Script=Thai}+x`, 'ก'],
  ['an emoji range', String.raw`[\u{1F680}-\u{1F6FF}]+[\u{1F680}-\u{1F6FF}]+x`, '🚀'],
  [
    'a counted run before groups of alternatives of different lengths',
    'a{1,24}(?:a|aa)(?:a|aa)(?:a|aa)b',
    'a',
  ],
];

const agencyWith = (pattern: string): Ruleset => ({
  name: 'Sở thử',
  rules: [
    {
      id: 'agency-pattern',
      kind: 'pattern',
      category: 'confidential',
      severity: 'high',
      clause: '5.2',
      pattern,
      message: { vi: 'Thông tin nội bộ', en: 'Internal information' },
    },
  ],
});

afterEach(() => vi.restoreAllMocks());

describe('untrusted patterns never reach a backtracking engine', () => {
  it.each(HOSTILE)(
    '%s: accepted, and checked without the browser RegExp over the text',
    (_why, pattern, run) => {
      expect(checkPattern(pattern)).toBeNull();
      const checker = createChecker({ agency: agencyWith(pattern), lang: 'vi' });
      const text = run.repeat(2_000);
      // The native engine scans a text through RegExp.prototype[Symbol.matchAll]; the linear one never does.
      const spy = vi.spyOn(RegExp.prototype, Symbol.matchAll);
      checker.check(text);
      const ours = spy.mock.contexts.filter((re) => (re as RegExp).source.includes(pattern.slice(0, 6)));
      expect(ours).toEqual([]);
    },
  );

  it.each(HOSTILE)('%s: the engine takes at most STEPS_PER_CHAR steps a character', (_why, pattern, run) => {
    const re = compileLinear(pattern);
    const text = run.repeat(20_000);
    re.matches(text);
    expect(re.spent).toBeLessThanOrEqual(STEPS_PER_CHAR * (text.length + 1));
  });

  it('a hit of an agency pattern is still found (the engine finds, it does not only refuse)', () => {
    const checker = createChecker({ agency: agencyWith(String.raw`mã hồ sơ\s*\d{6}(?!\d)`), lang: 'vi' });
    expect(checker.check('Gửi anh mã hồ sơ 123456 nhé').map((f) => f.matched)).toEqual(['mã hồ sơ 123456']);
  });

  it('a run is one match, however long: * and + are loops, not bounded to 24', () => {
    expect(compileLinear(String.raw`\d+`).matches(`x${'1'.repeat(100)}x`)).toEqual([[1, 101]]);
  });

  it('a pattern whose preferred branch reads far ahead of each short match stops at its step budget', () => {
    const re = compileLinear(String.raw`a\w{24}\w{24}\w{24}\w{24}z|a`);
    const text = 'a'.repeat(20_000);
    const found = re.matches(text);
    expect(re.spent).toBeLessThanOrEqual(STEPS_PER_CHAR * (text.length + 1));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(([s, e]) => e === s + 1)).toBe(true);
  });
});

// Patterns of the shapes rulesets use, and texts that exercise their edges.
const SAME: string[] = [
  String.raw`(?<![\p{N}])\d{12}(?![\p{N}])`,
  String.raw`Số:?\s*\d{1,5}/[\p{L}\d-]+`,
  String.raw`mật khẩu\s*(?:là|:)\s*\S{4,24}`,
  String.raw`(?<!\d)0\d{2}[ .-]?\d{3}[ .-]?\d{4}(?!\d)`,
  String.raw`(?<=OTP\s)(?<code>\d{6})`,
  String.raw`\bđm\b|đ[ ,.]m`,
  String.raw`[\w.-]{1,24}@[\w-]{1,24}\.[a-z]{2,20}`,
  String.raw`^Kính gửi|trân trọng$`,
  String.raw`\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+`,
  'a.*?b|x+?y',
];
const ALPHABET = [...'0123456789 .-/:@abxyzđmĐMSố😀\nOTPKính gửi trân trọng mật khẩu là'];

describe('the linear engine finds what the RegExp finds', () => {
  it.each(SAME)('%s', (pattern) => {
    expect(checkPattern(pattern)).toBeNull();
    const linear = compileLinear(pattern);
    const native = new RegExp(pattern, 'giu');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        const want = [...text.matchAll(native)].map((m) => [m.index, m.index + m[0].length]);
        expect(linear.matches(text)).toEqual(want);
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});
