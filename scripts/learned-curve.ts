// The precision–recall curve of the learned layer (docs/quality.md, "The learned layer"): one table
// row per operating point, measured honestly — ViHOS cross-validated, ViHSD cross-fitted (a row the
// shipped model was trained on is scored by the fold model that did not see it, as
// `ungxu eval --trained-on` does), ViCTSD by the shipped model (it saw none of it), and the team's
// hard negatives (civil-servant profile: every rule in force).
//   npx tsx scripts/learned-curve.ts [--data-dir ../shared/data]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import {
  addCounts,
  type Counts,
  csvRecords,
  docCounts,
  labelledDocs,
  scores,
  spanCounts,
} from '../cli/eval-metrics';
import { toxicSpans } from '../cli/eval-rows';
import { crossFit } from '../cli/learn/crossfit';
import { parseVihos } from '../cli/learn/data';
import { createChecker } from '../rules/index';
import type { OperatingPoint } from '../rules/learned/layer';
import { POINTS } from '../rules/learned/weights';
import type { Sensitivity } from '../rules/types';
import { HARD_NEGATIVE_TEXTS } from '../tests/fixtures/hard-negatives';

const at = process.argv.indexOf('--data-dir');
const dir =
  at >= 0
    ? (process.argv[at + 1] as string)
    : (['../shared/data', '../../shared/data'].find(existsSync) ?? '../shared/data');
const read = (f: string) => readFileSync(`${dir}/${f}`, 'utf8');
const vihosText = read('DEV_vihos_spans_not_in_vihsd_test.jsonl');
const fit = crossFit(vihosText, createHash('sha256').update(vihosText).digest('hex'));
const vihos = parseVihos(vihosText);
const csv = (f: string) => labelledDocs(csvRecords(read(f))).docs;
const vihsd = csv('DEV_vihsd_train_dev.csv');
const victsd = csv('DEV_victsd_train_valid.csv');
const f3 = (x: number) => x.toFixed(3);

/** One row: ViHOS character P / R / F1, ViHSD and ViCTSD document P / R, hard negatives flagged. */
function row(label: string, sensitivity: Sensitivity, point: OperatingPoint | null): string {
  const learned = point ? { points: { fewer: point, balanced: point, more: point } } : null;
  const pick = fit.checker({ sensitivity, learned });
  let chars: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const d of vihos)
    chars = addCounts(chars, spanCounts(d.text, d.spans, toxicSpans(pick(d.text), d.text)));
  const c = scores(chars);
  const doc = (docs: typeof vihsd) => {
    const s = scores(
      docCounts(
        docs.map((d) => d.gold.toxic === true),
        docs.map((d) => toxicSpans(pick(d.text), d.text).length > 0),
      ),
    );
    return `${f3(s.precision)} / ${f3(s.recall)}`;
  };
  const hn = createChecker({ profile: 'civil-servant', sensitivity, learned });
  const flagged = HARD_NEGATIVE_TEXTS.filter((t) => hn.check(t).length > 0).length;
  return `| ${label} | ${f3(c.precision)} / ${f3(c.recall)} / ${f3(c.f1)} | ${doc(vihsd)} | ${doc(victsd)} | ${flagged}/${HARD_NEGATIVE_TEXTS.length} |\n`;
}

const out = (s: string) => process.stdout.write(s);
out(
  '| Point | ViHOS char P / R / F1 | ViHSD P / R | ViCTSD P / R | Hard negatives |\n|---|---|---|---|---|\n',
);
out(row('rules alone (`learned: null`)', 'balanced', null));
for (const s of ['fewer', 'balanced', 'more'] as const)
  out(row(`**${s}** ${JSON.stringify(POINTS[s])}`, s, POINTS[s]));
const gate = POINTS.balanced.gate;
for (const hint of [1, 2, 2.5, 4, 5, 6, 8, 10])
  out(row(`learned hints at ${hint}`, 'balanced', { span: POINTS.balanced.span, hint, gate }));
for (const g of [2, 4, 6]) out(row(`fewer, gate at ${g}`, 'fewer', { ...POINTS.fewer, gate: g, gateAll: g }));
