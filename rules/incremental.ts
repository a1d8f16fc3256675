// Re-checking a long text on every keystroke: only a window around what changed is checked again,
// the findings before it are kept and those after it are shifted. A context reaches at most 20 words
// (a rule's `within`) plus a phrase, so a margin of MARGIN characters and at least WORDS words on each
// side gives the same findings as a full check (long words need the word count, short ones the
// characters); a change of language or of the official-link state falls back to a full check. Windows
// end at whitespace, or inside a run of more than SNAP characters without any (boundary.ts), so a
// text without spaces is not checked whole on every keystroke. The learned layer's decisions reach
// further than a context (LEARNED_REACH), and WORDS covers them too.
import { reach } from './boundary';
import { LEARNED_REACH } from './learned/runs';
import type { Finding } from './types';

export const MARGIN = 400;
/**
 * Words a context can reach (`within` ≤ 20) plus the longest phrase, with room to spare, or what the
 * learned layer's decisions can reach (a run joining a hint near another), whichever is more.
 */
export const WORDS = Math.max(28, LEARNED_REACH + 4);

/** From `i`, at least MARGIN / 2 characters and WORDS words back (-1) or forward (1), on a word boundary. */
const reachOf = (text: string, i: number, dir: -1 | 1) => reach(text, i, dir, MARGIN / 2, WORDS);

export interface Edit {
  /** Length of the common prefix. */
  prefix: number;
  /** End of the changed region in the old and new text. */
  oldEnd: number;
  newEnd: number;
}

export function diff(prev: string, text: string): Edit {
  const max = Math.min(prev.length, text.length);
  let prefix = 0;
  while (prefix < max && prev.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    prev.charCodeAt(prev.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)
  )
    suffix++;
  return { prefix, oldEnd: prev.length - suffix, newEnd: text.length - suffix };
}

/**
 * Findings of `text`, given the findings of `prev`, checking only a window around the change.
 * Returns null when the window would cover most of the text (the caller then checks it whole).
 */
export function recheckWindow(
  prev: string,
  prevFindings: readonly Finding[],
  text: string,
  check: (slice: string) => Finding[],
): Finding[] | null {
  const { prefix, oldEnd, newEnd } = diff(prev, text);
  const delta = newEnd - oldEnd;
  // The core is the changed region plus a margin: findings there are recomputed, with another margin
  // of context around it.
  const coreStart = reachOf(text, prefix, -1);
  const coreEnd = reachOf(text, newEnd, 1);
  const winStart = reachOf(text, coreStart, -1);
  const winEnd = reachOf(text, coreEnd, 1);
  if (winEnd - winStart > text.length / 2) return null;

  const fresh: Finding[] = [];
  for (const f of check(text.slice(winStart, winEnd))) {
    const start = f.start + winStart;
    const end = f.end + winStart;
    if (end > coreStart && start < coreEnd) fresh.push(shifted(f, winStart));
  }
  const oldCoreStart = coreStart; // unchanged prefix: same offsets
  const oldCoreEnd = coreEnd - delta;
  const kept: Finding[] = [];
  for (const f of prevFindings) {
    if (f.end <= oldCoreStart) kept.push(f);
    else if (f.start >= oldCoreEnd) kept.push(shifted(f, delta));
  }
  const overlaps = (a: Finding) => fresh.some((b) => a.start < b.end && b.start < a.end);
  return [...kept.filter((f) => !overlaps(f)), ...fresh].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A finding moved by `delta` characters, its frame's slots, related and tagged words with it. */
export function shifted(f: Finding, delta: number): Finding {
  const moved = { ...f, start: f.start + delta, end: f.end + delta };
  if (f.slots) moved.slots = f.slots.map((s) => ({ ...s, start: s.start + delta, end: s.end + delta }));
  if (f.related) moved.related = f.related.map((r) => ({ start: r.start + delta, end: r.end + delta }));
  if (f.tagged) moved.tagged = f.tagged.map((s) => ({ start: s.start + delta, end: s.end + delta }));
  return moved;
}
