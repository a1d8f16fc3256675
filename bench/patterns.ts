// Custom patterns cannot hang the page: every ACCEPTED adversarial pattern below runs against 100 KB of
// adversarial input (long runs of what the pattern starts with, never its terminator) the way an agency's
// or a user's pattern runs, on the linear engine (rules/linear-regex.ts), and must stay within
// PATTERN_BUDGET_MS. The built-in pattern rules run on the browser's RegExp with repeats bounded to 24
// (safe-pattern.ts) and are measured the same way.
//
// Why 50 ms per pattern per 100 KB: the linear engine takes at most STEPS_PER_CHAR (32) steps a
// character, whatever the pattern (one step per live state; a pattern that needs more on some text stops
// there), 3.2·10⁶ steps on 100 KB. 50 ms is the browser's long-task threshold; the content script checks
// a text in slices of at most 20,000 characters (entrypoints/content/limits.ts), a fifth of this input.
// The audit's hostile patterns (a class of another script repeated, \p{Script=…}, emoji ranges,
// a{1,24} before groups of alternatives) took 0.5–25 s on 20 KB with the browser's engine.
import { performance } from 'node:perf_hooks';
import { BUILTIN_RULES, GUIDANCE_RULES } from '../rules/index';
import { checkPattern, compilePattern, type PatternScan } from '../rules/safe-pattern';
import { stats } from './measure';
import { type Budget, budget } from './report';

export const PATTERN_BUDGET_MS = 50;
export const ADVERSARIAL_BYTES = 100_000;

/** A pattern, why it is a near-miss, and the runs that make a backtracking engine work hardest on it. */
export interface Adversarial {
  pattern: string;
  /** Built-in rules run on the browser's RegExp, the others on the linear engine. */
  builtin?: boolean;
  nearMissOf: string;
  /** Each is repeated to ADVERSARIAL_BYTES characters; the worst one counts. */
  runs: readonly string[];
}

