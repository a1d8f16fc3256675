// Re-checking a long text on every keystroke: only a window around what changed is checked again,
// the findings before it are kept and those after it are shifted. Contexts reach at most a
// sentence of ~20 words, so a margin of MARGIN characters on each side gives the same findings as
// a full check; a change of language or of the official-link state falls back to a full check.
import type { Finding } from './types';

export const MARGIN = 400;

/** Moves `i` back (dir -1) or forward (dir 1) to a whitespace boundary, so no word is cut. */
function snap(text: string, i: number, dir: -1 | 1): number {
  let j = i;
  if (dir < 0) while (j > 0 && !/\s/.test(text[j - 1] as string)) j--;
  else while (j < text.length && !/\s/.test(text[j] as string)) j++;
  return j;
}

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
  // The core is the changed region plus half the margin: findings there are recomputed.
  const coreStart = snap(text, Math.max(0, prefix - MARGIN / 2), -1);
  const coreEnd = snap(text, Math.min(text.length, newEnd + MARGIN / 2), 1);
  const winStart = snap(text, Math.max(0, coreStart - MARGIN / 2), -1);
  const winEnd = snap(text, Math.min(text.length, coreEnd + MARGIN / 2), 1);
  if (winEnd - winStart > text.length / 2) return null;

  const fresh: Finding[] = [];
  for (const f of check(text.slice(winStart, winEnd))) {
    const start = f.start + winStart;
    const end = f.end + winStart;
    if (end > coreStart && start < coreEnd) fresh.push({ ...f, start, end });
  }
  const oldCoreStart = coreStart; // unchanged prefix: same offsets
  const oldCoreEnd = coreEnd - delta;
  const kept: Finding[] = [];
  for (const f of prevFindings) {
    if (f.end <= oldCoreStart) kept.push(f);
    else if (f.start >= oldCoreEnd) kept.push({ ...f, start: f.start + delta, end: f.end + delta });
  }
  const overlaps = (a: Finding) => fresh.some((b) => a.start < b.end && b.start < a.end);
  return [...kept.filter((f) => !overlaps(f)), ...fresh].sort((a, b) => a.start - b.start || a.end - b.end);
}
