// Adversarial pastes through the whole checker: texts built to stress each stage (segmenter, rejoining
// of separated letters, teencode, tries, contexts, patterns, the official-link scan) at the 20,000
// characters the content script checks at once. Budget: p50 ≤ 50 ms per text and profile, the
// browser's long-task threshold; a normal 20,000-character check costs ~4 ms.
import { createChecker } from '../rules/index';
import type { Profile } from '../rules/types';
import { type SampleOptions, sample } from './measure';
import { type Budget, budget } from './report';

export const ADVERSARIAL_CHARS = 20_000;
export const ADVERSARIAL_BUDGET_MS = 50;
const SAMPLING: SampleOptions = { warmup: 3, minRuns: 10, minTimeMs: 300, maxRuns: 200 };

/** Each run of text is repeated to ADVERSARIAL_CHARS characters. */
export const TEXTS: readonly { name: string; run: string }[] = [
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
];

export interface AdversarialResult {
  name: string;
  profile: Profile;
  p50: number;
  findings: number;
}

export function runAdversarialBench(): { results: AdversarialResult[]; budgets: Budget[] } {
  const results: AdversarialResult[] = [];
  for (const profile of ['citizen', 'civil-servant', 'agency-page'] as const) {
    const checker = createChecker({ profile, agencyTopics: { terms: ['tuyển sinh', 'học phí'] } });
    for (const { name, run } of TEXTS) {
      const text = run.repeat(Math.ceil(ADVERSARIAL_CHARS / run.length)).slice(0, ADVERSARIAL_CHARS);
      const findings = checker.check(text).length;
      results.push({ name, profile, p50: sample(() => checker.check(text), SAMPLING).p50, findings });
    }
  }
  const worst = results.reduce((w, r) => (r.p50 > w.p50 ? r : w));
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
    ],
  };
}

export function renderAdversarial(results: readonly AdversarialResult[]): string {
  const rows = [...results].sort((a, b) => b.p50 - a.p50).slice(0, 8);
  return `adversarial pastes (${ADVERSARIAL_CHARS} chars, slowest 8 of ${results.length}):\n${rows
    .map((r) => `  ${r.p50.toFixed(2).padStart(7)} ms  ${r.name} (${r.profile}, ${r.findings} findings)`)
    .join('\n')}\n`;
}
