// Logistic regression on hashed features, trained by Adagrad with L2, in a fixed order: the same
// examples give the same weights, bit for bit, on every run (no threads, no randomness but a seeded
// shuffle, IEEE arithmetic in one order).

/** One training example: the table indices of its features (repeats count) and its label. */
export interface Example {
  feats: Int32Array;
  y: 0 | 1;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  /** Adagrad step. */
  rate: number;
  /** L2 strength per example step. */
  l2: number;
  seed: number;
  /** Weight of positive examples (class balance). Default 1. */
  positiveWeight?: number;
}

export interface FloatModel {
  bits: number;
  bias: number;
  weights: Float64Array;
}

/** mulberry32: a small seeded generator for the shuffle. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled(n: number, seed: number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const r = rng(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
  return order;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * FTRL-Proximal (McMahan et al. 2013): per-coordinate rates with L1, so that weights a feature does
 * not earn stay exactly zero (a sparse table compresses to a fraction of a dense one).
 */
export function trainFtrl(
  examples: readonly Example[],
  o: { bits: number; epochs: number; alpha: number; beta: number; l1: number; l2: number; seed: number },
): FloatModel {
  const size = (1 << o.bits) + 1; // the last slot is the bias, never L1-penalised
  const z = new Float64Array(size);
  const n = new Float64Array(size);
  const w = new Float64Array(size);
  const B = size - 1;
  const weightOf = (i: number) => {
    const zi = z[i] as number;
    const l1 = i === B ? 0 : o.l1;
    if (Math.abs(zi) <= l1) return 0;
    return -(zi - Math.sign(zi) * l1) / ((o.beta + Math.sqrt(n[i] as number)) / o.alpha + o.l2);
  };
  const grad = (i: number, g: number) => {
    const ni = n[i] as number;
    const sigma = (Math.sqrt(ni + g * g) - Math.sqrt(ni)) / o.alpha;
    z[i] = (z[i] as number) + g - sigma * (w[i] as number);
    n[i] = ni + g * g;
  };
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const order = shuffled(examples.length, o.seed + epoch);
    for (const idx of order) {
      const ex = examples[idx] as Example;
      w[B] = weightOf(B);
      let s = w[B] as number;
      for (const f of ex.feats) {
        w[f] = weightOf(f);
        s += w[f] as number;
      }
      const g = sigmoid(s) - ex.y;
      grad(B, g);
      for (const f of ex.feats) grad(f, g);
    }
  }
  const weights = new Float64Array(size - 1);
  for (let i = 0; i < size - 1; i++) weights[i] = weightOf(i);
  return { bits: o.bits, bias: weightOf(B), weights };
}

export function train(examples: readonly Example[], o: TrainOptions): FloatModel {
  const size = 1 << o.bits;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let bg2 = 1e-8;
  const pw = o.positiveWeight ?? 1;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const order = shuffled(examples.length, o.seed + epoch);
    for (const idx of order) {
      const ex = examples[idx] as Example;
      let z = bias;
      for (const f of ex.feats) z += w[f] as number;
      const g = (sigmoid(z) - ex.y) * (ex.y ? pw : 1);
      bg2 += g * g;
      bias -= (o.rate * g) / Math.sqrt(bg2);
      for (const f of ex.feats) {
        const gf = g + o.l2 * (w[f] as number);
        g2[f] = (g2[f] as number) + gf * gf;
        w[f] = (w[f] as number) - (o.rate * gf) / Math.sqrt(g2[f] as number);
      }
    }
  }
  return { bits: o.bits, bias, weights: w };
}

/** The logit of an example under a model. */
export function logit(
  m: { bias: number; weights: ArrayLike<number> },
  feats: ArrayLike<number>,
  scale = 1,
): number {
  let z = 0;
  for (let i = 0; i < feats.length; i++) z += m.weights[feats[i] as number] as number;
  return m.bias + z * scale;
}

/** int8 with one scale: the largest weight maps to ±127. */
export function quantize(m: FloatModel): { bits: number; bias: number; scale: number; weights: Int8Array } {
  let max = 0;
  for (const x of m.weights) max = Math.max(max, Math.abs(x));
  const scale = max / 127 || 1;
  const q = new Int8Array(m.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round((m.weights[i] as number) / scale);
  return { bits: m.bits, bias: m.bias, scale, weights: q };
}
