// The steps of `npm run train`, as a function of the data text (scripts/train.ts does the I/O).

import { scoreTokens } from '../../rules/learned/model';
import { SENSITIVITIES } from '../../rules/types';
import { addCounts, type Counts, scores, spanCounts } from '../eval-metrics';
import { systemFigures } from './cv';
import { parseVihos } from './data';
import { type Provenance, weightsModule } from './emit';
import { describe, selectPoints } from './select';
import { TEAM_DOCS } from './team';
import { foldModels, foldOf, type Prepared, prepare, trainModel } from './train';

const f3 = (x: number) => x.toFixed(3);

export function runTraining(
  text: string,
  from: Omit<Provenance, 'docs' | 'teamDocs'>,
  log: (s: string) => void,
): string {
  const t0 = Date.now();
  const docs = parseVihos(text);
  const prepared = docs.map((d) => prepare(d));
  const team = TEAM_DOCS.map((d) => prepare(d));
  const models = foldModels(prepared, team);
  log(
    `${docs.length} ViHOS documents, ${team.length} team sentences; ${models.length} fold models in ${Date.now() - t0} ms\n`,
  );
  componentFigures(prepared, models, log);
  const points = selectPoints(docs, models, log);
  for (const s of SENSITIVITIES)
    log(`${s} ${JSON.stringify(points[s])}: ${describe(systemFigures(docs, models, s, points))}\n`);
  log(`rules alone: ${describe(systemFigures(docs, [null], 'balanced'))}\n`);
  const full = trainModel([...prepared, ...team]);
  return weightsModule(full, points, { ...from, docs: docs.length, teamDocs: team.length });
}

/** The tagger's runs alone (char F1) at a few thresholds, cross-validated. */
function componentFigures(
  prepared: readonly Prepared[],
  models: ReturnType<typeof foldModels>,
  log: (s: string) => void,
) {
  const scored = prepared.map((p) =>
    scoreTokens(p.tokens, models[foldOf(p.doc.text)] as (typeof models)[number]),
  );
  for (const th of [-1, -0.5, 0, 0.5]) {
    let c: Counts = { tp: 0, fp: 0, fn: 0 };
    prepared.forEach((p, j) => {
      const tag = (scored[j] as { tag: Float64Array }).tag;
      const spans = p.tokens
        .filter((_, i) => (tag[i] as number) > th)
        .map((t) => ({ start: t.start, end: t.end }));
      c = addCounts(c, spanCounts(p.doc.text, p.doc.spans, spans));
    });
    const s = scores(c);
    log(`tagger alone, logit > ${th}: char P ${f3(s.precision)} R ${f3(s.recall)} F1 ${f3(s.f1)}\n`);
  }
}
