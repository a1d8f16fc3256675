// The blind-set scorer: figures per category, ids of misses, never a sentence in the report.
import { describe, expect, it } from 'vitest';
import { renderBlindReport, scoreBlindSet, validateBlindSet } from '../../cli/blind-metrics';

const SET = {
  positives: [
    { id: 'p1', text: 'alpha', labels: ['insult', 'vulgar'], register: 'plain' },
    { id: 'p2', text: 'beta', labels: ['regional'], register: 'short' },
    { id: 'p3', text: 'gamma', labels: ['regional'], register: 'short' },
  ],
  negatives: [
    { id: 'n1', text: 'delta' },
    { id: 'n2', text: 'epsilon' },
  ],
};
// A fake checker: what each text "raises".
const RAISED: Record<string, string[]> = {
  alpha: ['insult'],
  beta: ['regional', 'insult'],
  gamma: [],
  delta: ['insult'],
  epsilon: [],
};
const predict = (t: string) => new Set(RAISED[t] ?? []);

describe('blind-set scoring', () => {
  const r = scoreBlindSet(validateBlindSet(SET, 'fixture'), predict);
  const cat = (c: string) => r.categories.find((x) => x.category === c);

  it('recall counts a positive only when a hint of its own category is raised', () => {
    expect(cat('regional')).toMatchObject({ positives: 2, tp: 1, recall: 0.5, missed: ['p3'] });
    expect(cat('vulgar')).toMatchObject({ positives: 1, tp: 0, recall: 0, missed: ['p1'] });
  });

  it('precision counts hints on texts not labelled with the category, negatives included', () => {
    // insult: p1 right; p2 (labelled regional only) and n1 wrong.
    expect(cat('insult')).toMatchObject({ tp: 1, fp: 2, wrong: ['p2', 'n1'] });
    expect(cat('insult')?.precision).toBeCloseTo(1 / 3);
  });

  it('the false-hint rate is over the hard negatives, any category', () => {
    expect(r).toMatchObject({ negatives: 2, falseHints: 1, falseHintIds: ['n1'], anyHint: 2 });
  });

  it('recall per register: a positive counts when any of its labels is found', () => {
    expect(r.registers).toEqual([
      { register: 'short', n: 2, found: 1 },
      { register: 'plain', n: 1, found: 1 },
    ]);
  });

  it('the printed report holds ids and figures, never the texts', () => {
    const out = renderBlindReport('fixture', r);
    expect(out).toContain('missed regional: p3');
    expect(out).toContain('false hints: n1');
    for (const t of Object.keys(RAISED)) expect(out).not.toContain(t);
  });

  it('a malformed set is refused with every problem named', () => {
    const bad = {
      positives: [
        { id: 'x', text: 'a', labels: ['nonsense'] },
        { id: 'x', text: 'b', labels: ['insult'] },
      ],
      negatives: [{ id: 'y', text: '' }],
    };
    expect(() => validateBlindSet(bad, 'bad')).toThrow(/duplicate id x[\s\S]*item 2[\s\S]*x: labels/);
  });
});
