// Per-keystroke engine cost on a long post: checker.recheck() for single-character edits (type a letter,
// delete one, retype one) at spread-out positions of a 20,000-character Vietnamese text. Budget: p50 ≤ 1 ms
// (docs/budgets.md). Each edit is applied to the text the previous one produced, as typing does, and every
// recheck's result is compared with a full check now and then, so a fast but wrong recheck cannot pass.
import { performance } from 'node:perf_hooks';
import type { Checker, Finding } from '../rules/types';
import { consume, type Stats, stats } from './measure';
import { type Budget, budget } from './report';
import { viText } from './texts';

export const RECHECK_CHARS = 20_000;
export const RECHECK_BUDGET_MS = 1;
const EDITS = 2_000;
const LETTERS = 'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạếồởữự ';

export interface RecheckResult {
  chars: number;
  stats: Stats;
  /** Full check of the same text, for comparison (ms, p50). */
  fullP50: number;
  /** Rechecks whose findings differed from a full check (must be 0). */
  mismatches: number;
  compared: number;
}

const same = (a: readonly Finding[], b: readonly Finding[]) => JSON.stringify(a) === JSON.stringify(b);

export function runRecheckBench(checker: Checker): { result: RecheckResult; budgets: Budget[] } {
  let text = viText(RECHECK_CHARS);
  let findings = checker.check(text);
  const samples: number[] = [];
  const full: number[] = [];
  let mismatches = 0;
  let compared = 0;
  for (let i = 0; i < EDITS + 50; i++) {
    // Deterministic positions spread over the whole text; the first 50 edits are warm-up.
    const at = (i * 7919) % text.length;
    const kind = i % 3;
    const ch = LETTERS[i % LETTERS.length] as string;
    const next =
      kind === 0
        ? text.slice(0, at) + ch + text.slice(at)
        : kind === 1
          ? text.slice(0, at) + text.slice(at + 1)
          : text.slice(0, at) + ch + text.slice(at + 1);
    const t0 = performance.now();
    const out = checker.recheck(text, findings, next);
    const ms = performance.now() - t0;
    if (i >= 50) samples.push(ms);
    if (i % 100 === 0) {
      const t1 = performance.now();
      const whole = checker.check(next);
      full.push(performance.now() - t1);
      compared++;
      if (!same(out, whole)) mismatches++;
    }
    consume(out);
    text = next;
    findings = out;
  }
  const result: RecheckResult = {
    chars: text.length,
    stats: stats(samples),
    fullP50: stats(full).p50,
    mismatches,
    compared,
  };
  return {
    result,
    budgets: [
      budget(
        'recheck 20,000 chars, 1-char edit p50',
        result.stats.p50,
        'max',
        RECHECK_BUDGET_MS,
        'ms',
        `p95 ${result.stats.p95.toFixed(3)} ms; full check p50 ${result.fullP50.toFixed(2)} ms`,
      ),
      budget('recheck = check (mismatches)', mismatches, 'max', 0, '', `${compared} compared`),
    ],
  };
}

export const renderRecheck = (r: RecheckResult): string =>
  `recheck (${r.stats.n} single-character edits on ${r.chars} chars): p50 ${r.stats.p50.toFixed(3)} ms · ` +
  `p95 ${r.stats.p95.toFixed(3)} ms · full check p50 ${r.fullP50.toFixed(2)} ms · ${r.mismatches}/${r.compared} differ\n`;
