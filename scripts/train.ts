// `npm run train`: trains the learned layer on ViHOS (MIT) and the team's sentences, prints
// cross-validated figures, and writes rules/learned/weights.ts. Deterministic: same bytes every run.
//   npm run train -- [--data FILE] [--check]   (--check: compare with the committed module, write nothing)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { runTraining } from '../cli/learn/run';

const args = process.argv.slice(2);
const at = args.indexOf('--data');
// The data folder sits next to the repository (../shared/data), or two levels up from a worktree.
const VIHOS = 'shared/data/DEV_vihos_spans_not_in_vihsd_test.jsonl';
const file =
  at >= 0 ? (args[at + 1] as string) : ([`../${VIHOS}`, `../../${VIHOS}`].find(existsSync) ?? `../${VIHOS}`);
const out = 'rules/learned/weights.ts';
const text = readFileSync(file, 'utf8');
const sha256 = createHash('sha256').update(text).digest('hex');
const module = runTraining(text, { file: basename(file), sha256 }, (s) => process.stdout.write(s));
if (args.includes('--check')) {
  const same = readFileSync(out, 'utf8') === module;
  process.stdout.write(
    same ? `${out} is what training produces\n` : `${out} differs from what training produces\n`,
  );
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(out, module);
  process.stdout.write(`wrote ${out}\n`);
}
