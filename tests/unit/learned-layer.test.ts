// How the learned layer meets the rules, checked with a hand-made model whose only weights mark a few
// words, so every decision is known by hand: learned hints where no rule fired (with a category from
// the words around them), the tagger's words joining a rule's hint, the gate on ambiguous rules,
// sensitivity, and everything a rule obeys (pinned agency rules, switched-off categories, the
// allow-list, English texts, recheck = check).
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../rules/index';
import { docFeatures, syllables, tagFeatures } from '../../rules/learned/features';
import type { OperatingPoint } from '../../rules/learned/layer';
import type { LearnedModel } from '../../rules/learned/model';
import { tokenize } from '../../rules/normalize';
import type { CheckerOptions, RuleSpec, Sensitivity } from '../../rules/types';

const BITS = 16;

/**
 * A model that knows only `words`: the feature "this syllable as typed" weighs 127 × 0.1 in both
 * tables, everything else 0; biases −5. So a marked word has tagger logit 7.7, and every token within
 * the window radius of it a window logit of 7.7 (−5 elsewhere).
 */
function handModel(words: readonly string[]): LearnedModel {
  const size = 1 << BITS;
  const tag = new Int8Array(size);
  const doc = new Int8Array(size);
  for (const w of words) {
    const tokens = tokenize(w);
    const syl = syllables(tokens);
    const out: number[] = [];
    tagFeatures(tokens, syl, 0, out);
    tag[(out[0] as number) & (size - 1)] = 127;
    out.length = 0;
    docFeatures(tokens, syl, 0, out);
    doc[(out[0] as number) & (size - 1)] = 127;
  }
  return {
    tagger: { bits: BITS, scale: 0.1, bias: -5, weights: tag },
    scorer: { bits: BITS, scale: 0.1, bias: -5, weights: doc },
    radius: 8,
  };
}

// A marked word: window + tag = 15.4 > hint 10. An unmarked word beside it: 7.7 − 5 = 2.7 < gate 5.
const POINT: OperatingPoint = { span: 0, hint: 10, gate: 5 };
const FEWER: OperatingPoint = { ...POINT, hint: 1000, gateAll: 5 };

const rule = (id: string, category: RuleSpec['category'], terms: string[], extra: Partial<RuleSpec> = {}) =>
  ({
    id,
    kind: 'terms',
    category,
    severity: 'medium',
    clause: '4.6',
    message: { vi: 'x', en: 'x' },
    terms,
    ...extra,
  }) as RuleSpec;

// One rule per toxic category the learned hints may name (so those categories are in force).
const BUILTIN: RuleSpec[] = [
  rule('insult-test', 'insult', ['đần độn']),
  rule('vulgar-test', 'vulgar', ['zzvulgar']),
  rule('hate-test', 'hate', ['zzhate']),
  rule('regional-test', 'regional', ['zzregional']),
  rule('religious-test', 'religious', ['zzreligious']),
  rule('gender-test', 'gender', ['zzgender']),
  rule('insult-ambiguous', 'insult', ['lởm'], { ambiguous: true }),
];

function checker(
  marked: readonly string[],
  options: CheckerOptions = {},
  sensitivity: Sensitivity = 'balanced',
) {
  return createChecker({
    builtin: BUILTIN,
    sensitivity,
    learned: { model: handModel(marked), points: { fewer: FEWER, balanced: POINT, more: POINT } },
    ...options,
  });
}

