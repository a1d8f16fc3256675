// Pattern rules run on the NFC form of the text; hits map back to the text as typed (NFD input
// differs in length) and to the tokens they cover, so contexts work for patterns too.
import type { TrieHit } from './matcher';
import type { Token } from './normalize';
import type { PatternScan } from './safe-pattern';

interface NfcView {
  nfc: string;
  /** Per NFC index: start and end of the original cluster it came from; null when text is NFC. */
  starts: number[] | null;
  ends: number[] | null;
}

function toNfc(text: string): NfcView {
  const nfc = text.normalize('NFC');
  if (nfc === text) return { nfc, starts: null, ends: null };
  const starts: number[] = [];
  const ends: number[] = [];
  let out = '';
  let offset = 0;
  // Each piece is one character with its combining marks, so it composes on its own.
  for (const piece of text.match(/\P{M}\p{M}*|\p{M}+/gsu) ?? []) {
    const composed = piece.normalize('NFC');
    for (let i = 0; i < composed.length; i++) {
      starts.push(offset);
      ends.push(offset + piece.length);
    }
    out += composed;
    offset += piece.length;
  }
  return { nfc: out, starts, ends };
}

const MARK = /\p{M}/u;
const isMark = (text: string, i: number) => i < text.length && MARK.test(text[i] as string);
/** Back from `i` to the character that its combining marks belong to (as toNfc's pieces are cut). */
function clusterStart(text: string, i: number): number {
  let j = i;
  while (j > 0 && isMark(text, j)) j--;
  return j;
}
/** Forward from `i` over the combining marks that belong to the character before it. */
function clusterEnd(text: string, i: number): number {
  let j = i;
  while (isMark(text, j)) j++;
  return j;
}

/** Index range of the tokens overlapping [start, end); the nearest token when none overlaps. */
function tokenRange(tokens: readonly Token[], start: number, end: number): { from: number; to: number } {
  // The first token ending after `start` (binary search: tokens are in text order).
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end > start) hi = mid;
    else lo = mid + 1;
  }
  const from = lo < tokens.length ? lo : Math.max(0, tokens.length - 1);
  let to = from;
  while (to + 1 < tokens.length && (tokens[to + 1] as Token).start < end) to++;
  return { from, to };
}

export function mapPatternHits(
  text: string,
  tokens: readonly Token[],
  patterns: readonly { index: number; scan: PatternScan }[],
): (TrieHit & { start: number; end: number })[] {
  const view = toNfc(text);
  const out: (TrieHit & { start: number; end: number })[] = [];
  for (const { index, scan } of patterns) {
    for (const [s, e] of scan(view.nfc)) {
      // Hits cover whole characters with their marks, whichever way the text was composed.
      const start = view.starts ? (view.starts[s] as number) : clusterStart(text, s);
      const end = view.ends ? (view.ends[e - 1] as number) : clusterEnd(text, e);
      out.push({ id: index, ...tokenRange(tokens, start, end), start, end });
    }
  }
  return out;
}
