import { describe, expect, it } from 'vitest';
import { checkPattern, compileSafePattern, MAX_PATTERN_LENGTH } from '../../rules/safe-pattern';

// Realistic patterns an agency would write for personal data and document numbers.
const SAFE: [string, string][] = [
  ['12-digit citizen ID not inside a longer number', String.raw`(?<![\p{N}])\d{12}(?![\p{N}])`],
  ['document number such as "Số: 12/QĐ-UBND"', String.raw`Số:?\s*\d{1,5}/[\p{L}\d-]+`],
  ['password given after a keyword', String.raw`mật khẩu\s*(?:là|:)\s*\S{4,64}`],
  ['phone number with optional separators', String.raw`(?<!\d)0\d{2}[ .-]?\d{3}[ .-]?\d{4}(?!\d)`],
  ['named group and lookbehind', String.raw`(?<=OTP\s)(?<code>\d{6})`],
  ['optional group with quantifiers inside repeats at most once', String.raw`\d{3}(?:[ -]\d{3,4})?`],
  ['escaped parentheses are literals, not a group', String.raw`\(a+\)+`],
  ['a class holding group-like characters is one atom', '[(a+)|]+x'],
  ['repeated group without quantifier or alternation', '(?:ab)+c'],
  ['astral code point escape, repeated', String.raw`\u{1F600}+`],
  ['escaped bracket inside a class', String.raw`[\]\\]+`],
  ['bounded repeat at the limit', 'a{1000}'],
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
  ['repeat count above 1000', 'a{1001}', /repeat count .*above 1000/],
  ['upper bound above 1000', 'a{2,5000}', /repeat count .*above 1000/],
  ['lower bound above 1000 with open end', 'a{1001,}', /repeat count .*above 1000/],
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
