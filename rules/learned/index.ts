// The learned layer as the checker uses it: the shipped model (decoded once, on first use) and the
// operating point of each sensitivity setting, both from the generated weights.ts.
import type { CheckerOptions, ResolvedRule } from '../types';
import { SEVERITIES } from '../types';
import type { LearnedSetup } from './layer';
import { decodeWeights, type LearnedModel, type Linear } from './model';
import { POINTS, RADIUS, SCORER, TAGGER } from './weights';

export type { LearnedPass, OperatingPoint, OperatingPoints } from './layer';
export { learnedPass } from './layer';
export type { LearnedModel } from './model';

/** A model table as weights.ts stores it. */
export interface StoredLinear {
  bits: number;
  scale: number;
  bias: number;
  weights: string;
}

const decode = (s: StoredLinear): Linear => ({
  bits: s.bits,
  scale: s.scale,
  bias: s.bias,
  weights: decodeWeights(s.weights, 1 << s.bits),
});

let shipped: LearnedModel | null = null;

/** The model trained by `npm run train` and committed in weights.ts. */
export function shippedModel(): LearnedModel {
  shipped ??= { tagger: decode(TAGGER), scorer: decode(SCORER), radius: RADIUS };
  return shipped;
}

/** What the learned layer needs from a checker's options and merged rules; null when it is off. */
export function learnedSetup(rules: readonly ResolvedRule[], options: CheckerOptions): LearnedSetup | null {
  if (options.learned === null || options.lang === 'en') return null;
  const model = options.learned?.model ?? shippedModel();
  const points = options.learned?.points ?? POINTS;
  const minSeverity = SEVERITIES.indexOf(options.minSeverity ?? 'low');
  return {
    model,
    point: points[options.sensitivity ?? 'balanced'],
    categories: new Set(rules.map((r) => r.category)),
    showLow: minSeverity <= SEVERITIES.indexOf('low'),
  };
}