export const ADVERSARIAL: readonly Adversarial[] = [
  { pattern: String.raw`\d+x`, nearMissOf: String.raw`(\d+)+x`, runs: ['1'] },
  { pattern: String.raw`[\p{L}\s]+@`, nearMissOf: String.raw`([\p{L}\s]+)*@`, runs: ['a ', 'ư', ' '] },
  { pattern: 'a{1,24}b', nearMissOf: '(a{1,24})+b', runs: ['a', 'A'] },
  { pattern: '(?:ab)+c', nearMissOf: '(?:ab|a)+c', runs: ['ab', 'abab a'] },
  { pattern: '[ab]+e', nearMissOf: '(?:a|b|ab)+e', runs: ['ab', 'ba'] },
  { pattern: String.raw`\w+\s`, nearMissOf: String.raw`(\w+)+\s`, runs: ['a', '_1'] },
  { pattern: String.raw`\S+@`, nearMissOf: String.raw`\S+@\S+\.\S+`, runs: ['a', '.'] },
  { pattern: 'a*b', nearMissOf: 'a*a*b', runs: ['a'] },
  { pattern: '[^@]+@', nearMissOf: '([^@]+)*@', runs: ['x', ' '] },
  { pattern: '.+!', nearMissOf: '.*.*!', runs: ['x', ' '] },
  { pattern: String.raw`\p{L}+\d`, nearMissOf: String.raw`(\p{L}+)+\d`, runs: ['a', 'đ', 'Ω'] },
  { pattern: 'x[a-z]*y', nearMissOf: 'x[a-z]*[a-z]*y', runs: ['xa', 'x'] },
  { pattern: String.raw`\d+(?=%)`, nearMissOf: String.raw`(\d+)*(?=%)`, runs: ['1'] },
  { pattern: String.raw`a[^b]*b`, nearMissOf: String.raw`a(?:[^b]|a)*b`, runs: ['a'] },
  { pattern: String.raw`\s*x`, nearMissOf: String.raw`\s*\s*x`, runs: [' ', '\u00a0'] },
  { pattern: String.raw`\d+\D+\d+x`, nearMissOf: String.raw`\d+\d+x`, runs: ['1', '1a', 'a'] },
  { pattern: String.raw`[a-z]+\d+[a-z]+!`, nearMissOf: String.raw`[a-z0-9]+[a-z]+!`, runs: ['a', 'a1', '1'] },
  { pattern: String.raw`\b\w+\b!`, nearMissOf: String.raw`(\b\w+\b)+!`, runs: ['ab ', 'a'] },
  { pattern: String.raw`\d+[.,]\d+x`, nearMissOf: String.raw`\d+[.,]?\d+x`, runs: ['1,', '1'] },
  {
    pattern: String.raw`[\w.-]{1,24}@[\w-]{1,24}\.[a-z]{2,20}`,
    nearMissOf: String.raw`\S+@\S+\.\S+`,
    runs: ['a', 'a@a', 'a@a.'],
  },
  {
    pattern: String.raw`(?<!\d)\d{9,12}(?!\d)`,
    nearMissOf: String.raw`(\d{3,4})+`,
    runs: ['1', '12345678 '],
  },
  {
    pattern: String.raw`mật khẩu\s*:\s?\S{4,24}x`,
    nearMissOf: String.raw`mật khẩu\s*:?\s*\S+x`,
    runs: ['mật khẩu :'],
  },
  {
    pattern: String.raw`(?:đm|dm)\s?\p{L}+!`,
    nearMissOf: String.raw`(?:đm|dm)+\s?\p{L}+!`,
    runs: ['đm ', 'a'],
  },
  { pattern: String.raw`[0-9 ]{9,13}x`, nearMissOf: String.raw`(\d ?)+x`, runs: ['1 ', '1'] },
  {
    pattern: String.raw`\p{Lu}\p{Ll}*\s\p{Lu}`,
    nearMissOf: String.raw`(\p{Lu}\p{Ll}*\s?)+$`,
    runs: ['Aa', 'A'],
  },
  {
    pattern: String.raw`https?://\S+\.gov\.vn`,
    nearMissOf: String.raw`(https?://)?\S+\.vn`,
    runs: ['https://a', 'a.'],
  },
  { pattern: String.raw`[\u{1F600}-\u{1F64F}]+x`, nearMissOf: String.raw`(😀+)+x`, runs: ['😀'] },
  { pattern: 'a{0,24}b', nearMissOf: 'a{0,24}a{0,24}b', runs: ['a'] },
  // A name with an optional second word: accepted because the space decides where the first stops.
  {
    pattern: String.raw`\p{L}+(?:\s\p{L}+)?!`,
    nearMissOf: String.raw`\p{L}+(?:\s?\p{L}+)?!`,
    runs: ['đ', 'a ', 'ab '],
  },
  // The slowest shape accepted: the largest repeat count of a Unicode property (slow per step in V8).
  { pattern: String.raw`\p{L}{1,24}\d`, nearMissOf: String.raw`(\p{L}{1,24})+\d`, runs: ['đ', 'a'] },
];

/**
 * The audit's hostile patterns: accepted by the check, catastrophic on the browser's engine (their
 * "near-miss" is what they took there), and a pattern that makes the linear engine read far past
 * each short match.
 */
export const HOSTILE: readonly Adversarial[] = [
  {
    pattern: String.raw`[\u0E00-\u0E7F]+[\u0E00-\u0E7F]+[\u0E00-\u0E7F]+[\u0E00-\u0E7F]+a`,
    nearMissOf: 'audit: a class of another script, repeated (25 s on 20 KB of Thai)',
    runs: ['ก', 'กa'],
  },
  {
    pattern: String.raw`\p{Script=Thai}+\p{Script=Thai}+x`,
    nearMissOf: 'audit: a script property class (1.4 s)',
    runs: ['ก'],
  },
  {
    pattern: String.raw`[\u{1F680}-\u{1F6FF}]+[\u{1F680}-\u{1F6FF}]+x`,
    nearMissOf: 'audit: an emoji range (0.5 s)',
    runs: ['🚀'],
  },
  {
    pattern: 'a{1,24}(?:a|aa)(?:a|aa)(?:a|aa)(?:a|aa)b',
    nearMissOf: 'audit: a counted run before alternatives of different lengths (1.4 s)',
    runs: ['a'],
  },
  // Reads far past each one-letter match before giving up: the rescan that the step budget bounds.
  {
    pattern: String.raw`a\w{24}\w{24}\w{24}\w{24}z|a`,
    nearMissOf: 'a rescan after every match',
    runs: ['a'],
  },
];

