// The learned layer's model: stable feature hashes, the weight codec, deterministic training, and the
// committed weights pinned to what `npm run train` produces from ViHOS (retrained here when the
// development data is next to the repository).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseVihos } from '../../cli/learn/data';
import { quantize, train } from '../../cli/learn/logistic';
import { TEAM_DOCS } from '../../cli/learn/team';
import { foldOf, prepare, trainModel } from '../../cli/learn/train';
import { docFeatures, hashString, syllables, tagFeatures } from '../../rules/learned/features';
import { shippedModel } from '../../rules/learned/index';
import { decodeWeights, encodeWeights, scoreTokens } from '../../rules/learned/model';
import { SCORER, TAGGER, TRAINED_ON } from '../../rules/learned/weights';
import { tokenize } from '../../rules/normalize';

const sha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');

/** sha256 of rules/learned/weights.ts as committed: a changed model must change this on purpose. */
const WEIGHTS_SHA256 = '21f1812aaff4867d55ba57fdf32db06804a6a2c2a9b011f6d1b2a90c59f995f8';

const features = (text: string) => {
  const tokens = tokenize(text);
  const syl = syllables(tokens);
  return tokens.map((_, i) => {
    const out: number[] = [];
    tagFeatures(tokens, syl, i, out);
    docFeatures(tokens, syl, i, out);
    return out;
  });
};

describe('features', () => {
  it('hash the same on every engine and run (FNV-1a + fmix32, pinned values)', () => {
    expect([hashString(''), hashString('ngu'), hashString('ngu', 7)]).toEqual(PINNED_HASHES);
  });

  it('are the same for NFC and NFD input and for the same word in another case', () => {
    const text = 'Thằng này ngu thật, đi chỗ khác đi';
    expect(features(text.normalize('NFD'))).toEqual(features(text));
    expect(features(text.toUpperCase())).toEqual(features(text));
  });

  it('tell accents apart ("các" is not "cặc") but share the folded syllable', () => {
    const [a] = features('các');
    const [b] = features('cặc');
    expect(a?.[0]).not.toBe(b?.[0]); // the syllable as typed
    expect(a?.[1]).toBe(b?.[1]); // folded
  });

  it('stop at a sentence end: the neighbours of "đi" differ across a full stop', () => {
    expect(features('ngu đi')[1]).not.toEqual(features('ngu. đi')[1]);
  });
});

describe('weights codec', () => {
  it('round-trips every int8 value, one character for -31…31', () => {
    const all = Int8Array.from({ length: 256 }, (_, i) => i - 128);
    expect(decodeWeights(encodeWeights(all), 256)).toEqual(all);
    expect(encodeWeights(Int8Array.from([0, -31, 31]))).toHaveLength(3);
  });

  it('refuses a table of the wrong size', () => {
    expect(() => decodeWeights('ff', 3)).toThrow(/2 weights, expected 3/);
  });
});

describe('training', () => {
  it('is deterministic: the same documents give the same bytes', () => {
    const docs = TEAM_DOCS.map((d) => prepare(d));
    const a = trainModel(docs);
    const b = trainModel(docs);
    expect(encodeWeights(a.tagger.weights)).toBe(encodeWeights(b.tagger.weights));
    expect([a.tagger.bias, a.scorer.bias, a.scorer.scale]).toEqual([
      b.tagger.bias,
      b.scorer.bias,
      b.scorer.scale,
    ]);
  });

  it('learns a separable toy problem (logistic regression sanity)', () => {
    const ex = [
      { feats: Int32Array.from([1]), y: 1 as const },
      { feats: Int32Array.from([2]), y: 0 as const },
    ];
    const m = quantize(train(ex, { bits: 4, epochs: 50, rate: 0.5, l2: 0, seed: 1 }));
    expect(m.weights[1]).toBeGreaterThan(0);
    expect(m.weights[2]).toBeLessThan(0);
  });

  it('puts a text in one fold whatever its id or spacing around it', () => {
    expect(foldOf('  Câu này  ')).toBe(foldOf('Câu này'));
    expect(new Set(TEAM_DOCS.map((d) => foldOf(d.text))).size).toBe(5);
  });

  it('the shipped model scores every token of a text', () => {
    const tokens = tokenize('Hôm nay trời đẹp quá');
    const s = scoreTokens(tokens, shippedModel());
    expect(s.tag).toHaveLength(tokens.length);
    expect(s.window).toHaveLength(tokens.length);
    expect([...s.tag, ...s.window].every(Number.isFinite)).toBe(true);
  });
});

describe('the committed model', () => {
  it('is the one pinned here (sha256 of rules/learned/weights.ts)', () => {
    expect(sha(readFileSync('rules/learned/weights.ts', 'utf8'))).toBe(WEIGHTS_SHA256);
  });

  const VIHOS = ['../shared/data', '../../shared/data']
    .map((d) => `${d}/DEV_vihos_spans_not_in_vihsd_test.jsonl`)
    .find(existsSync);
  it.skipIf(!VIHOS)(
    'is what training on ViHOS and the team sentences produces (retrained here, bit for bit)',
    () => {
      const text = readFileSync(VIHOS as string, 'utf8');
      expect(sha(text)).toBe(TRAINED_ON.sha256);
      const docs = [...parseVihos(text), ...TEAM_DOCS].map((d) => prepare(d));
      const m = trainModel(docs);
      expect([m.tagger.scale, m.tagger.bias, m.scorer.scale, m.scorer.bias]).toEqual([
        TAGGER.scale,
        TAGGER.bias,
        SCORER.scale,
        SCORER.bias,
      ]);
      expect(encodeWeights(m.tagger.weights)).toBe(TAGGER.weights);
      expect(encodeWeights(m.scorer.weights)).toBe(SCORER.weights);
    },
    600_000,
  );
});

/** hashString of "", "ngu" and "ngu" with seed 7, as computed when the model was first trained. */
const PINNED_HASHES = [2872998923, 2907122848, 2988298078];
