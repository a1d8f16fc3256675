// Reading the training data. Only ViHOS (MIT licence) is read, and of each line only `id`, `text`
// and `spans`: the file also carries ViHSD's label and split, which are ViHSD's (no licence to train
// on them) and are never read.
import type { SpanDoc } from './train';

export function parseVihos(jsonl: string): SpanDoc[] {
  const docs: SpanDoc[] = [];
  jsonl.split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    const o = JSON.parse(line) as { id?: unknown; text?: unknown; spans?: unknown };
    if (typeof o.id !== 'string' || typeof o.text !== 'string' || !Array.isArray(o.spans))
      throw new Error(`line ${n + 1}: expected {id, text, spans}`);
    const spans = (o.spans as { start: number; end: number }[]).map((s) => ({ start: s.start, end: s.end }));
    docs.push({ id: o.id, text: o.text, spans });
  });
  return docs;
}

/** The key under which a text counts as "seen in training" (NFC, trimmed). */
export const textKey = (text: string): string => text.normalize('NFC').trim();
