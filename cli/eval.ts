// `ungxu eval`: measures the built-in rules on labelled data (document P/R/F1 on CSV, character
// span F1 on JSONL) and, with --baseline, the naive baseline (the two MIT word lists, whole words)
// in the same run. Reads the data files by path; nothing of them is kept.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChecker } from '../rules/index';
import type { Profile, Sensitivity } from '../rules/types';
import { PROFILES, SENSITIVITIES } from '../rules/types';
import { naiveMatcher, parseWordList } from './eval-metrics';
import { type EvalRow, evalFile, formatTable, type System, toxicSpans } from './eval-rows';
import { type CrossFit, crossFit } from './learn/crossfit';

export interface EvalIO {
  stdout(s: string): void;
  stderr(s: string): void;
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
