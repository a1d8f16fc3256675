// Held-out ceiling of phrase lists (see scripts/ceiling-lists.ts and docs/quality.md):
//   npx tsx scripts/ceiling.ts --vihsd ../shared/data/DEV_vihsd_train_dev.csv \
//     --vihos ../shared/data/DEV_vihos_spans_not_in_vihsd_test.jsonl
// Mines on the even rows, measures on the odd rows (and the other way round), next to the rules alone.
// Reads the data by path and prints figures only; nothing mined is written anywhere.
import { readFileSync } from 'node:fs';
import { csvRecords, parseJsonl } from '../cli/eval-metrics';
import { toxicSpans } from '../cli/eval-rows';
import { createChecker } from '../rules/index';
import {
  charScores,
  docScores,
  type LabelledText,
  mineNgrams,
  mineSpanPhrases,
  phraseSpans,
} from './ceiling-lists';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const checker = createChecker({ profile: 'citizen' });
const ruleSpans = (t: string) => toxicSpans(checker, t);
const halves = <T>(xs: readonly T[]): [T[], T[]][] => {
  const even = xs.filter((_, i) => i % 2 === 0);
  const odd = xs.filter((_, i) => i % 2 === 1);
  return [
    [even, odd],
    [odd, even],
  ];
};
const f3 = (x: number) => x.toFixed(3);
const pr = (s: { precision: number; recall: number; f1: number }) =>
  `P ${f3(s.precision)} R ${f3(s.recall)} F1 ${f3(s.f1)}`;

const vihsd = arg('--vihsd');
if (vihsd) {
  const docs = csvRecords(readFileSync(vihsd, 'utf8')).map((r): LabelledText & { flagged: boolean } => ({
    text: r.text ?? '',
    toxic: r.label !== 'CLEAN',
    flagged: ruleSpans(r.text ?? '').length > 0,
  }));
  console.log('ViHSD documents: n-grams mined on one half (greedy), measured on the other half');
  for (const [support, precision] of [
    [5, 0.75],
    [3, 0.75],
    [2, 0.7],
  ] as const) {
    for (const [k, [mine, test]] of halves(docs).entries()) {
      const list = mineNgrams(mine, support, precision);
      console.log(
        `  support ≥ ${support}, precision ≥ ${precision}, fold ${k + 1}: ${list.length} n-grams | ` +
          `mining half ${pr(docScores(mine, list))} | held-out: rules ${pr(docScores(test, []))}, ` +
          `rules + list ${pr(docScores(test, list))}`,
      );
    }
  }
}

const vihos = arg('--vihos');
if (vihos) {
  const docs = parseJsonl(readFileSync(vihos, 'utf8'));
  console.log('ViHOS characters: span phrases mined on one half, underlined on the other half');
  for (const [count, words, inside] of [
    [2, 4, 0.5],
    [2, 8, 0.3],
    [2, 4, 0],
  ] as const) {
    for (const [k, [mine, test]] of halves(docs).entries()) {
      const phrases = mineSpanPhrases(mine, count, words, inside);
      const listed = (t: string) => phraseSpans(t, phrases, words);
      console.log(
        `  seen ≥ ${count}, ≤ ${words} words, inside gold ≥ ${inside}, fold ${k + 1}: ${phrases.size} phrases | ` +
          `held-out: rules ${pr(charScores(test, ruleSpans))}, list ${pr(charScores(test, listed))}, ` +
          `rules + list ${pr(charScores(test, (t) => [...ruleSpans(t), ...listed(t)]))}`,
      );
    }
  }
}
if (vihsd && vihos) {
  // The span list that helps ViHOS most, used as hints everywhere: what it does to ViHSD documents.
  const phrases = mineSpanPhrases(parseJsonl(readFileSync(vihos, 'utf8')), 2, 4, 0.5);
  const docs = csvRecords(readFileSync(vihsd, 'utf8')).map((r) => {
    const text = r.text ?? '';
    return {
      text,
      toxic: r.label !== 'CLEAN',
      flagged: ruleSpans(text).length > 0 || phraseSpans(text, phrases, 4).length > 0,
    };
  });
  console.log(
    `ViHOS span list (all of ViHOS, seen ≥ 2, ≤ 4 words, inside gold ≥ 0.5: ${phrases.size} phrases) as hints on ` +
      `ViHSD documents: rules + list ${pr(docScores(docs, []))}`,
  );
}
if (!vihsd && !vihos) console.error('usage: scripts/ceiling.ts --vihsd FILE.csv --vihos FILE.jsonl');
