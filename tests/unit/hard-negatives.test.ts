// At most 5 % of the team's hard negatives may raise any hint; the ones that do are printed so a
// regression is easy to trace to a rule.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../rules/index';
import { HARD_NEGATIVE_TEXTS, HARD_NEGATIVES } from '../fixtures/hard-negatives';

describe('hard negatives', () => {
  it('has at least 150 sentences, each group with a reason', () => {
    expect(HARD_NEGATIVE_TEXTS.length).toBeGreaterThanOrEqual(150);
    for (const g of HARD_NEGATIVES) expect(g.reason.length).toBeGreaterThan(10);
    expect(new Set(HARD_NEGATIVE_TEXTS).size).toBe(HARD_NEGATIVE_TEXTS.length);
  });

  it('raise a hint in at most 5 % of sentences (civil-servant profile: every rule in force)', () => {
    const checker = createChecker({ profile: 'civil-servant' });
    const flagged = HARD_NEGATIVE_TEXTS.map((t) => [t, checker.check(t)] as const).filter(
      ([, f]) => f.length,
    );
    for (const [t, f] of flagged)
      console.log(`hint on hard negative: ${t} → ${f.map((x) => `${x.ruleId}:"${x.matched}"`).join(', ')}`);
    const rate = flagged.length / HARD_NEGATIVE_TEXTS.length;
    expect(rate).toBeLessThanOrEqual(0.05);
  });
});
