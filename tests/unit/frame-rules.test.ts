// Frame rules inside the checker: slots filled by lexicons, the main slot as the span, the other
// slots underlined with it, contexts around the whole frame, frames preferred over a word inside
// them, and recheck equal to check.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../rules/index';
import { defineLexicon, type Lexicon } from '../../rules/lexicons';
import type { RuleSpec } from '../../rules/types';

const LEX: ReadonlyMap<string, Lexicon> = new Map(
  [
    defineLexicon({ id: 'test.group', about: { vi: 'nhóm', en: 'group' }, fold: ['dân làng a', 'làng a'] }),
    defineLexicon({
      id: 'test.general',
      about: { vi: 'khái quát', en: 'generaliser' },
      exact: ['toàn', 'đều'],
    }),
    defineLexicon({
      id: 'test.trait',
      about: { vi: 'nét xấu', en: 'trait' },
      fold: ['lười biếng', 'keo kiệt'],
    }),
    defineLexicon({
      id: 'test.bad',
      about: { vi: 'gộp', en: 'union' },
      include: ['test.trait'],
      fold: ['xấu tính'],
    }),
  ].map((l) => [l.id, l]),
);

const common = { severity: 'high', clause: '4.5', message: { vi: 'm', en: 'm' } } as const;
const FRAME: RuleSpec = {
  ...common,
  id: 'test-stereotype',
  kind: 'frame',
  category: 'regional',
  main: 'trait',
  slots: [
    { name: 'group', lexicons: ['test.group'] },
    { name: 'generalizer', lexicons: ['test.general'] },
    { name: 'trait', lexicons: ['test.bad'] },
  ],
  unless: [{ terms: ['không phải'], within: 4 }],
};
const WORD: RuleSpec = { ...common, id: 'test-word', kind: 'terms', category: 'insult', terms: ['keo kiệt'] };
const make = () => createChecker({ builtin: [FRAME, WORD], lexicons: LEX });

