// The two small models of the learned layer and how they score a text: a token tagger (how likely a
// syllable is inside an offensive span) and a window scorer (how likely the words around a syllable
// are offensive). Both are logistic regressions over hashed features (features.ts), their weights
// int8 with one scale each. Scores stay logits: thresholds compare logits, no exp() at check time.
import type { Token } from '../normalize';
import { docContext, type Syllable, syllables, tagContext } from './features';

/** One logistic regression: a table of 2^bits int8 weights, one scale, a bias. */
export interface Linear {
  bits: number;
  scale: number;
  bias: number;
  weights: Int8Array;
}

export interface LearnedModel {
  tagger: Linear;
  scorer: Linear;
  /** The window scorer sums the syllables within `radius` on each side of the one it scores. */
  radius: number;
}

/** The scores of one text, one per token. */
export interface Scores {
  /** Tagger logit of each token. */
  tag: Float64Array;
  /** Window scorer logit around each token. */
  window: Float64Array;
}

const scratch: number[] = [];

/** The int8 weights of `feats` added up (scale not applied: integer sums are exact in any order). */
function sum(model: Linear, feats: readonly number[]): number {
  const mask = (1 << model.bits) - 1;
  let z = 0;
  for (const h of feats) z += model.weights[h & mask] as number;
  return z;
}

/** The weights of a syllable's own features, added up once per syllable and model. */
function own(model: LearnedModel, s: Syllable): { tag: number; doc: number } {
  if (s.memo?.model !== model)
    s.memo = { model, tag: sum(model.tagger, s.tagOwn), doc: sum(model.scorer, s.docOwn) };
  return s.memo;
}

/**
 * Tagger and window logits of every token of `tokens`: exactly the weights of tagFeatures and
 * docFeatures added up, the syllable's own part looked up once per syllable.
 */
export function scoreTokens(tokens: readonly Token[], model: LearnedModel): Scores {
  const n = tokens.length;
  const tag = new Float64Array(n);
  const window = new Float64Array(n);
  const syl = syllables(tokens);
  // prefix[i]: the scorer's contribution of tokens before i, so a window's sum is one subtraction.
  const prefix = new Float64Array(n + 1);
  const { tagger, scorer } = model;
  for (let i = 0; i < n; i++) {
    const mine = own(model, syl[i] as Syllable);
    scratch.length = 0;
    tagContext(tokens, syl, i, scratch);
    tag[i] = tagger.bias + (mine.tag + sum(tagger, scratch)) * tagger.scale;
    scratch.length = 0;
    docContext(tokens, syl, i, scratch);
    prefix[i + 1] = (prefix[i] as number) + mine.doc + sum(scorer, scratch);
  }
  const r = model.radius;
  for (let i = 0; i < n; i++) {
    const a = Math.max(0, i - r);
    const b = Math.min(n, i + r + 1);
    window[i] = scorer.bias + ((prefix[b] as number) - (prefix[a] as number)) * scorer.scale;
  }
  return { tag, window };
}

/** 6-bit digits of the weight text: one character per weight in -31…31, `~` escapes a wider one. */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ESCAPE = '~';
const OFFSET = 31;

/**
 * Int8 weights as text: a weight in -31…31 is one character of DIGITS (most are 0, "f"), a wider one
 * is `~` and two characters. One character per weight keeps the text byte-aligned, so gzip packs it
 * about as tightly as the raw bytes (base64 of the bytes would not).
 */
export function encodeWeights(weights: Int8Array): string {
  let out = '';
  for (const w of weights) {
    if (w >= -OFFSET && w <= OFFSET) out += DIGITS[w + OFFSET];
    else {
      const u = w + 128;
      out += ESCAPE + DIGITS[u >> 6] + DIGITS[u & 63];
    }
  }
  return out;
}

const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) VALUE[DIGITS.charCodeAt(i)] = i;

export function decodeWeights(text: string, size: number): Int8Array {
  const out = new Int8Array(size);
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 126) {
      out[k++] =
        ((VALUE[text.charCodeAt(i + 1)] as number) << 6) + (VALUE[text.charCodeAt(i + 2)] as number) - 128;
      i += 2;
    } else out[k++] = (VALUE[c] as number) - OFFSET;
  }
  if (k !== size) throw new Error(`learned model: ${k} weights, expected ${size}`);
  return out;
}
