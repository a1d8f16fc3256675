// The features of the learned layer, one implementation for training (scripts/train.ts) and for
// checking: both call these functions on the engine's own tokens (after the normaliser: teencode
// expanded, obfuscation undone), so what a model was trained on and what it sees cannot drift.
// Every feature is a stable 32-bit hash of its parts, reduced to a table index by the model.
import type { Token } from '../normalize';

/** FNV-1a over UTF-16 code units, then murmur3's finaliser: stable across engines and runs. */
export function hashString(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix(h);
}

/** murmur3 fmix32. */
export function mix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Two hashes (or a slot and a hash) into one. */
export const pair = (a: number, b: number): number => mix(Math.imul(a, 0x9e3779b1) ^ b);

/** What is hashed once per distinct syllable. */
export interface Syllable {
  /** As typed, lower-case with its accents ("buổi"). */
  typed: number;
  /** Folded ("buoi"). */
  folded: number;
  /**
   * The tagger's features of the syllable itself, whatever stands around it: as typed, folded, and
   * its character trigrams with ^ and $ at its ends ("^bu", "buo", "uoi", "oi$").
   */
  tagOwn: readonly number[];
  /** The scorer's features of the syllable itself (the same three kinds, in the scorer's slots). */
  docOwn: readonly number[];
  /** Sums of `tagOwn` / `docOwn` weights under one model, kept by model.ts (a syllable recurs). */
  memo: { model: object; tag: number; doc: number } | null;
}

/** Slots: the same word in another position is another feature. */
enum S {
  Typed = 1,
  Folded,
  Prev1,
  Next1,
  Prev2,
  Next2,
  TypedPrev1,
  TypedNext1,
  BigramPrev,
  BigramNext,
  Gram,
  GapBefore,
  GapAfter,
  DocTyped,
  DocFolded,
  DocBigram,
  DocTypedBigram,
  DocGram,
}

const BOUNDARY: Syllable = {
  typed: hashString('\u0002'),
  folded: hashString('\u0002'),
  tagOwn: [],
  docOwn: [],
  memo: null,
};
const cache = new Map<string, Syllable>();
const CACHE_LIMIT = 50_000;

function syllable(t: Token): Syllable {
  const key = `${t.f}\u0000${t.k}`;
  let s = cache.get(key);
  if (s) return s;
  const typed = hashString(key);
  const folded = hashString(t.f);
  const grams: number[] = [];
  const w = `^${t.f}$`;
  for (let i = 0; i + 3 <= w.length; i++) grams.push(hashString(w.slice(i, i + 3)));
  s = {
    typed,
    folded,
    tagOwn: [pair(S.Typed, typed), pair(S.Folded, folded), ...grams.map((g) => pair(S.Gram, g))],
    docOwn: [
      pair(S.DocTyped, typed),
      pair(S.DocFolded, folded),
      ...grams.map((g) => pair(S.DocGram, pair(S.Gram, g))),
    ],
    memo: null,
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, s);
  return s;
}

/** The syllables of a token list, hashed once each. */
export const syllables = (tokens: readonly Token[]): Syllable[] => tokens.map(syllable);

/** Where a token stands relative to sentence ends: "." "!" "?" and line breaks stop its neighbours. */
function neighbour(tokens: readonly Token[], syl: readonly Syllable[], i: number, d: -2 | -1 | 1 | 2) {
  // A sentence end between i and the neighbour makes the neighbour a boundary.
  const lo = d < 0 ? i + d : i;
  const hi = d < 0 ? i : i + d;
  if (lo < 0 || hi >= tokens.length) return BOUNDARY;
  for (let k = lo + 1; k <= hi; k++) if ((tokens[k] as Token).gap === 2) return BOUNDARY;
  return syl[i + d] as Syllable;
}

/**
 * Features of token `i` for the span tagger, appended to `out` (hashes; the model reduces them to
 * its table): the syllable's own (Syllable.tagOwn), then its context (tagContext).
 */
export function tagFeatures(
  tokens: readonly Token[],
  syl: readonly Syllable[],
  i: number,
  out: number[],
): void {
  out.push(...(syl[i] as Syllable).tagOwn);
  tagContext(tokens, syl, i, out);
}

/**
 * The tagger's features of token `i` that depend on what stands around it: its neighbours within two
 * words in its sentence (folded, and ±1 as typed), the two bigrams it is part of, the punctuation
 * before and after it.
 */
export function tagContext(
  tokens: readonly Token[],
  syl: readonly Syllable[],
  i: number,
  out: number[],
): void {
  const t = tokens[i] as Token;
  const s = syl[i] as Syllable;
  const p1 = neighbour(tokens, syl, i, -1);
  const n1 = neighbour(tokens, syl, i, 1);
  const p2 = neighbour(tokens, syl, i, -2);
  const n2 = neighbour(tokens, syl, i, 2);
  const after = i + 1 < tokens.length ? (tokens[i + 1] as Token).gap : 2;
  out.push(
    pair(S.Prev1, p1.folded),
    pair(S.Next1, n1.folded),
    pair(S.Prev2, p2.folded),
    pair(S.Next2, n2.folded),
    pair(S.TypedPrev1, p1.typed),
    pair(S.TypedNext1, n1.typed),
    pair(S.BigramPrev, pair(p1.folded, s.folded)),
    pair(S.BigramNext, pair(s.folded, n1.folded)),
    pair(S.GapBefore, i === 0 ? 2 : t.gap),
    pair(S.GapAfter, after),
  );
}

/**
 * Features token `i` adds to the sentence scorer: the scorer's logit of a stretch of text is its
 * bias plus the sum over its tokens, so the score of any window is a difference of prefix sums.
 * The syllable's own (Syllable.docOwn), then its bigrams with the word before it (docContext).
 */
export function docFeatures(
  tokens: readonly Token[],
  syl: readonly Syllable[],
  i: number,
  out: number[],
): void {
  out.push(...(syl[i] as Syllable).docOwn);
  docContext(tokens, syl, i, out);
}

export function docContext(
  tokens: readonly Token[],
  syl: readonly Syllable[],
  i: number,
  out: number[],
): void {
  const s = syl[i] as Syllable;
  const p1 = neighbour(tokens, syl, i, -1);
  out.push(pair(S.DocBigram, pair(p1.folded, s.folded)), pair(S.DocTypedBigram, pair(p1.typed, s.typed)));
}