/** The built-in pattern rules too (they run on every text), each on runs of digits, letters and spaces. */
const BUILTIN_RUNS = ['1', '1 ', 'a', 'ư', ' ', 'a@', '0.'];
export const BUILTIN_PATTERNS: readonly Adversarial[] = [...BUILTIN_RULES, ...GUIDANCE_RULES].flatMap((r) =>
  r.kind === 'pattern'
    ? [{ pattern: r.pattern, nearMissOf: `built-in ${r.id}`, runs: BUILTIN_RUNS, builtin: true }]
    : [],
);

export interface PatternResult {
  pattern: string;
  /** The near-miss it stands for, or "built-in <rule id>". */
  label: string;
  /** Worst adversarial run, its p50 over `n` timed passes (ms per 100 KB). */
  run: string;
  p50: number;
  n: number;
  hits: number;
}

const inputOf = (run: string) =>
  run.repeat(Math.ceil(ADVERSARIAL_BYTES / run.length)).slice(0, ADVERSARIAL_BYTES);

/** Every match of the compiled pattern over `input`, as the checker's pattern pass finds them. */
const scan = (run: PatternScan, input: string): number => run(input).length;

export function runPatternBench(): { results: PatternResult[]; budgets: Budget[] } {
  const results: PatternResult[] = [];
  const budgets: Budget[] = [];
  for (const a of [...ADVERSARIAL, ...HOSTILE, ...BUILTIN_PATTERNS]) {
    const name = a.nearMissOf.startsWith('built-in ') ? a.nearMissOf : `pattern ${a.pattern}`;
    const refused = checkPattern(a.pattern);
    if (refused) {
      // The list is of accepted patterns; a refused one would silently measure nothing.
      budgets.push({ ...budget(name, null, 'max', PATTERN_BUDGET_MS, 'ms'), ok: false, note: refused.en });
      continue;
    }
    const re = compilePattern(a.pattern, a.builtin === true);
    let worst: PatternResult | null = null;
    for (const run of a.runs) {
      const input = inputOf(run);
      let hits = scan(re, input); // warm-up
      const samples: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        hits = scan(re, input);
        samples.push(performance.now() - t0);
      }
      const s = stats(samples);
      if (!worst || s.p50 > worst.p50)
        worst = { pattern: a.pattern, label: a.nearMissOf, run, p50: s.p50, n: s.n, hits };
    }
    if (!worst) continue;
    results.push(worst);
    budgets.push(
      budget(
        `${name} on 100 KB`,
        worst.p50,
        'max',
        PATTERN_BUDGET_MS,
        'ms',
        `worst run ${JSON.stringify(worst.run)}`,
      ),
    );
  }
  return { results, budgets };
}

export function renderPatterns(results: readonly PatternResult[]): string {
  const worst = results.reduce((w, r) => Math.max(w, r.p50), 0);
  const lines = results.map(
    (r) =>
      `  ${r.p50.toFixed(1).padStart(6)} ms  ${r.label.startsWith('built-in ') ? r.label : r.pattern}  (run ${JSON.stringify(r.run)}, ${r.hits} hits)`,
  );
  return [
    `patterns: ${results.length} accepted adversarial (linear engine) and built-in (RegExp) patterns × 100 KB, p50 of 5 passes (worst ${worst.toFixed(1)} ms, budget ≤ ${PATTERN_BUDGET_MS} ms each)`,
    ...lines,
    '',
  ].join('\n');
}
