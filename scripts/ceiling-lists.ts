// How far could word and phrase lists go on this data? A held-out experiment: mine lists from one half
// of a dataset (greedy n-grams on ViHSD documents; span texts on ViHOS), add them to the built-in
// rules, and measure on the other half. Mining sees the labels of its half only; what it gains on
// the other half is what phrase lists can generalise to. Used by `npx tsx scripts/ceiling.ts`.
// Words are the engine's tokens (rules/normalize.ts): folded, teencode and obfuscation read as the
// rules read them, each with its span in the text as typed.
import { type Span, scores, spanCounts } from '../cli/eval-metrics';
import { tokenize } from '../rules/normalize';

export interface LabelledText {
  text: string;
  toxic: boolean;
}

/** The words of a text as the rules read them: folded syllables ("Đồ" → "do"). */
export const foldedWords = (s: string): string[] => tokenize(s).map((t) => t.f);

/** Word n-grams (1..max) of a text, folded. */
export function ngrams(text: string, max = 3): Set<string> {
  const w = foldedWords(text);
  const out = new Set<string>();
  for (let n = 1; n <= max; n++) for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

/**
 * Greedy list: repeatedly the n-gram with the most (toxic − clean) documents among those the rules and
 * the list so far leave unflagged, kept while it has ≥ minSupport toxic documents and a precision of
 * ≥ minPrecision among them.
 */
export function mineNgrams(
  docs: readonly (LabelledText & { flagged: boolean })[],
  minSupport: number,
  minPrecision: number,
): string[] {
  const alive = docs.filter((d) => !d.flagged).map((d) => ({ toxic: d.toxic, grams: ngrams(d.text) }));
  const picked: string[] = [];
  for (;;) {
    const count = new Map<string, [number, number]>();
    for (const d of alive) {
      for (const g of d.grams) {
        const c = count.get(g) ?? [0, 0];
        c[d.toxic ? 0 : 1]++;
        count.set(g, c);
      }
    }
    let best = '';
    let bestGain = 0;
    for (const [g, [t, f]] of count) {
      if (t < minSupport || t / (t + f) < minPrecision) continue;
      if (t - f > bestGain || (t - f === bestGain && best && g < best)) {
        best = g;
        bestGain = t - f;
      }
    }
    if (!best) return picked;
    picked.push(best);
    for (let i = alive.length - 1; i >= 0; i--) if (alive[i]?.grams.has(best)) alive.splice(i, 1);
  }
}

/** Document precision / recall of "rules or any mined n-gram". */
export function docScores(docs: readonly (LabelledText & { flagged: boolean })[], list: readonly string[]) {
  const set = new Set(list);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const d of docs) {
    const hit = d.flagged || [...ngrams(d.text)].some((g) => set.has(g));
    if (hit && d.toxic) tp++;
    else if (hit) fp++;
    else if (d.toxic) fn++;
  }
  return scores({ tp, fp, fn });
}

/** Every whole-word occurrence (folded) of the phrases in a text, as spans of the text with the phrase. */
export function phraseSpans(
  text: string,
  phrases: ReadonlySet<string>,
  maxWords: number,
): (Span & { phrase: string })[] {
  const tokens = tokenize(text);
  const out: (Span & { phrase: string })[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let key = '';
    for (let n = 1; n <= maxWords && i + n <= tokens.length; n++) {
      const last = tokens[i + n - 1] as (typeof tokens)[number];
      key = n === 1 ? last.f : `${key} ${last.f}`;
      if (phrases.has(key)) out.push({ start: (tokens[i] as typeof last).start, end: last.end, phrase: key });
    }
  }
  return out;
}

export interface SpanText {
  text: string;
  spans: readonly (Span & { text?: string })[];
}

/**
 * Span phrases: the gold span texts of up to maxWords words seen ≥ minCount times, kept when at least
 * minInside of their occurrences in the same half lie inside gold spans.
 */
export function mineSpanPhrases(
  docs: readonly SpanText[],
  minCount: number,
  maxWords: number,
  minInside: number,
): Set<string> {
  const freq = new Map<string, number>();
  for (const d of docs) {
    for (const s of d.spans) {
      const words = foldedWords(d.text.slice(s.start, s.end));
      if (!words.length || words.length > maxWords) continue;
      const k = words.join(' ');
      freq.set(k, (freq.get(k) ?? 0) + 1);
    }
  }
  const candidates = new Set([...freq].filter(([, n]) => n >= minCount).map(([k]) => k));
  const inside = new Map<string, [number, number]>();
  for (const d of docs) {
    const gold = new Uint8Array(d.text.length);
    for (const s of d.spans) gold.fill(1, s.start, s.end);
    for (const sp of phraseSpans(d.text, candidates, maxWords)) {
      const c = inside.get(sp.phrase) ?? [0, 0];
      c[gold.subarray(sp.start, sp.end).every(Boolean) ? 0 : 1]++;
      inside.set(sp.phrase, c);
    }
  }
  return new Set(
    [...candidates].filter((k) => {
      const [a, b] = inside.get(k) ?? [0, 0];
      return a + b > 0 && a / (a + b) >= minInside;
    }),
  );
}

/** Character P/R/F1 of the predicted spans (rules, mined phrases, or both) against gold. */
export function charScores(docs: readonly SpanText[], predict: (text: string) => Span[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const d of docs) {
    const c = spanCounts(d.text, d.spans, predict(d.text));
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return scores({ tp, fp, fn });
}