describe('learned hints', () => {
  it('are raised where no rule fired, say they come from the model and name their strongest words', () => {
    const [f, ...rest] = checker(['khốn']).check('Cái đồ khốn, đi chỗ khác');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'learned-insult',
      category: 'insult',
      severity: 'low',
      matched: 'khốn',
      clause: '4.6',
      learned: { words: ['khốn'] },
    });
    expect(f?.message.vi).toMatch(/mô hình nhỏ trên máy/i);
  });

  it('take their category from the words around them: province, group, crude word, else insult', () => {
    const cat = (text: string, marked: string[]) => checker(marked).check(text)[0]?.category;
    expect(cat('dân Thanh Hóa toàn khốn', ['khốn'])).toBe('regional'); // a province nearby
    expect(cat('cả lũ khốn', ['khốn'])).toBe('hate'); // a group of people
    expect(cat('đách cần', ['đách'])).toBe('vulgar'); // a crude word in the hint itself
    expect(cat('lu khốn', ['khốn'])).toBe('insult'); // "lu" is not "lũ": exact accents
  });

  it('name the group a comment is about from the shared group lexicons, within CATEGORY_REACH words', () => {
    const cat = (text: string) => checker(['khốn']).check(text)[0]?.category;
    expect(cat('Mấy người theo đạo Phật khốn thật')).toBe('religious'); // a faith (group.religion)
    expect(cat('Đàn bà khốn thật')).toBe('gender'); // women as a group (group.women)
    expect(cat('Người khuyết tật khốn thật')).toBe('hate'); // a disability (group.disability)
    // The group named in the sentence before still counts: a comment names it once, then insults it.
    expect(cat('Lại là người Nghệ An. Khốn thật')).toBe('regional');
    // Nine words away it is another matter: the hint stays an insult.
    expect(cat('Tôi quê Nghệ An, hôm nay đi làm về thì gặp ông kia khốn thật')).toBe('insult');
  });

  it('are never raised by an aimed word alone ("mày", "nó", "vl"), as a rule never is', () => {
    expect(checker(['mày', 'nó', 'vl']).check('mày ơi, nó bảo hay vl')).toEqual([]);
  });

  it('follow the sensitivity: none at fewer, none below the low severity, none in a category switched off', () => {
    expect(checker(['khốn'], {}, 'fewer').check('đồ khốn')).toEqual([]);
    expect(checker(['khốn'], { minSeverity: 'medium' }).check('đồ khốn')).toEqual([]);
    expect(checker(['khốn'], { disabledCategories: ['insult'] }).check('đồ khốn')).toEqual([]);
  });

  it('respect the allow-list, English texts, and `learned: null`', () => {
    expect(checker(['khốn'], { allowList: ['khốn'] }).check('đồ khốn')).toEqual([]);
    expect(checker(['idiot']).check('you are such an idiot, honestly')).toEqual([]);
    expect(checker(['khốn'], { learned: null }).check('đồ khốn')).toEqual([]);
  });
});

describe('the tagger and the rules', () => {
  it("underlines the tagger's words with a rule's hint, as part of it (no hint of its own)", () => {
    const text = 'thằng khốn đần độn thật';
    const [f, ...rest] = checker(['khốn']).check(text);
    expect(rest).toEqual([]);
    expect(f?.ruleId).toBe('insult-test');
    expect((f?.related ?? []).map((r) => text.slice(r.start, r.end))).toContain('khốn');
  });

  it('keeps an ambiguous rule hit only when the model agrees at its words', () => {
    expect(checker([]).check('hàng lởm quá')).toEqual([]);
    expect(
      checker(['lởm'])
        .check('hàng lởm quá')
        .map((f) => f.ruleId),
    ).toEqual(['insult-ambiguous']);
  });

  it('at fewer, gates every built-in toxic hit, never an agency rule', () => {
    const agency = { name: 'Sở', rules: [rule('agency-words', 'insult', ['lởm'], { ambiguous: true })] };
    expect(checker([], {}, 'fewer').check('đần độn')).toEqual([]);
    expect(
      checker(['đần'], {}, 'fewer')
        .check('đần độn')
        .map((f) => f.ruleId),
    ).toEqual(['insult-test']);
    const pinned = checker([], { agency }, 'fewer').check('hàng lởm');
    expect(pinned.map((f) => [f.ruleId, f.pinned])).toEqual([['agency-words', true]]);
  });

  it('a recheck after edits equals a full check of a long text with learned hints', () => {
    const c = checker(['khốn', 'đểu']);
    const para = 'Hôm nay đi chợ mua rau, gặp thằng khốn bán hàng đểu. Mai lại đi tiếp nhé các bạn. ';
    let text = para.repeat(40);
    let findings = c.check(text);
    for (const [at, insert] of [
      [500, 'khốn '],
      [1200, 'đần độn '],
      [2000, 'x'],
    ] as const) {
      const next = text.slice(0, at) + insert + text.slice(at);
      findings = c.recheck(text, findings, next);
      text = next;
      expect(findings).toEqual(c.check(text));
    }
    expect(findings.some((f) => f.learned)).toBe(true);
  });
});
