// Pure helpers of `ungxu eval`: CSV/JSONL parsing, dataset shapes, and metric arithmetic.
// No I/O here, so the arithmetic is unit-tested on tiny fixtures.

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, newlines inside quoted fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1; // BOM
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** CSV rows as objects keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows
    .filter((r) => r.length > 1 || (r[0] ?? '') !== '')
    .map((r) => Object.fromEntries(header.map((h, k) => [h.trim(), r[k] ?? ''])));
}

export interface Span {
  start: number;
  end: number;
}
export interface SpanDoc {
  text: string;
  spans: Span[];
}

export function parseJsonl(text: string): SpanDoc[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const o = JSON.parse(l) as { text: string; spans?: Span[] };
      return { text: o.text, spans: (o.spans ?? []).map((s) => ({ start: s.start, end: s.end })) };
    });
}

/** A labelled document: the text and whether each named target is positive. */
export interface LabelledDoc {
  text: string;
  gold: Record<string, boolean>;
}

export const VITHSD_TARGETS = [
  'individual',
  'groups',
  'religion_creed',
  'race_ethnicity',
  'politics',
] as const;

/**
 * Reads the three labelled CSV shapes: `label` (CLEAN/OFFENSIVE/HATE), `toxicity` (0/1), or the
 * ViTHSD target columns (0 not targeted, 1 clean, 2 offensive, 3 hate: ≥2 is positive).
 */
export function labelledDocs(records: Record<string, string>[]): { targets: string[]; docs: LabelledDoc[] } {
  const first = records[0] ?? {};
  if ('label' in first) {
    return {
      targets: ['toxic'],
      docs: records.map((r) => ({ text: r.text ?? '', gold: { toxic: (r.label ?? '').trim() !== 'CLEAN' } })),
    };
  }
  if ('toxicity' in first) {
    return {
      targets: ['toxic'],
      docs: records.map((r) => ({ text: r.text ?? '', gold: { toxic: Number(r.toxicity) >= 1 } })),
    };
  }
  if (VITHSD_TARGETS.every((t) => t in first)) {
    const targets = ['any', ...VITHSD_TARGETS];
    return {
      targets,
      docs: records.map((r) => {
        const gold: Record<string, boolean> = {};
        for (const t of VITHSD_TARGETS) gold[t] = Number(r[t]) >= 2;
        gold.any = VITHSD_TARGETS.some((t) => gold[t]);
        return { text: r.text ?? '', gold };
      }),
    };
  }
  throw new Error('unknown CSV shape: expected a `label`, `toxicity` or ViTHSD target columns');
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall, F1; an empty denominator gives 0 (nothing predicted / nothing to find). */
export function scores(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Document-level confusion counts. */
export function docCounts(gold: readonly boolean[], predicted: readonly boolean[]): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  gold.forEach((g, i) => {
    const p = predicted[i] === true;
    if (g && p) c.tp++;
    else if (p) c.fp++;
    else if (g) c.fn++;
  });
  return c;
}

/** Character positions covered by a union of spans, clipped to the text length. */
function covered(spans: readonly Span[], length: number): Uint8Array {
  const mask = new Uint8Array(length);
  for (const s of spans) mask.fill(1, Math.max(0, s.start), Math.min(length, s.end));
  return mask;
}

/** Character-level counts for one document: gold and predicted are each a union of spans. */
export function spanCounts(text: string, gold: readonly Span[], predicted: readonly Span[]): Counts {
  const g = covered(gold, text.length);
  const p = covered(predicted, text.length);
  const c = { tp: 0, fp: 0, fn: 0 };
  for (let i = 0; i < text.length; i++) {
    if (g[i] && p[i]) c.tp++;
    else if (p[i]) c.fp++;
    else if (g[i]) c.fn++;
  }
  return c;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The naive baseline: every entry of a public word list matched as a whole word (Vietnamese
 * syllable boundaries: no letter or digit on either side), case-insensitive, on the NFC text.
 */
export function naiveMatcher(entries: readonly string[]): (text: string) => Span[] {
  const words = [...new Set(entries.map((e) => e.normalize('NFC').toLowerCase().trim()).filter(Boolean))];
  words.sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => {
    const out: Span[] = [];
    for (const m of text.normalize('NFC').toLowerCase().matchAll(re)) {
      out.push({ start: m.index, end: m.index + m[0].length });
    }
    return out;
  };
}

/** Entries of the two MIT lists: vn-badwords (a JSON array) and blue-eyes-vn (one per line, # comments). */
export function parseWordList(fileName: string, text: string): string[] {
  if (fileName.endsWith('.json')) return (JSON.parse(text) as unknown[]).filter((x) => typeof x === 'string');
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}
