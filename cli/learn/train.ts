// Training the learned layer (`npm run train`): span docs in, a LearnedModel out. The features are the
// engine's own (rules/learned/features.ts on rules/normalize.ts tokens), the order of examples is a
// seeded shuffle, so the same docs give the same bytes on every run.
import { docFeatures, hashString, syllables, tagFeatures } from '../../rules/learned/features';
import type { LearnedModel, Linear } from '../../rules/learned/model';
import { type Token, tokenize } from '../../rules/normalize';
import { textKey } from './data';
import { type Example, quantize, trainFtrl } from './logistic';

/** A training document: its text and the character spans an annotator marked (none: not offensive). */
export interface SpanDoc {
  id: string;
  text: string;
  spans: readonly { start: number; end: number }[];
}

export const PARAMS = {
  bits: 16,
  radius: 8,
  tagger: { epochs: 8, alpha: 0.2, beta: 1, l1: 6, l2: 1, seed: 1 },
  scorer: { epochs: 10, alpha: 0.2, beta: 1, l1: 20, l2: 1, seed: 2 },
  folds: 5,
} as const;

/**
 * The cross-validation fold of a text: a hash of the text itself (NFC, trimmed), so it never depends
 * on file order, a text given twice is in one fold, and evaluation finds the fold of any row by its text.
 */
export const foldOf = (text: string, folds: number = PARAMS.folds): number =>
  hashString(textKey(text)) % folds;

/** A document's tokens and their features, hashed once and shared by the folds. */
export interface Prepared {
  doc: SpanDoc;
  tokens: Token[];
  /** Tagger features per token (table indices). */
  tagFeats: Int32Array[];
  /** Gold label per token: 1 when any of its characters is inside a marked span. */
  gold: Uint8Array;
  /** Scorer features per token. */
  docFeats: Int32Array[];
}

export function prepare(doc: SpanDoc, bits: number = PARAMS.bits): Prepared {
  const mask = (1 << bits) - 1;
  const tokens = tokenize(doc.text);
  const syl = syllables(tokens);
  const tagFeats: Int32Array[] = [];
  const docFeats: Int32Array[] = [];
  const gold = new Uint8Array(tokens.length);
  const out: number[] = [];
  tokens.forEach((t, i) => {
    out.length = 0;
    tagFeatures(tokens, syl, i, out);
    tagFeats.push(Int32Array.from(out, (h) => h & mask));
    out.length = 0;
    docFeatures(tokens, syl, i, out);
    docFeats.push(Int32Array.from(out, (h) => h & mask));
    gold[i] = doc.spans.some((s) => s.start < t.end && t.start < s.end) ? 1 : 0;
  });
  return { doc, tokens, tagFeats, gold, docFeats };
}

/** The tagger's examples: one per token. */
function tagExamples(docs: readonly Prepared[]): Example[] {
  return docs.flatMap((p) =>
    p.tagFeats.map((feats, i) => ({ feats, y: p.gold[i] === 1 ? 1 : 0 }) as Example),
  );
}

/**
 * The scorer's examples: windows of 2·radius+1 tokens as the checker scores them. A short document
 * is one window; a longer one gives windows every radius+1 tokens, each positive when it holds a
 * marked token.
 */
function scorerExamples(docs: readonly Prepared[], radius: number): Example[] {
  const width = 2 * radius + 1;
  const out: Example[] = [];
  for (const p of docs) {
    const n = p.tokens.length;
    if (n === 0) continue;
    for (let a = 0; ; a += radius + 1) {
      const b = Math.min(n, a + width);
      const feats: number[] = [];
      let y: 0 | 1 = 0;
      for (let i = a; i < b; i++) {
        for (const f of p.docFeats[i] as Int32Array) feats.push(f);
        if (p.gold[i]) y = 1;
      }
      out.push({ feats: Int32Array.from(feats), y });
      if (b >= n) break;
    }
  }
  return out;
}

type FtrlParams = { epochs: number; alpha: number; beta: number; l1: number; l2: number; seed: number };

function linear(examples: readonly Example[], o: FtrlParams, bits: number): Linear {
  const q = quantize(trainFtrl(examples, { ...o, bits }));
  return { bits, scale: q.scale, bias: q.bias, weights: q.weights };
}

/** Trains both models on `docs`. */
export function trainModel(docs: readonly Prepared[]): LearnedModel {
  return {
    tagger: linear(tagExamples(docs), PARAMS.tagger, PARAMS.bits),
    scorer: linear(scorerExamples(docs, PARAMS.radius), PARAMS.scorer, PARAMS.bits),
    radius: PARAMS.radius,
  };
}

/**
 * One model per fold, each trained without that fold's documents (`always` documents, the team's
 * own sentences, are in every training set and never scored).
 */
export function foldModels(docs: readonly Prepared[], always: readonly Prepared[]): LearnedModel[] {
  const models: LearnedModel[] = [];
  for (let k = 0; k < PARAMS.folds; k++) {
    models.push(trainModel([...docs.filter((p) => foldOf(p.doc.text) !== k), ...always]));
  }
  return models;
}
