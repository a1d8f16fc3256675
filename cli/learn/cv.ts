// Cross-validated figures of the learned layer on span docs: each document is scored by the model of
// the fold that did not see it, through the real checker (rules, learned layer, aimed words).
import { type Counts, docCounts, scores, spanCounts } from '../../cli/eval-metrics';
import { toxicSpans } from '../../cli/eval-rows';
import { createChecker } from '../../rules/index';
import type { OperatingPoints } from '../../rules/learned/layer';
import type { LearnedModel } from '../../rules/learned/model';
import type { Sensitivity } from '../../rules/types';
import { foldOf, type SpanDoc } from './train';

export interface SystemFigures {
  /** Character-level P/R/F1 of the toxic underline. */
  char: ReturnType<typeof scores>;
  /** Document level: flagged when any toxic hint is raised. */
  doc: ReturnType<typeof scores>;
  /** Share of documents without marked spans that are flagged. */
  fpr: number;
}

/** The whole checker with each fold's model on that fold's documents (null models: rules alone). */
export function systemFigures(
  docs: readonly SpanDoc[],
  models: readonly (LearnedModel | null)[],
  sensitivity: Sensitivity,
  points?: OperatingPoints,
): SystemFigures {
  const checkers = models.map((model) =>
    createChecker({ sensitivity, learned: model ? { model, ...(points ? { points } : {}) } : null }),
  );
  let chars: Counts = { tp: 0, fp: 0, fn: 0 };
  const gold: boolean[] = [];
  const pred: boolean[] = [];
  for (const d of docs) {
    const checker = checkers[foldOf(d.text, models.length)] ?? checkers[0];
    const spans = toxicSpans(checker as NonNullable<typeof checker>, d.text);
    const c = spanCounts(d.text, d.spans, spans);
    chars = { tp: chars.tp + c.tp, fp: chars.fp + c.fp, fn: chars.fn + c.fn };
    gold.push(d.spans.length > 0);
    pred.push(spans.length > 0);
  }
  const negatives = gold.filter((g) => !g).length;
  const fp = pred.filter((p, i) => p && !gold[i]).length;
  return { char: scores(chars), doc: scores(docCounts(gold, pred)), fpr: negatives ? fp / negatives : 0 };
}
