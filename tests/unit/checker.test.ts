import { describe, expect, it } from 'vitest';
import { createChecker } from '../../rules/checker';
import type { RuleSpec } from '../../rules/types';
import { MSG, termsRule } from '../fixtures/rules';

const base = { clause: '4.5', message: MSG } as const;
const RULES: RuleSpec[] = [
  {
    ...base,
    id: 'regional-bac-ky',
    kind: 'terms',
    category: 'regional',
    severity: 'high',
    terms: ['bắc kỳ', 'parky'],
    suggestion: { vi: 'người miền Bắc', en: 'Northerners' },
    unless: [{ terms: ['đừng gọi', 'không nên gọi'], within: 4, side: 'before' }],
  },
  {
    ...base,
    id: 'vulgar-cac',
    kind: 'terms',
    category: 'vulgar',
    severity: 'medium',
    terms: ['cặc'],
    accents: 'exact',
  },
  {
    ...base,
    id: 'insult-ngu',
    kind: 'terms',
    category: 'insult',
    severity: 'medium',
    terms: ['ngu', 'óc chó'],
    near: { terms: ['mày', 'thằng', 'con'], within: 3 },
  },
  {
    ...base,
    id: 'insult-ngu-extended',
    kind: 'terms',
    category: 'insult',
    severity: 'low',
    terms: ['đần'],
    near: { terms: ['thằng'], within: 2, side: 'before', extend: true },
  },
  {
    ...base,
    id: 'privacy-cccd',
    kind: 'pattern',
    category: 'privacy',
    severity: 'high',
    lang: 'any',
    pattern: '(?<![\\p{N}])\\d{12}(?![\\p{N}])',
    unless: [{ terms: ['hotline'], within: 3 }],
  },
  {
    ...base,
    id: 'unverified-share',
    kind: 'terms',
    category: 'unverified',
    severity: 'medium',
    clause: '4.4',
    terms: ['share gấp'],
    unlessOfficialLink: true,
  },
  { ...base, id: 'violence-giet', kind: 'terms', category: 'violence', severity: 'high', terms: ['giết'] },
  {
    ...base,
    id: 'violence-giet-het',
    kind: 'terms',
    category: 'violence',
    severity: 'medium',
    terms: ['giết hết'],
  },
  {
    ...base,
    id: 'hate-en',
    kind: 'terms',
    category: 'hate',
    severity: 'high',
    lang: 'en',
    terms: ['vermin'],
  },
  {
    ...base,
    id: 'confidential-mat',
    kind: 'terms',
    category: 'confidential',
    severity: 'high',
    clause: '5.2',
    terms: ['tối mật'],
    profiles: ['civil-servant'],
  },
];
const check = (text: string, opts = {}) => createChecker(RULES, { lang: 'vi', ...opts }).check(text);
const ids = (text: string, opts = {}) => check(text, opts).map((f) => f.ruleId);

describe('term rules', () => {
  it('find a multi-syllable term with and without accents, with offsets into the text as typed', () => {
    const text = 'Bọn Bac  Ky đó';
    const [f] = check(text);
    expect(f).toMatchObject({
      ruleId: 'regional-bac-ky',
      category: 'regional',
      severity: 'high',
      start: 4,
      end: 11,
    });
    expect(text.slice(f?.start, f?.end)).toBe('Bac  Ky');
    expect(f?.matched).toBe('Bac  Ky');
    expect(f?.suggestion?.vi).toBe('người miền Bắc');
  });
  it('match whole syllables only (no hit inside a longer word)', () =>
    expect(ids('parkyson bắc kỳlạ')).toEqual([]));
  it('do not run a phrase across punctuation', () => expect(ids('miền bắc, kỳ lạ')).toEqual([]));
  it('exact-accent rules tell cặc from các', () => {
    expect(ids('các bạn ơi')).toEqual([]);
    expect(ids('cái cặc')).toEqual(['vulgar-cac']);
    expect(ids('CẶC')).toEqual(['vulgar-cac']);
  });
  it('NFD input gives the same findings as NFC', () => {
    const text = 'thằng bắc kỳ, cái cặc';
    const a = check(text).map((f) => [f.ruleId, f.matched]);
    const b = check(text.normalize('NFD')).map((f) => [f.ruleId, f.matched.normalize('NFC')]);
    expect(b).toEqual(a);
  });
});

