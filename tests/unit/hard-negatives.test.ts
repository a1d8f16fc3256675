// None of the team's hard negatives may raise any hint; the ones that do are listed in the failure,
// so a regression is easy to trace to a rule.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../rules/index';
import { HARD_NEGATIVE_TEXTS, HARD_NEGATIVES } from '../fixtures/hard-negatives';

describe('hard negatives', () => {
  it('has at least 150 sentences, each group with a reason', () => {
    expect(HARD_NEGATIVE_TEXTS.length).toBeGreaterThanOrEqual(150);
    for (const g of HARD_NEGATIVES) expect(g.reason.length).toBeGreaterThan(10);
    expect(new Set(HARD_NEGATIVE_TEXTS).size).toBe(HARD_NEGATIVE_TEXTS.length);
  });

  it('raise no hint at all (civil-servant profile: every rule in force)', () => {
    const checker = createChecker({ profile: 'civil-servant' });
    const flagged = HARD_NEGATIVE_TEXTS.flatMap((t) => {
      const found = checker.check(t);
      return found.length ? [`${t} → ${found.map((f) => `${f.ruleId}:"${f.matched}"`).join(', ')}`] : [];
    });
    expect(flagged).toEqual([]);
  });
});
