// Adversarial pastes through the whole checker: texts built to stress each stage (segmenter, rejoining
// of separated letters, teencode, tries, contexts, patterns, overlap resolution, the official-link
// scan). Budgets: p50 ≤ 50 ms per text and profile at 20,000 characters (the browser's long-task
// threshold; a normal 20,000-character check costs ~4 ms), and linear growth: the same text at
// 100,000 characters takes at most 5× its 20,000-character time (a quadratic path takes 25×).
import { createChecker } from '../rules/index';
import type { Profile } from '../rules/types';
import { type SampleOptions, sample } from './measure';
import { type Budget, budget } from './report';

export const ADVERSARIAL_CHARS = 20_000;
export const ADVERSARIAL_BUDGET_MS = 50;
export const LONG_CHARS = 100_000;
/** Time at LONG_CHARS over time at ADVERSARIAL_CHARS: 5 for linear growth. */
export const GROWTH_BUDGET = 5;
const SAMPLING: SampleOptions = { warmup: 3, minRuns: 10, minTimeMs: 300, maxRuns: 200 };
const LONG_SAMPLING: SampleOptions = { warmup: 2, minRuns: 5, minTimeMs: 0, maxRuns: 5 };

/** Each run of text is repeated to the size, then ends with `tail`. */
export const TEXTS: readonly { name: string; run: string; tail?: string }[] = [
  { name: 'dots between letters (host-like)', run: 'a.' },
  { name: 'dotted single letters (re-joining)', run: 'đ.m.' },
  { name: 'spaced single letters (re-joining)', run: 'd i t ' },
  { name: 'one endless word', run: 'a' },
  { name: 'digits without end', run: '1234567890' },
  { name: 'digits in groups (card, phone, ID patterns)', run: '0912 345 ' },
  { name: 'a slur over and over (dense findings)', run: 'bọn bắc kỳ ' },
  { name: 'teencode only', run: 'ko dc vs ck vk j m ' },
  { name: 'look-alikes inside words', run: 'l0n d!t ch3t ' },
  { name: 'zero-width characters between letters', run: 'b\u200bắ\u200dc ' },
  { name: 'combining marks piled up', run: 'a\u0301\u0300\u0303\u0309 ' },
  { name: 'emoji with skin tones and joiners', run: '👩🏽‍💻🙂 ' },
  { name: 'context words everywhere (near / unless)', run: 'mày đừng gọi là ' },
  { name: 'announcement words and figures (agency page)', run: 'thông báo 12% ' },
  { name: 'dotted letters ending in a name (initials)', run: 'a.', tail: 'Name' },
  { name: 'spaced letters ending in a name (initials)', run: 'a ', tail: '.Name' },
  { name: 'one insult over and over (overlap resolution)', run: 'ngu ' },
];

const textOf = ({ run, tail = '' }: { run: string; tail?: string }, chars: number) =>
  run.repeat(Math.ceil(chars / run.length)).slice(0, chars - tail.length) + tail;

export interface AdversarialResult {
  name: string;
  profile: Profile;
  p50: number;
  /** p50 at LONG_CHARS over p50 at ADVERSARIAL_CHARS. */
  growth: number;
  findings: number;
}

export function runAdversarialBench(): { results: AdversarialResult[]; budgets: Budget[] } {
  const results: AdversarialResult[] = [];
  for (const profile of ['citizen', 'civil-servant', 'agency-page'] as const) {
    const checker = createChecker({ profile, agencyTopics: { terms: ['tuyển sinh', 'học phí'] } });
    for (const t of TEXTS) {
      const text = textOf(t, ADVERSARIAL_CHARS);
      const long = textOf(t, LONG_CHARS);
      const findings = checker.check(text).length;
      const p50 = sample(() => checker.check(text), SAMPLING).p50;
      // A quadratic path is 25× slower here: two warm-ups and five runs say enough, and bound the time.
      const p50Long = sample(() => checker.check(long), LONG_SAMPLING).p50;
      results.push({ name: t.name, profile, p50, growth: p50Long / p50, findings });
    }
  }
  const worst = results.reduce((w, r) => (r.p50 > w.p50 ? r : w));
  const steepest = results.reduce((w, r) => (r.growth > w.growth ? r : w));
  return {
    results,
    budgets: [
      budget(
        `worst adversarial 20,000-char text (${results.length} texts × profiles)`,
        worst.p50,
        'max',
        ADVERSARIAL_BUDGET_MS,
        'ms',
        `${worst.name}, ${worst.profile}`,
      ),
      budget(
        `steepest growth ${LONG_CHARS.toLocaleString('en-US')} / ${ADVERSARIAL_CHARS.toLocaleString('en-US')} chars`,
        steepest.growth,
        'max',
        GROWTH_BUDGET,
        '×',
        `${steepest.name}, ${steepest.profile}`,
      ),
    ],
  };
}

export function renderAdversarial(results: readonly AdversarialResult[]): string {
  const rows = [...results].sort((a, b) => b.p50 - a.p50).slice(0, 8);
  return `adversarial pastes (${ADVERSARIAL_CHARS} chars, slowest 8 of ${results.length}):\n${rows
    .map(
      (r) =>
        `  ${r.p50.toFixed(2).padStart(7)} ms  ×${r.growth.toFixed(1)} at ${LONG_CHARS / 1000}k  ${r.name} (${r.profile}, ${r.findings} findings)`,
    )
    .join('\n')}\n`;
}