describe('frame rules in the checker', () => {
  it('a filled frame is one hint: the main slot is the span, the other slots are related words', () => {
    const text = 'Dân làng A toàn lười biếng lắm';
    const [f, ...rest] = make().check(text);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'test-stereotype', category: 'regional', matched: 'lười biếng' });
    expect(f?.slots?.map((s) => [s.name, text.slice(s.start, s.end)])).toEqual([
      ['group', 'Dân làng A'],
      ['generalizer', 'toàn'],
    ]);
    expect(f?.related?.map((s) => text.slice(s.start, s.end))).toEqual(
      expect.arrayContaining(['Dân làng A', 'toàn']),
    );
  });

  it('lexicons include others: "keo kiệt" fills the trait through test.trait', () => {
    expect(
      make()
        .check('dân làng a đều keo kiệt')
        .map((f) => f.ruleId),
    ).toEqual(['test-stereotype']);
  });

  it('the frame wins over a word rule on the same words: the category is what the frame means', () => {
    const findings = make().check('dân làng a đều keo kiệt');
    expect(findings.map((f) => f.category)).toEqual(['regional']);
    // without the frame's other slots, the word rule alone
    expect(
      make()
        .check('ông ấy keo kiệt')
        .map((f) => f.ruleId),
    ).toEqual(['test-word']);
  });

  it("a word rule whose span is exactly the frame's extent still loses to the frame", () => {
    const phrase: RuleSpec = {
      ...common,
      id: 'test-phrase',
      kind: 'terms',
      category: 'insult',
      terms: ['làng a đều keo kiệt'],
    };
    const checker = createChecker({ builtin: [phrase, FRAME], lexicons: LEX });
    expect(checker.check('làng a đều keo kiệt').map((f) => f.ruleId)).toEqual(['test-stereotype']);
  });

  it('unless-contexts are looked for around the whole frame', () => {
    expect(make().check('không phải dân làng A toàn lười biếng')).toEqual([]);
  });

  it('unless-contexts between the slots count too', () => {
    const rule: RuleSpec = {
      ...FRAME,
      id: 'test-inside',
      unless: [{ terms: ['không', 'toàn'], within: 1, side: 'before' }],
    };
    const checker = createChecker({ builtin: [rule], lexicons: LEX });
    // "không" stands between the generaliser and the trait, right before the main slot
    expect(checker.check('dân làng A đều không keo kiệt')).toEqual([]);
    // "toàn" fills a slot here, so it is not a context
    expect(checker.check('dân làng A toàn keo kiệt')).toHaveLength(1);
  });

  it('an unless-context between the slots counts too: "dân làng A không phải toàn lười biếng"', () => {
    expect(make().check('dân làng A không phải toàn lười biếng')).toEqual([]);
  });

  it("a context word that is one of the slots' own words does not suppress the frame", () => {
    const rule: RuleSpec = { ...FRAME, unless: [{ terms: ['lười'], within: 4 }] };
    const checker = createChecker({ builtin: [rule], lexicons: LEX });
    expect(checker.check('dân làng A toàn lười biếng').map((f) => f.ruleId)).toEqual(['test-stereotype']);
  });

  it('between the slots, a context counts within its reach and on its side of a slot', () => {
    const before: RuleSpec = { ...FRAME, unless: [{ terms: ['bị'], within: 1, side: 'before' }] };
    const checker = createChecker({ builtin: [before], lexicons: LEX });
    // "bị" right before the trait: victims, not a verdict
    expect(checker.check('dân làng A toàn bị lười biếng')).toEqual([]);
    // "bị" right after a slot, before none: not on the rule's side
    expect(checker.check('dân làng A bị ốm toàn lười biếng').map((f) => f.ruleId)).toEqual([
      'test-stereotype',
    ]);
  });

  it('a bare word matches folded only in a sentence typed without any accent', () => {
    const lex: ReadonlyMap<string, Lexicon> = new Map(
      [
        defineLexicon({ id: 'test.you', about: { vi: 'mày', en: 'you' }, bare: ['mày'] }),
        defineLexicon({ id: 'test.dumb', about: { vi: 'ngu', en: 'dumb' }, fold: ['ngu'] }),
      ].map((l) => [l.id, l]),
    );
    const rule: RuleSpec = {
      ...common,
      id: 'test-bare',
      kind: 'frame',
      category: 'insult',
      main: 'trait',
      slots: [
        { name: 'target', lexicons: ['test.you'] },
        { name: 'trait', lexicons: ['test.dumb'] },
      ],
    };
    const checker = createChecker({ builtin: [rule], lexicons: lex, learned: null });
    // "may" is "mày" when nothing in the sentence carries an accent…
    expect(checker.check('may ngu vl')).toHaveLength(1);
    // …and the accented word always fills the slot…
    expect(checker.check('mày ngu thật')).toHaveLength(1);
    // …but typed with accents elsewhere, "máy" / "may" are the machine, the luck.
    expect(checker.check('cái máy này ngu thật')).toEqual([]);
    expect(checker.check('may mà nó ngu thật')).toEqual([]);
    // one sentence typed bare does not make the next one bare
    expect(checker.check('Hôm nay đẹp trời. may ngu vl')).toHaveLength(1);
  });

  it('a context that takes in part of a slot reads those words otherwise and suppresses the frame', () => {
    // "làng a" is a place in "ao làng a": the phrase guards the group slot
    const rule: RuleSpec = { ...FRAME, unless: [{ terms: ['ao làng'], within: 1 }] };
    const checker = createChecker({ builtin: [rule], lexicons: LEX });
    expect(checker.check('ao làng a toàn keo kiệt')).toEqual([]);
    expect(checker.check('dân làng a toàn keo kiệt')).toHaveLength(1);
  });

  it('typed without accents, a folded slot still fills; an exact one does not', () => {
    expect(make().check('dan lang a toàn luoi bieng')).toHaveLength(1);
    expect(make().check('dan lang a toan luoi bieng')).toEqual([]);
  });

  it('recheck after an edit equals a full check, slots moved with the text', () => {
    const checker = make();
    const filler = 'Hôm nay trời đẹp. '.repeat(150); // long enough for a windowed recheck
    const prev = `${filler}Dân làng A toàn lười biếng.`;
    const text = `Xin chào! ${prev}`;
    expect(checker.recheck(prev, checker.check(prev), text)).toEqual(checker.check(text));
    const edited = `${filler}Dân làng A toàn keo kiệt.`;
    expect(checker.recheck(prev, checker.check(prev), edited)).toEqual(checker.check(edited));
  });
});
