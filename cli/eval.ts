// `ungxu eval`: measures the built-in rules on labelled data (document P/R/F1 on CSV, character
// span F1 on JSONL) and, with --baseline, the naive baseline (the two MIT word lists, whole words)
// in the same run. Reads the data files by path; nothing of them is kept.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChecker } from '../rules/index';
import type { Category, Checker, Profile, Sensitivity } from '../rules/types';
import { PROFILES, SENSITIVITIES, TOXIC_CATEGORIES } from '../rules/types';
import {
  addCounts,
  type Counts,
  csvRecords,
  docCounts,
  type LabelledDoc,
  labelledDocs,
  naiveMatcher,
  parseJsonl,
  parseWordList,
  type Scores,
  type Span,
  scores,
  spanCounts,
} from './eval-metrics';
import { type CrossFit, crossFit } from './learn/crossfit';

export interface EvalIO {
  stdout(s: string): void;
  stderr(s: string): void;
}

/** Only these categories say "toxic"; unverified, ads, privacy and confidential are other concerns. */
export { TOXIC_CATEGORIES };

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

const USAGE = `usage: ungxu eval --data FILE [--data FILE…] [--profile citizen|civil-servant|agency-page]
       [--sensitivity fewer|balanced|more[,…]] [--trained-on FILE] [--baseline] [--lexicons DIR] [--json]
  CSV: a \`label\` (CLEAN/OFFENSIVE/HATE), \`toxicity\` (0/1) or ViTHSD target columns → document P/R/F1
  JSONL: {text, spans:[{start,end}]} per line → character span P/R/F1 and document P/R/F1
  --trained-on: the learned layer's training file (ViHOS JSONL). A row whose text is in it is scored by
    the cross-validation fold model that did not see it; rows not in it are also reported alone ('unseen').
    Without it, rows the shipped model was trained on are scored by that model (figures flattered).
`;

/** The data folder next to the repository (../shared/data/lexicons), wherever this file is run from. */
function defaultLexicons(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data', 'lexicons');
}

const BASELINE_LISTS = ['vn-badwords/vi.json', 'blue-eyes-vn/vn_offensive_words.txt'];

interface Options {
  data: string[];
  json: boolean;
  profile: Profile;
  baseline: boolean;
  lexicons: string;
  settings: Sensitivity[];
  trainedOn?: string;
}

function parseArgs(argv: readonly string[]): Options | string {
  const o: Options = {
    data: [],
    json: false,
    profile: 'citizen',
    baseline: false,
    lexicons: defaultLexicons(),
    settings: ['balanced'],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--json') o.json = true;
    else if (a === '--baseline') o.baseline = true;
    else if (a === '--data') {
      const v = next();
      if (!v) return '--data needs a file';
      o.data.push(v);
    } else if (a === '--lexicons') {
      const v = next();
      if (!v) return '--lexicons needs a folder';
      o.lexicons = v;
    } else if (a === '--trained-on') {
      const v = next();
      if (!v) return '--trained-on needs a file';
      o.trainedOn = v;
    } else if (a === '--sensitivity') {
      const v = (next() ?? '').split(',');
      if (!v.every((x) => (SENSITIVITIES as readonly string[]).includes(x)))
        return `--sensitivity must be one or more of ${SENSITIVITIES.join(', ')}, comma-separated`;
      o.settings = v as Sensitivity[];
    } else if (a === '--profile') {
      const v = next();
      if (!v || !(PROFILES as readonly string[]).includes(v))
        return `--profile must be one of ${PROFILES.join(', ')}`;
      o.profile = v as Profile;
    } else return `unknown argument: ${a}`;
  }
  if (o.data.length === 0) return 'give at least one --data FILE';
  return o;
}

/** A predicted span; `category` is known for our findings (the baseline's word lists have none). */
type Predicted = Span & { category?: string };
type Predict = (text: string) => Predicted[];

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

interface System {
  system: EvalRow['system'];
  setting?: Sensitivity;
  predict: Predict;
}

/** Rows of one file for each system: over all its documents and, given `seen`, over the unseen ones. */
function evalFile(
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

export async function runEval(argv: string[], io: EvalIO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    io.stderr(`ungxu eval: ${opts}\n${USAGE}`);
    return 2;
  }
  let fit: CrossFit | undefined;
  if (opts.trainedOn) {
    try {
      const text = readFileSync(opts.trainedOn, 'utf8');
      fit = crossFit(text, createHash('sha256').update(text).digest('hex'));
    } catch (e) {
      io.stderr(
        `ungxu eval: --trained-on ${opts.trainedOn}: ${e instanceof Error ? e.message : String(e)}\n`,
      );
      return 2;
    }
  }
  const systems: System[] = opts.settings.map((setting) => {
    const options = { profile: opts.profile, sensitivity: setting };
    const checkerFor = fit ? fit.checker(options) : () => checker;
    const checker = createChecker(options);
    return { system: 'ungxu', setting, predict: (t: string) => toxicSpans(checkerFor(t), t) };
  });
  if (opts.baseline) {
    try {
      const entries = BASELINE_LISTS.flatMap((p) =>
        parseWordList(p, readFileSync(join(opts.lexicons, p), 'utf8')),
      );
      systems.push({ system: 'baseline', predict: naiveMatcher(entries) });
    } catch (e) {
      io.stderr(`ungxu eval: cannot read the baseline word lists in ${opts.lexicons}: ${String(e)}\n`);
      return 2;
    }
  }
  const rows: EvalRow[] = [];
  for (const file of opts.data) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      io.stderr(`ungxu eval: cannot read ${file}: ${String(e)}\n`);
      return 2;
    }
    try {
      rows.push(...evalFile(file, text, systems, fit?.seen));
    } catch (e) {
      io.stderr(`ungxu eval: ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
  }
  io.stdout(opts.json ? `${JSON.stringify({ profile: opts.profile, rows }, null, 2)}\n` : formatTable(rows));
  return 0;
}
