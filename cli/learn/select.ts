// Choosing the operating point of each sensitivity setting on ViHOS alone, cross-validated (each
// document checked with the model of the fold that did not see it, through the real checker):
//  - gate: the highest threshold that keeps ≥ GATE_KEEP of the documents the built-in rules find;
//    ambiguous rules are gated at it ('balanced', 'more'), every built-in toxic rule at 'fewer';
//  - hint: the lowest threshold whose share of flagged documents without marked spans stays within
//    the setting's cap (FPR_CAPS); 'fewer' raises no learned hint;
//  - span: the run threshold with the best character F1 at that hint threshold.
import type { OperatingPoint, OperatingPoints } from '../../rules/learned/layer';
import type { LearnedModel } from '../../rules/learned/model';
import { type SystemFigures, systemFigures } from './cv';
import type { SpanDoc } from './train';

export const GATES = [-6, -4, -2, 0, 2, 4] as const;
export const HINTS = [-1, 0, 1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 6.5, 7, 7.5, 8, 10, 12] as const;
export const SPANS = [-1.5, -1, -0.5, 0] as const;
export const GATE_KEEP = 0.95;
/** Share of ViHOS documents without marked spans a setting may flag (the rules alone: ≈ 0.0035). */
export const FPR_CAPS = { balanced: 0.004, more: 0.016 } as const;
/** A hint threshold no window reaches: no learned hint. */
export const NO_HINT = 1000;

const f3 = (x: number) => x.toFixed(3);
export const describe = (f: SystemFigures) =>
  `char P ${f3(f.char.precision)} R ${f3(f.char.recall)} F1 ${f3(f.char.f1)} · doc P ${f3(f.doc.precision)} R ${f3(f.doc.recall)} · FPR ${f.fpr.toFixed(4)} (${f.doc.fp} docs)`;

export function selectPoints(
  docs: readonly SpanDoc[],
  models: readonly LearnedModel[],
  log: (s: string) => void,
): OperatingPoints {
  const at = (p: OperatingPoint) =>
    systemFigures(docs, models, 'balanced', { fewer: p, balanced: p, more: p });
  const base = at({ span: -1, hint: NO_HINT, gate: -1000 });
  let gate: number = GATES[0];
  for (const g of GATES) {
    const f = at({ span: -1, hint: NO_HINT, gate: g, gateAll: g });
    log(`gate every built-in toxic hit at ${g}: ${describe(f)}\n`);
    if (f.doc.tp >= GATE_KEEP * base.doc.tp) gate = g;
  }
  const curve = HINTS.map((hint) => ({ hint, f: at({ span: -1, hint, gate }) }));
  for (const { hint, f } of curve) log(`hint ${hint}, span -1: ${describe(f)}\n`);
  const point = (cap: number): OperatingPoint => {
    const hint = curve.find((c) => c.f.fpr <= cap)?.hint ?? NO_HINT;
    let best = { span: -1 as number, f1: -1 };
    for (const span of SPANS) {
      const f1 = at({ span, hint, gate }).char.f1;
      if (f1 > best.f1) best = { span, f1 };
    }
    return { span: best.span, hint, gate };
  };
  const balanced = point(FPR_CAPS.balanced);
  const more = point(FPR_CAPS.more);
  return { fewer: { span: balanced.span, hint: NO_HINT, gate, gateAll: gate }, balanced, more };
}
