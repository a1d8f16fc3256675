// Overlap resolution: of candidates that overlap, one is shown. Deterministic: the longest (measured
// composed, so NFD input settles as NFC does; a frame weighs as its whole extent), then a frame before
// a word rule (the frame whose slots hold more words first), then the most severe, then the earliest,
// then the rule id.
import { type Severity, severityRank } from './types';

/** What resolution needs of a candidate's rule. */
type RuleOf = readonly { rule: { id: string; severity: Severity; once?: boolean | undefined } }[];

/** A candidate before overlap resolution: token range plus UTF-16 span. */
export interface Candidate {
  index: number;
  from: number;
  to: number;
  start: number;
  end: number;
  /** A frame's other slots, and the whole frame's span (what overlap resolution weighs). */
  slots?: { name: string; start: number; end: number }[];
  extent?: { start: number; end: number };
}

/** Rules marked `once` keep only their earliest hit. */
export function firstOfOnce(cands: Candidate[], rules: RuleOf): Candidate[] {
  const seen = new Set<number>();
  return cands
    .slice()
    .sort((a, b) => a.start - b.start)
    .filter((c) => {
      if (!rules[c.index]?.rule.once) return true;
      if (seen.has(c.index)) return false;
      seen.add(c.index);
      return true;
    });
}

const rank = (c: Candidate, rules: RuleOf) => severityRank(rules[c.index]?.rule.severity as Severity);

/**
 * Length of text[start, end) once composed (NFC), so that decomposed input weighs what composed input
 * does in overlap resolution ("ệ" is one character, not three code units). Plain length for a text that
 * is already composed.
 */
export function composedLength(text: string): (start: number, end: number) => number {
  if (text.normalize('NFC') === text) return (start, end) => end - start;
  return (start, end) => text.slice(start, end).normalize('NFC').length;
}

export function resolve(
  cands: Candidate[],
  rules: RuleOf,
  length: (start: number, end: number) => number,
): Candidate[] {
  const id = (c: Candidate) => rules[c.index]?.rule.id ?? '';
  // A frame weighs as the whole of its words: a province stereotype is shown as one, not as the
  // insult word inside it; on the same words, the frame (which read the whole meaning) wins.
  const weights = new Map<Candidate, number>();
  for (const c of cands)
    weights.set(c, c.extent ? length(c.extent.start, c.extent.end) : length(c.start, c.end));
  const weight = (c: Candidate) => weights.get(c) as number;
  // Two frames on the same words: the one whose slots hold more of them ("mấy ông sư" a clergy, not
  // "mấy ông" men).
  const framed = (c: Candidate) =>
    c.extent ? 1 + (c.slots ?? []).reduce((n, s) => n + s.end - s.start, 0) : 0;
  cands.sort(
    (a, b) =>
      weight(b) - weight(a) ||
      framed(b) - framed(a) ||
      rank(b, rules) - rank(a, rules) ||
      a.start - b.start ||
      (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0),
  );
  // Kept spans never overlap, so one mark per covered character answers "does it overlap one?" in
  // the candidate's own length (comparing with every kept span was quadratic in the findings).
  const end = cands.reduce((m, c) => Math.max(m, c.end), 0);
  const covered = new Uint8Array(end);
  const kept: Candidate[] = [];
  for (const c of cands) {
    if (covered.subarray(c.start, c.end).includes(1)) continue;
    covered.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
