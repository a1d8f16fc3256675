// The shipped learned layer on sentences the team wrote (tests/fixtures/learned-spans.ts): character
// and document figures at each sensitivity, pinned here and quoted in docs/quality.md ("On the team's
// fixture"). A retrained model that moves them must update both on purpose.
import { describe, expect, it } from 'vitest';
import { addCounts, type Counts, docCounts, spanCounts } from '../../cli/eval-metrics';
import { toxicSpans } from '../../cli/eval-rows';
import { createChecker } from '../../rules/index';
import { SENSITIVITIES, type Sensitivity } from '../../rules/types';
import { LEARNED_FIXTURE } from '../fixtures/learned-spans';

const docs = LEARNED_FIXTURE.map((s) => ({
  text: s.text,
  spans: s.marked.map((m) => {
    const start = s.text.indexOf(m);
    if (start < 0) throw new Error(`"${m}" is not in "${s.text}"`);
    return { start, end: start + m.length };
  }),
}));

function figures(sensitivity: Sensitivity | null) {
  const checker = createChecker(sensitivity ? { sensitivity } : { learned: null });
  let chars: Counts = { tp: 0, fp: 0, fn: 0 };
  const pred: boolean[] = [];
  for (const d of docs) {
    const spans = toxicSpans(checker, d.text);
    chars = addCounts(chars, spanCounts(d.text, d.spans, spans));
    pred.push(spans.length > 0);
  }
  return {
    chars,
    docs: docCounts(
      docs.map((d) => d.spans.length > 0),
      pred,
    ),
  };
}

describe('the learned layer on the team fixture', () => {
  it('has 12 offensive and 12 clean sentences', () => {
    expect(docs.filter((d) => d.spans.length).length).toBe(12);
    expect(docs.length).toBe(24);
  });

  it.each([...SENSITIVITIES, null] as const)('%s: character and document counts as documented', (s) => {
    expect(figures(s)).toEqual(EXPECTED[s ?? 'rules']);
  });
});

/** Characters (tp, fp, fn) and documents flagged, as measured when the model was trained. */
const EXPECTED: Record<string, ReturnType<typeof figures>> = {
  fewer: { chars: { tp: 143, fp: 53, fn: 12 }, docs: { tp: 11, fp: 0, fn: 1 } },
  balanced: { chars: { tp: 143, fp: 53, fn: 12 }, docs: { tp: 11, fp: 0, fn: 1 } },
  more: { chars: { tp: 143, fp: 53, fn: 12 }, docs: { tp: 11, fp: 0, fn: 1 } },
  rules: { chars: { tp: 125, fp: 7, fn: 30 }, docs: { tp: 11, fp: 0, fn: 1 } },
};
