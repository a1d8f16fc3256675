import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundRepeats,
  checkPattern,
  compileSafePattern,
  MAX_PATTERN_LENGTH,
  MAX_RUN,
} from '../../rules/safe-pattern';

// Realistic patterns an agency would write for personal data and document numbers.
const SAFE: [string, string][] = [
  ['12-digit citizen ID not inside a longer number', String.raw`(?<![\p{N}])\d{12}(?![\p{N}])`],
  ['document number such as "Số: 12/QĐ-UBND"', String.raw`Số:?\s*\d{1,5}/[\p{L}\d-]+`],
  ['password given after a keyword', String.raw`mật khẩu\s*(?:là|:)\s*\S{4,24}`],
  ['phone number with optional separators', String.raw`(?<!\d)0\d{2}[ .-]?\d{3}[ .-]?\d{4}(?!\d)`],
  ['named group and lookbehind', String.raw`(?<=OTP\s)(?<code>\d{6})`],
  ['optional group with quantifiers inside repeats at most once', String.raw`\d{3}(?:[ -]\d{3,4})?`],
  ['escaped parentheses are literals, not a group', String.raw`\(a+\)+`],
  ['a class holding group-like characters is one atom', '[(a+)|]+x'],
  ['repeated group without quantifier or alternation', '(?:ab)+c'],
  ['astral code point escape, repeated', String.raw`\u{1F600}+`],
  ['escaped bracket inside a class', String.raw`[\]\\]+`],
  ['bounded repeat at the limit', 'a{24}'],
  ['adjacent quantifiers on disjoint sets', String.raw`\s*\d+[\p{L}]+`],
  ['e-mail split by characters neither side matches', String.raw`[\w.-]{1,24}@[\w-]{1,24}\.[a-z]{2,20}`],
  ['a fixed character between two runs it belongs to is not a second run', String.raw`\d+\d`],
  ['a few alternatives in a row', '(?:a|b)(?:c|d)(?:e|f)x'],
  // What the next piece starts with decides the split: the space cannot be part of the first name.
  ['a name with an optional second word', String.raw`\p{L}+(?:\s\p{L}+)?`],
];

describe('checkPattern accepts safe patterns', () => {
  it.each(SAFE)('%s', (_why, source) => {
    expect(checkPattern(source)).toBeNull();
    expect(compileSafePattern(source).flags).toBe('giu');
  });

  it('the citizen-ID pattern finds 12 digits but not 13', () => {
    const re = compileSafePattern(String.raw`(?<![\p{N}])\d{12}(?![\p{N}])`);
    expect('CCCD 012345678901 nhé'.match(re)).toEqual(['012345678901']);
    expect('0123456789012'.match(re)).toBeNull();
  });
});

// Each refused construct, with a word its reason must contain (en) so the user learns what was wrong.
const REFUSED: [string, string, RegExp][] = [
  [
    'an optional piece that can start like the run before it',
    String.raw`\p{L}+(?:\s?\p{L}+)?`,
    /can match the same characters/,
  ],
  [
    'a run after an optional piece, adjacent to the first run when it is skipped',
    String.raw`\p{L}+(?:\s\p{L}+)?\p{L}+`,
    /can match the same characters/,
  ],
  ['nested quantifier', '(a+)+', /nested quantifier "\(a\+\)\+"/],
  ['nested quantifier with a star', String.raw`(\d*x)*`, /nested quantifier/],
  ['nested fixed counts still nest', String.raw`(?:\d{3}){2}`, /nested quantifier/],
  ['nested quantifier deeper inside', 'x(?:y(?:z+)w)+', /nested quantifier/],
  ['quantifier inside a lookahead of a repeated group', '(?:(?=a+)b)+', /nested quantifier/],
  ['repeated alternation with overlapping branches', '(a|ab){2,}', /repeated alternation/],
  ['starred alternation', '(?:cat|car)*x', /repeated alternation/],
  ['alternation nested in a repeated group', '(?:(?:a|b)c)+', /repeated alternation/],
  ['bounded repeat of an alternation', '(?:a|b){2,5}', /repeated alternation/],
  ['numbered backreference', String.raw`(a)\1`, /backreference "\\1"/],
  ['named backreference', String.raw`(?<w>a)\k<w>`, /backreference "\\k<w>"/],
  [
    'adjacent overlapping runs',
    String.raw`\d+\d+`,
    /"\\d\+" \(position 0\) and "\\d\+" \(position 3\) can match the same characters/,
  ],
  [
    'exponential chain of optional letters',
    `${'a?'.repeat(30)}${'a'.repeat(30)}`,
    /can match the same characters/,
  ],
  ['runs joined by a character both match', String.raw`\S+@\S+\.\w+`, /can match the same characters/],
  ['dot runs around a literal', '.*x.*y', /can match the same characters/],
  ['runs separated only by an optional character', String.raw`\d*-?\d+`, /can match the same characters/],
  ['variable group followed by an overlapping run', String.raw`(?:x\d*)\d+`, /can match the same characters/],
  ['case-insensitive overlap', 'a+A+', /can match the same characters/],
  ['too many alternatives in a row', `${'(?:a|b)'.repeat(11)}x`, /more than 1000 paths/],
  ['repeat count above 24', 'a{25}', /repeat count .*above 24/],
  ['upper bound above 24', 'a{2,5000}', /repeat count .*above 24/],
  ['lower bound above 24 with open end', 'a{25,}', /repeat count .*above 24/],
  ['pattern that matches empty text', String.raw`\d*`, /match empty text/],
  ['only an assertion', '(?=a)', /match empty text/],
  ['repeating an empty group', '(?:)+x', /can match nothing/],
  ['does not compile with u flag', String.raw`\-x{`, /does not compile with flags "giu"/],
  ['unterminated group', '(ab', /does not compile/],
  ['too long', 'a'.repeat(MAX_PATTERN_LENGTH + 1), /above the limit of 500/],
  ['empty', '', /empty/],
];

