// `ungxu eval`: measures the built-in rules on labelled data (document P/R/F1 on CSV, character
// span F1 on JSONL) and, with --baseline, the naive baseline (the two MIT word lists, whole words)
// in the same run. Reads the data files by path; nothing of them is kept.
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChecker } from '../rules/index';
import type { Category, Checker, Profile } from '../rules/types';
import { PROFILES, TOXIC_CATEGORIES } from '../rules/types';
import {
  addCounts,
  type Counts,
  csvRecords,
  docCounts,
  labelledDocs,
  naiveMatcher,
  parseJsonl,
  parseWordList,
  type Scores,
  type Span,
  scores,
  spanCounts,
} from './eval-metrics';

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
  docs: number;
}

const USAGE = `usage: ungxu eval --data FILE [--data FILE…] [--profile citizen|civil-servant|agency-page] [--baseline] [--lexicons DIR] [--json]
  CSV: a \`label\` (CLEAN/OFFENSIVE/HATE), \`toxicity\` (0/1) or ViTHSD target columns → document P/R/F1
  JSONL: {text, spans:[{start,end}]} per line → character span P/R/F1 and document P/R/F1
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
}

function parseArgs(argv: readonly string[]): Options | string {
  const o: Options = {
    data: [],
    json: false,
    profile: 'citizen',
    baseline: false,
    lexicons: defaultLexicons(),
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

function evalFile(file: string, text: string, systems: [EvalRow['system'], Predict][]): EvalRow[] {
  const dataset = basename(file);
  const rows: EvalRow[] = [];
  if (file.endsWith('.jsonl')) {
    const docs = parseJsonl(text);
    for (const [system, predict] of systems) {
      let chars: Counts = { tp: 0, fp: 0, fn: 0 };
      const gold: boolean[] = [];
      const pred: boolean[] = [];
      for (const d of docs) {
        const spans = predict(d.text);
        chars = addCounts(chars, spanCounts(d.text, d.spans, spans));
        gold.push(d.spans.length > 0);
        pred.push(spans.length > 0);
      }
      const base = { dataset, target: 'spans', system, docs: docs.length };
      rows.push({ ...base, level: 'char', ...scores(chars) });
      rows.push({ ...base, level: 'doc', ...scores(docCounts(gold, pred)) });
    }
    return rows;
  }
  const { targets, docs } = labelledDocs(csvRecords(text));
  for (const [system, predict] of systems) {
    const predicted = docs.map((d) => predict(d.text));
    for (const target of targets) {
      const gold = docs.map((d) => d.gold[target] === true);
      const pred = predicted.map((spans) => forTarget(spans, target).length > 0);
      rows.push({
        dataset,
        target,
        level: 'doc',
        system,
        docs: docs.length,
        ...scores(docCounts(gold, pred)),
      });
    }
  }
  return rows;
}

const f3 = (x: number) => x.toFixed(3);

export function formatTable(rows: readonly EvalRow[]): string {
  const head = ['dataset', 'target', 'level', 'system', 'docs', 'tp', 'fp', 'fn', 'P', 'R', 'F1'];
  const body = rows.map((r) => [
    r.dataset,
    r.target,
    r.level,
    r.system,
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
  const checker = createChecker({ profile: opts.profile });
  const systems: [EvalRow['system'], Predict][] = [['ungxu', (t) => toxicSpans(checker, t)]];
  if (opts.baseline) {
    try {
      const entries = BASELINE_LISTS.flatMap((p) =>
        parseWordList(p, readFileSync(join(opts.lexicons, p), 'utf8')),
      );
      systems.push(['baseline', naiveMatcher(entries)]);
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
      rows.push(...evalFile(file, text, systems));
    } catch (e) {
      io.stderr(`ungxu eval: ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
  }
  io.stdout(opts.json ? `${JSON.stringify({ profile: opts.profile, rows }, null, 2)}\n` : formatTable(rows));
  return 0;
}