describe('proximity and contexts', () => {
  it('near: the ambiguous word counts only close to a person', () => {
    expect(ids('mày ngu quá')).toEqual(['insult-ngu']);
    expect(ids('câu hỏi ngu ngơ')).toEqual([]);
    expect(ids('mày là một người rất ngu')).toEqual([]); // 4 words away
    expect(ids('thằng đó ngu')).toEqual(['insult-ngu']);
  });
  it('near does not reach across a sentence end', () => expect(ids('Tôi gặp mày. Ngu thật')).toEqual([]));
  it('near with extend underlines the person word too', () => {
    const [f] = check('thằng đần');
    expect(f?.matched).toBe('thằng đần');
  });
  it('unless: counter-speech before the slur suppresses it', () => {
    expect(ids('đừng gọi người ta là bắc kỳ')).toEqual([]);
    expect(ids('bọn bắc kỳ')).toEqual(['regional-bac-ky']);
  });
  it('unless official link: a source from an official domain removes the hint', () => {
    expect(ids('share gấp tin này')).toEqual(['unverified-share']);
    expect(ids('share gấp tin này https://moh.gov.vn/tin-tuc', { officialDomains: ['gov.vn'] })).toEqual([]);
    expect(ids('share gấp tin này https://fake-gov.vn.example.com', { officialDomains: ['gov.vn'] })).toEqual(
      ['unverified-share'],
    );
  });
});

describe('pattern rules', () => {
  it('find a 12-digit citizen id but not a longer number', () => {
    expect(ids('CCCD của nó 012345678901 nhé')).toEqual(['privacy-cccd']);
    expect(ids('mã 01234567890123')).toEqual([]);
  });
  it('map pattern offsets back to NFD text', () => {
    const text = 'Số của bà ấy: 012345678901'.normalize('NFD');
    const [f] = check(text);
    expect(f?.matched).toBe('012345678901');
  });
  it('patterns honour unless contexts', () => expect(ids('hotline 012345678901')).toEqual([]));
});

describe('overlaps, language, profiles', () => {
  it('resolve deterministically: the longest hit wins', () => {
    expect(ids('giết hết bọn nó')).toEqual(['violence-giet-het']);
    expect(ids('giết nó')).toEqual(['violence-giet']);
  });
  it('English rules run on English text only', () => {
    expect(
      createChecker(RULES, { lang: 'en' })
        .check('they are vermin')
        .map((f) => f.ruleId),
    ).toEqual(['hate-en']);
    expect(ids('they are vermin')).toEqual([]);
  });
  it('auto language picks English for a long English text', () => {
    const c = createChecker(RULES);
    expect(c.lang('These people are nothing but vermin and should leave our town')).toBe('en');
    expect(
      c.check('These people are nothing but vermin and should leave our town').map((f) => f.ruleId),
    ).toEqual(['hate-en']);
  });
  it('profile rules apply only in their profile', () => {
    expect(ids('tài liệu tối mật')).toEqual([]);
    expect(ids('tài liệu tối mật', { profile: 'civil-servant' })).toEqual(['confidential-mat']);
  });
  it('findings are sorted by start and never overlap', () => {
    const fs = check('mày ngu, bọn bắc kỳ, giết hết, cặc');
    for (let i = 1; i < fs.length; i++) expect(fs[i]?.start).toBeGreaterThanOrEqual(fs[i - 1]?.end ?? 0);
    expect(fs.map((f) => f.ruleId)).toEqual([
      'insult-ngu',
      'regional-bac-ky',
      'violence-giet-het',
      'vulgar-cac',
    ]);
  });
});

describe('context accents', () => {
  const rules: RuleSpec[] = [
    termsRule('insult-exact-near', 'insult', 'medium', ['ngu'], {
      near: { terms: ['mày'], within: 2, accents: 'exact' },
    }),
  ];
  it('an exact context needs the accented word: "mày ngu" counts, "máy ngu" does not', () => {
    const c = createChecker(rules, { lang: 'vi' });
    expect(c.check('mày ngu').map((f) => f.ruleId)).toEqual(['insult-exact-near']);
    expect(c.check('máy ngu')).toEqual([]);
  });
});
