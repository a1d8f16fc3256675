// `npm run eval:blind [-- --set FILE …] [--profile P] [--json] [--no-ids]`: scores the blind sets
// (tests/blind/*.json by default) with the built-in rules. Prints per-category recall and precision,
// the false-hint rate on hard negatives and the ids of misses — never a sentence, so rule writers
// can tune on figures without reading the set. Profile civil-servant by default: every category of
// the Code is in force there (confidential documents too).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { type BlindReport, renderBlindReport, scoreBlindSet, validateBlindSet } from '../cli/blind-metrics';
import { createChecker } from '../rules/index';
import { CATEGORIES, PROFILES, type Profile } from '../rules/types';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const sets: string[] = [];
let profile: Profile = 'civil-servant';
let json = false;
let ids = true;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--set') sets.push(args[++i] ?? '');
  else if (a === '--profile') profile = args[++i] as Profile;
  else if (a === '--json') json = true;
  else if (a === '--no-ids') ids = false;
  else {
    process.stderr.write(
      `unknown argument: ${a}\nusage: eval:blind [--set FILE …] [--profile P] [--json] [--no-ids]\n`,
    );
    process.exit(2);
  }
}
if (!(PROFILES as readonly string[]).includes(profile)) {
  process.stderr.write(`--profile must be one of ${PROFILES.join(', ')}\n`);
  process.exit(2);
}
if (!sets.length) {
  const dir = join(ROOT, 'tests/blind');
  sets.push(
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(dir, f)),
  );
}

const checker = createChecker({ profile });
const breaches = new Set<string>(CATEGORIES);
const predict = (text: string) =>
  new Set(
    checker
      .check(text)
      .map((f) => f.category)
      .filter((c) => breaches.has(c)),
  );

const reports: { set: string; report: BlindReport }[] = [];
for (const file of sets) {
  const set = validateBlindSet(JSON.parse(readFileSync(file, 'utf8')), file);
  reports.push({ set: basename(file), report: scoreBlindSet(set, predict) });
}
if (json) process.stdout.write(`${JSON.stringify({ profile, reports }, null, 2)}\n`);
else
  for (const { set, report } of reports)
    process.stdout.write(`${renderBlindReport(`${set} (${profile})`, report, ids)}\n`);