describe('checkPattern refuses dangerous constructs with a clear reason', () => {
  it.each(REFUSED)('%s', (_why, source, reason) => {
    const result = checkPattern(source);
    expect(result).not.toBeNull();
    expect(result?.en).toMatch(reason);
    expect(result?.vi.length).toBeGreaterThan(10); // Vietnamese first, never missing
    expect(() => compileSafePattern(source)).toThrow(reason);
  });

  it('names where the refused construct starts', () => {
    expect(checkPattern('abc(x+)+')?.en).toMatch(/at position 3/);
    expect(checkPattern('abc(x+)+')?.vi).toMatch(/vị trí 3/);
  });

  it('a pattern of exactly 500 characters is still allowed', () => {
    expect(checkPattern('a'.repeat(MAX_PATTERN_LENGTH))).toBeNull();
  });
});

describe('compileSafePattern bounds unbounded repeats', () => {
  // Refusal cannot stop the engine retrying at every start position ("\d+x" is quadratic on digits),
  // so every *, + and {n,} (and {n,m} wider than MAX_RUN) is capped at MAX_RUN beyond its minimum.
  it.each([
    [String.raw`\d+x`, String.raw`\d{1,24}x`],
    ['[a+*]*b', '[a+*]{0,24}b'],
    ['a{3,}?b', 'a{3,24}?b'],
    ['a{2,}b', 'a{2,24}b'],
    [String.raw`\+\*a`, String.raw`\+\*a`],
    ['a{2,5}b?', 'a{2,5}b?'],
    [String.raw`(?<![\p{N}])\d{12}(?![\p{N}])`, String.raw`(?<![\p{N}])\d{12}(?![\p{N}])`],
  ])('%s → %s', (source, bounded) => {
    expect(boundRepeats(source)).toBe(bounded);
  });

  it('a run longer than the bound is matched in pieces, never skipped', () => {
    const re = compileSafePattern(String.raw`\d+`);
    expect(re.source).toBe(String.raw`\d{1,24}`);
    expect(
      '9'
        .repeat(60)
        .match(re)
        ?.map((m) => m.length),
    ).toEqual([MAX_RUN, MAX_RUN, 12]);
  });
});

describe('checkPattern on arbitrary sources', () => {
  // Regex-ish fragments, so that many random sources compile and reach the scanner.
  const fragment = fc.constantFrom(
    ...['a', 'b', '\\d', '\\s', '\\S', '.', '[a-c]', '[^x]', '\\p{L}', '(', '(?:', '(?=', '(?<!', ')', '|'],
    ...['*', '+', '?', '{2}', '{1,3}', '{2,}', '+?', '\\', '\\1', '\\b', '^', '$', '[', ']', 'đ', '😀'],
  );
  const source = fc.array(fragment, { maxLength: 14 }).map((parts) => parts.join(''));

  it('never throws, and answers null or a reason in both languages', () => {
    fc.assert(
      fc.property(source, (src) => {
        const r = checkPattern(src);
        return r === null || (r.vi.length > 0 && r.en.length > 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('an accepted pattern compiles with "giu" and never matches empty text', () => {
    fc.assert(
      fc.property(source, (src) => {
        if (checkPattern(src) !== null) return true;
        const re = compileSafePattern(src);
        return re.exec('') === null && re.exec('xyz 123 đ')?.[0] !== '';
      }),
      { numRuns: 2000 },
    );
  });
});
