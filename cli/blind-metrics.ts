// Pure scoring of a blind set: per-category recall and precision, the false-hint rate on hard
// negatives, and the ids of what was missed or wrongly flagged. No I/O and no sentence is printed:
// the people tuning rules see figures and ids only.
import { CATEGORIES, type Category } from '../rules/types';

export interface BlindPositive {
  id: string;
  text: string;
  /** Every category of the Code the text breaches; the first is the main one. */
  labels: readonly Category[];
  register?: string;
}
export interface BlindNegative {
  id: string;
  text: string;
  register?: string;
  why?: string;
}
export interface BlindSet {
  author?: string;
  positives: readonly BlindPositive[];
  negatives: readonly BlindNegative[];
}

/** The categories the checker raised on one text (guidance hints are not breaches). */
export type Predict = (text: string) => ReadonlySet<string>;

export interface CategoryScore {
  category: Category;
  /** Texts labelled with the category. */
  positives: number;
  tp: number;
  fp: number;
  recall: number;
  precision: number;
  /** Labelled with it, no hint of this category. */
  missed: string[];
  /** A hint of this category on a text not labelled with it. */
  wrong: string[];
}

export interface BlindReport {
  positives: number;
  negatives: number;
  /** Positives that raised any hint at all. */
  anyHint: number;
  /** Negatives that raised any hint. */
  falseHints: number;
  falseHintIds: string[];
  categories: CategoryScore[];
  /** Recall per register of the positives (any of their labels found). */
  registers: { register: string; n: number; found: number }[];
}

const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);

/** Throws with every problem found, so a malformed set never gives figures. */
export function validateBlindSet(set: unknown, name: string): BlindSet {
  const problems: string[] = [];
  const s = set as BlindSet;
  if (!s || !Array.isArray(s.positives) || !Array.isArray(s.negatives))
    throw new Error(`${name}: needs "positives" and "negatives" arrays`);
  const ids = new Set<string>();
  const known = new Set<string>(CATEGORIES);
  for (const [k, p] of [...s.positives, ...s.negatives].entries()) {
    if (typeof p?.id !== 'string' || typeof p.text !== 'string' || !p.text.trim())
      problems.push(`item ${k}: needs a string id and a non-empty text`);
    else if (ids.has(p.id)) problems.push(`duplicate id ${p.id}`);
    else ids.add(p.id);
  }
  for (const p of s.positives)
    if (!Array.isArray(p.labels) || !p.labels.length || p.labels.some((l: string) => !known.has(l)))
      problems.push(`${p.id}: labels must be a non-empty list of ${CATEGORIES.join(', ')}`);
  if (problems.length) throw new Error(`${name}:\n  ${problems.join('\n  ')}`);
  return s;
}

export function scoreBlindSet(set: BlindSet, predict: Predict): BlindReport {
  const pos = set.positives.map((p) => ({ p, got: predict(p.text) }));
  const neg = set.negatives.map((n) => ({ n, got: predict(n.text) }));
  const categories = CATEGORIES.map((category): CategoryScore => {
    const labelled = pos.filter(({ p }) => p.labels.includes(category));
    const found = labelled.filter(({ got }) => got.has(category));
    const wrong = [
      ...pos.filter(({ p, got }) => got.has(category) && !p.labels.includes(category)).map(({ p }) => p.id),
      ...neg.filter(({ got }) => got.has(category)).map(({ n }) => n.id),
    ];
    return {
      category,
      positives: labelled.length,
      tp: found.length,
      fp: wrong.length,
      recall: ratio(found.length, labelled.length),
      precision: ratio(found.length, found.length + wrong.length),
      missed: labelled.filter(({ got }) => !got.has(category)).map(({ p }) => p.id),
      wrong,
    };
  });
  const registers = new Map<string, { n: number; found: number }>();
  for (const { p, got } of pos) {
    const r = registers.get(p.register ?? '?') ?? { n: 0, found: 0 };
    r.n++;
    if (p.labels.some((l) => got.has(l))) r.found++;
    registers.set(p.register ?? '?', r);
  }
  const flagged = neg.filter(({ got }) => got.size > 0);
  return {
    positives: pos.length,
    negatives: neg.length,
    anyHint: pos.filter(({ got }) => got.size > 0).length,
    falseHints: flagged.length,
    falseHintIds: flagged.map(({ n }) => n.id),
    categories,
    registers: [...registers].map(([register, r]) => ({ register, ...r })).sort((a, b) => b.n - a.n),
  };
}

const pct = (x: number) => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));

/** The report as text: figures and ids only, never a sentence. */
export function renderBlindReport(name: string, r: BlindReport, showIds = true): string {
  const lines = [
    `== ${name}: ${r.positives} positives, ${r.negatives} hard negatives`,
    `any hint on positives: ${r.anyHint}/${r.positives} = ${pct(ratio(r.anyHint, r.positives))}`,
    `false hints on hard negatives: ${r.falseHints}/${r.negatives} = ${pct(ratio(r.falseHints, r.negatives))}`,
    '',
    'category      n    recall  precision  tp   fp',
  ];
  for (const c of r.categories)
    lines.push(
      `${c.category.padEnd(13)} ${String(c.positives).padStart(3)}  ${pct(c.recall)}   ${pct(c.precision)}     ${String(c.tp).padStart(3)}  ${String(c.fp).padStart(3)}`,
    );
  const macro = (k: 'recall' | 'precision') => {
    const xs = r.categories.map((c) => c[k]).filter((x) => !Number.isNaN(x));
    return xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  };
  lines.push(`macro         ${'   '}  ${pct(macro('recall'))}   ${pct(macro('precision'))}`, '');
  lines.push('register      n    found (any of its labels)');
  for (const g of r.registers)
    lines.push(`${g.register.padEnd(13)} ${String(g.n).padStart(3)}  ${pct(ratio(g.found, g.n))}`);
  if (showIds) {
    lines.push('');
    for (const c of r.categories) {
      if (c.missed.length) lines.push(`missed ${c.category}: ${c.missed.join(' ')}`);
      if (c.wrong.length) lines.push(`wrong ${c.category}: ${c.wrong.join(' ')}`);
    }
    if (r.falseHintIds.length) lines.push(`false hints: ${r.falseHintIds.join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}
