// Custom patterns from agency and user rulesets cannot hang the page. Well-known catastrophic
// (ReDoS) patterns are REFUSED, and the reason names the construct and the piece of the pattern that
// was refused, in the validation error a ruleset author sees. The accepted near-misses benchmarked by
// bench/patterns.ts must really be accepted (else the benchmark would measure nothing).
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL } from '../../bench/patterns';
import { createChecker, validateRuleset } from '../../rules/index';
import { checkPattern, MAX_PATTERN_LENGTH } from '../../rules/safe-pattern';

// [pattern, what a reader must learn from the reason (en)]. Classic ReDoS shapes and their variants.
const CATASTROPHIC: [string, RegExp][] = [
  ['(a+)+$', /nested quantifier "\(a\+\)\+"/],
  ['(a*)*b', /nested quantifier "\(a\*\)\*"/],
  [String.raw`(\d+)*x`, /nested quantifier "\(\\d\+\)\*"/],
  [String.raw`^(\w+\s?)*$`, /nested quantifier "\(\\w\+\\s\?\)\*"/],
  ['([a-zA-Z]+)*@', /nested quantifier/],
  [String.raw`(.*a){12}`, /nested quantifier "\(\.\*a\)\{12\}"/],
  // Refused for its inner overlap first (either reason names a real hazard of this pattern).
  ['(x+x+)+y', /"x\+" \(position 1\) and "x\+" \(position 3\) can match the same characters/],
  [String.raw`(?:[\p{L}\s]+)*@`, /nested quantifier/],
  ['(a|a)*$', /repeated alternation "\(a\|a\)\*"/],
  ['(a|aa)+$', /repeated alternation "\(a\|aa\)\+"/],
  ['(?:ab|cd)+e', /repeated alternation "\(\?:ab\|cd\)\+"/],
  ['(?:đm|dm|đ m)+!', /repeated alternation/],
  [String.raw`(\w|\d)+x`, /repeated alternation/],
  [String.raw`(.)\1+x`, /backreference "\\1"/],
  [String.raw`(?<q>['"]).*\k<q>`, /backreference "\\k<q>"/],
  [String.raw`\d+\d+x`, /"\\d\+" \(position 0\) and "\\d\+" \(position 3\) can match the same characters/],
  [String.raw`\s*\s*$`, /"\\s\*" \(position 0\) and "\\s\*" \(position 3\) can match the same/],
  ['.*.*=.*', /can match the same characters/],
  [String.raw`\S+@\S+\.\S+`, /"\\S\+" \(position 0\) and "\\S\+" \(position 4\)/],
  [String.raw`(?:https?://)?\S+\.vn`, /"\(\?:https\?:\/\/\)\?" \(position 0\) and "\\S\+" \(position 14\)/],
  [String.raw`[\p{L}\s]+\s+@`, /can match the same characters/],
  [`${'a?'.repeat(25)}${'a'.repeat(25)}`, /can match the same characters/],
  [`${'(?:x|y)'.repeat(12)}z`, /more than 1000 paths through its alternations/],
  ['a{0,5000}b', /repeat count in "\{0,5000\}" at position 1 is above 24/],
  [String.raw`\d*`, /can match empty text/],
  ['(?:)+x', /repeats something that can match nothing/],
];

describe('catastrophic patterns are refused, and the reason names what was refused', () => {
  it.each(CATASTROPHIC)('%s', (source, why) => {
    const reason = checkPattern(source);
    expect(reason).not.toBeNull();
    expect(reason?.en).toMatch(/^Pattern refused: /);
    expect(reason?.en).toMatch(why);
    // Vietnamese first: the same refusal, in Vietnamese, quoting the same piece.
    expect(reason?.vi).toMatch(/^Biểu thức bị từ chối: /);
    const quoted = /"([^"]+)"/.exec(reason?.en ?? '')?.[1];
    if (quoted) expect(reason?.vi).toContain(quoted);
  });

  it('a ruleset carrying one is invalid, with the JSON path of the pattern and the reason', () => {
    const result = validateRuleset({
      name: 'Bộ quy tắc thử',
      rules: [
        {
          id: 'user-bad-pattern',
          kind: 'pattern',
          category: 'privacy',
          severity: 'low',
          clause: '4.3',
          pattern: '(a+)+$',
          message: { vi: 'Thử', en: 'Test' },
        },
      ],
    });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: 'rules[0].pattern',
        message: expect.objectContaining({ en: expect.stringMatching(/nested quantifier "\(a\+\)\+"/) }),
      }),
    );
  });

  it('createChecker refuses to compile one from a user ruleset, saying why (the page keeps its last checker)', () => {
    const user = {
      name: 'Bộ quy tắc thử',
      rules: [
        {
          id: 'user-bad-pattern',
          kind: 'pattern' as const,
          category: 'privacy' as const,
          severity: 'low' as const,
          clause: '4.3',
          pattern: String.raw`(\d+)*x`,
          message: { vi: 'Thử', en: 'Test' },
        },
      ],
    };
    expect(() => createChecker({ profile: 'citizen', user })).toThrow(/nested quantifier/);
  });
});

describe('caps', () => {
  it(`a pattern longer than ${MAX_PATTERN_LENGTH} characters is refused, naming its length and the limit`, () => {
    const reason = checkPattern('a'.repeat(MAX_PATTERN_LENGTH + 1));
    expect(reason?.en).toBe(`The pattern is 501 characters long, above the limit of ${MAX_PATTERN_LENGTH}.`);
    expect(reason?.vi).toContain('501');
    expect(checkPattern('a'.repeat(MAX_PATTERN_LENGTH))).toBeNull();
  });
});

describe('the benchmark list is of accepted near-misses', () => {
  it.each(ADVERSARIAL.map((a) => [a.pattern, a.nearMissOf]))(
    '%s is accepted (its near-miss %s is not)',
    (p, miss) => {
      expect(checkPattern(p)).toBeNull();
      expect(checkPattern(miss)).not.toBeNull();
    },
  );
});
