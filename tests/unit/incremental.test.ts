import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../rules/checker';
import type { RuleSpec } from '../../rules/types';
import { recheckChain } from '../fixtures/edits';
import { MSG, termsRule } from '../fixtures/rules';

const RULES: RuleSpec[] = [
  termsRule('insult-ngu', 'insult', 'medium', ['ngu', 'óc chó'], {
    near: { terms: ['mày', 'thằng'], within: 3 },
  }),
  termsRule('regional-bac-ky', 'regional', 'high', ['bắc kỳ'], {
    unless: [{ terms: ['đừng gọi'], within: 4, side: 'before' }],
  }),
  termsRule('violence-giet-het', 'violence', 'high', ['giết hết', 'giết']),
  {
    id: 'privacy-cccd',
    kind: 'pattern',
    category: 'privacy',
    severity: 'high',
    clause: '4.3',
    message: MSG,
    lang: 'any',
    pattern: '(?<![\\p{N}])\\d{12}(?![\\p{N}])',
  },
  termsRule('unverified-share', 'unverified', 'medium', ['share gấp'], { unlessOfficialLink: true }),
];
const PIECES = [
  'Hôm nay trời đẹp quá. ',
  'Thằng đó ngu thật. ',
  'Đừng gọi người ta là bắc kỳ nhé, ',
  'bọn bắc kỳ ',
  'giết hết ',
  'Số 012345678901 ',
  'share gấp đi mọi người ',
  'https://moh.gov.vn/tin ',
  'mày ',
  'óc chó ',
  '\n',
  'Chúng tôi đi chơi ở Đà Nẵng cùng gia đình và bạn bè thân thiết của mình. ',
];
const doc = fc.array(fc.constantFrom(...PIECES), { minLength: 60, maxLength: 140 }).map((a) => a.join(''));
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat(12),
  insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })),
});

describe('recheck: editing a long text gives the same findings as checking it whole', () => {
  const checker = createChecker(RULES, { officialDomains: ['gov.vn'] });
  it('for random edits anywhere in the text', () => {
    fc.assert(
      fc.property(doc, fc.array(edit, { minLength: 1, maxLength: 4 }), (start, edits) => {
        recheckChain(checker, start, edits, (_, incremental, full) => expect(incremental).toEqual(full));
      }),
      { numRuns: 300 },
    );
  });
  it('returns the same findings when nothing changed', () => {
    const text = PIECES.join('').repeat(20);
    expect(checker.recheck(text, checker.check(text), text)).toEqual(checker.check(text));
  });
});

describe('recheck with a rule reported once per text', () => {
  const once: RuleSpec = termsRule('once-rule', 'official-source', 'info', ['thông báo'], { once: true });
  it('keeps only the earliest hit after an edit far from it, as a whole check does', () => {
    const checker = createChecker([once], {});
    const filler = 'Hôm nay trời đẹp quá. '.repeat(100);
    const prev = `thông báo ${filler}`;
    const next = `${prev}thông báo`;
    const findings = checker.recheck(prev, checker.check(prev), next);
    expect(findings).toEqual(checker.check(next));
    expect(findings).toHaveLength(1);
  });
});

describe('recheck with long words between a hit and its context', () => {
  it('still sees a suppressor ten long words away after an edit near it', () => {
    const rule: RuleSpec = termsRule('regional-x', 'regional', 'high', ['bắc kỳ'], {
      unless: [{ terms: ['lịch sử'], within: 12, side: 'before' }],
    });
    const checker = createChecker([rule], {});
    const filler = 'Hôm nay trời đẹp quá. '.repeat(150);
    const long = Array.from({ length: 9 }, () => 'x'.repeat(52)).join(' ');
    const prev = `${filler}Trong lịch sử ${long} bắc kỳ ${filler}`;
    const next = prev.replace('lịch sử', '');
    expect(checker.recheck(prev, checker.check(prev), next)).toEqual(checker.check(next));
    expect(checker.check(next).map((f) => f.ruleId)).toEqual(['regional-x']);
    expect(checker.recheck(next, checker.check(next), prev)).toEqual(checker.check(prev));
  });
});
