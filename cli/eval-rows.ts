// The rows of `ungxu eval`: what a system (the built-in rules, or the naive baseline) predicts on a
// text, scored per data file as document P/R/F1 (CSV) or character span P/R/F1 (JSONL), and the table
// they print as. No I/O here: the command (eval.ts) reads the files and passes their text.
import { basename } from 'node:path';
import type { Category, Checker, Sensitivity } from '../rules/types';
import { TOXIC_CATEGORIES } from '../rules/types';
import {
  addCounts,
  type Counts,
  csvRecords,
  docCounts,
  type LabelledDoc,
  labelledDocs,
  parseJsonl,
  type Scores,
  type Span,
  scores,
  spanCounts,
} from './eval-metrics';

export interface EvalRow extends Scores {
  dataset: string;
  target: string;
  level: 'doc' | 'char';
  system: 'ungxu' | 'baseline';
  /** The sensitivity setting of an `ungxu` row. */
  setting?: Sensitivity;
  /** 'all' rows, or with --trained-on only the rows whose text the shipped model was not trained on. */
  rows: 'all' | 'unseen';
  docs: number;
}

/** A predicted span; `category` is known for our findings (the baseline's word lists have none). */
type Predicted = Span & { category?: string };
type Predict = (text: string) => Predicted[];

/** Only these categories say "toxic"; unverified, ads, privacy and confidential are other concerns. */
const TOXIC = new Set<string>(TOXIC_CATEGORIES);

/** What the built-in rules underline as toxic: each toxic hint's own span plus its related words. */
export function toxicSpans(checker: Checker, text: string): Predicted[] {
  return checker
    .check(text)
    .flatMap((f) =>
      TOXIC.has(f.category) ? [f, ...(f.related ?? []).map((r) => ({ ...r, category: f.category }))] : [],
    );
}

/**
 * ViTHSD target columns and the categories that speak to them; a column not listed counts every toxic
 * category ("groups" too: most attacks on a group there are insults, "bọn này ngu", not slurs). The
 * baseline has no categories, so every column gets its one prediction.
 */
export const TARGET_CATEGORIES: Readonly<Record<string, readonly Category[]>> = {
  religion_creed: ['religious'],
  race_ethnicity: ['hate', 'regional'],
};

const forTarget = (spans: readonly Predicted[], target: string) => {
  const cats = TARGET_CATEGORIES[target];
  return cats
    ? spans.filter((s) => s.category === undefined || cats.includes(s.category as Category))
    : spans;
};

export interface System {
  system: EvalRow['system'];
  setting?: Sensitivity;
  predict: Predict;
}

/** Rows of one file for each system: over all its documents and, given `seen`, over the unseen ones. */
export function evalFile(
  file: string,
  text: string,
  systems: readonly System[],
  seen?: (t: string) => boolean,
): EvalRow[] {
  const dataset = basename(file);
  const rows: EvalRow[] = [];
  const subsets = (docs: readonly { text: string }[]) => {
    const all = docs.map((_, i) => i);
    const unseen = seen ? all.filter((i) => !seen((docs[i] as { text: string }).text)) : [];
    return unseen.length
      ? ([
          ['all', all],
          ['unseen', unseen],
        ] as const)
      : ([['all', all]] as const);
  };
  const head = (s: System, which: EvalRow['rows'], docs: number) => ({
    dataset,
    system: s.system,
    ...(s.setting ? { setting: s.setting } : {}),
    rows: which,
    docs,
  });
  if (file.endsWith('.jsonl')) {
    const docs = parseJsonl(text);
    for (const s of systems) {
      const predicted = docs.map((d) => s.predict(d.text));
      for (const [which, idx] of subsets(docs)) {
        let chars: Counts = { tp: 0, fp: 0, fn: 0 };
        for (const i of idx) {
          const d = docs[i] as (typeof docs)[number];
          chars = addCounts(chars, spanCounts(d.text, d.spans, predicted[i] as Predicted[]));
        }
        const gold = idx.map((i) => (docs[i] as (typeof docs)[number]).spans.length > 0);
        const pred = idx.map((i) => (predicted[i] as Predicted[]).length > 0);
        const base = { ...head(s, which, idx.length), target: 'spans' };
        rows.push({ ...base, level: 'char', ...scores(chars) });
        rows.push({ ...base, level: 'doc', ...scores(docCounts(gold, pred)) });
      }
    }
    return rows;
  }
  const { targets, docs } = labelledDocs(csvRecords(text));
  for (const s of systems) {
    const predicted = docs.map((d) => s.predict(d.text));
    for (const [which, idx] of subsets(docs)) {
      for (const target of targets) {
        const gold = idx.map((i) => (docs[i] as LabelledDoc).gold[target] === true);
        const pred = idx.map((i) => forTarget(predicted[i] as Predicted[], target).length > 0);
        rows.push({ ...head(s, which, idx.length), target, level: 'doc', ...scores(docCounts(gold, pred)) });
      }
    }
  }
  return rows;
}

const f3 = (x: number) => x.toFixed(3);

export function formatTable(rows: readonly EvalRow[]): string {
  const head = [
    'dataset',
    'target',
    'level',
    'system',
    'setting',
    'rows',
    'docs',
    'tp',
    'fp',
    'fn',
    'P',
    'R',
    'F1',
  ];
  const body = rows.map((r) => [
    r.dataset,
    r.target,
    r.level,
    r.system,
    r.setting ?? '',
    r.rows,
    String(r.docs),
    String(r.tp),
    String(r.fp),
    String(r.fn),
    f3(r.precision),
    f3(r.recall),
    f3(r.f1),
  ]);
  const widths = head.map((h, k) => Math.max(h.length, ...body.map((b) => (b[k] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, k) => c.padEnd(widths[k] ?? 0)).join('  ');
  return `${[line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n')}\n`;
}
