// Where a long text may be cut without cutting a word: used by the recheck window (incremental.ts) and
// by the content script's cap and slices (entrypoints/content/limits.ts).
import { markAt } from './letters';

/** How far a cut may move to reach whitespace; beyond it the cut falls inside the word. */
export const SNAP = 200;

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/**
 * Moves `i` back (dir -1) or forward (dir 1) to the nearest whitespace boundary within SNAP
 * characters. A run without whitespace that long (a wall of "a.a.a…") is cut where it stands, but
 * never inside a surrogate pair or before a combining mark: the cut stays between two characters.
 */
export function wordBoundary(text: string, i: number, dir: -1 | 1): number {
  let j = Math.max(0, Math.min(text.length, i));
  const limit = dir < 0 ? Math.max(0, j - SNAP) : Math.min(text.length, j + SNAP);
  let k = j;
  if (dir < 0) while (k > limit && !isSpace(text[k - 1])) k--;
  else while (k < limit && !isSpace(text[k])) k++;
  if (k === 0 || k === text.length || isSpace(dir < 0 ? text[k - 1] : text[k])) return k;
  // No whitespace near: stay at `j`, moved back to the start of its character.
  while (j > 0 && j < text.length && (isLowSurrogateAfterHigh(text, j) || markAt(text, j) > 0)) j--;
  return j;
}

const isLowSurrogateAfterHigh = (text: string, j: number) =>
  (text.charCodeAt(j) & 0xfc00) === 0xdc00 && (text.charCodeAt(j - 1) & 0xfc00) === 0xd800;

/**
 * From `i`, at least `chars` characters and `words` words back (dir -1) or forward (dir 1), on a word
 * boundary. A run of more than SNAP characters without whitespace ends the count: it holds more words
 * than any context reaches, and counting each as SNAP would take a text without spaces whole.
 */
export function reach(text: string, i: number, dir: -1 | 1, chars: number, words: number): number {
  const byChars = wordBoundary(text, i + dir * chars, dir);
  let k = i;
  for (let w = 0; w < words; w++) {
    let run = 0;
    if (dir < 0) {
      while (k > 0 && isSpace(text[k - 1])) k--;
      for (; k > 0 && !isSpace(text[k - 1]) && run < SNAP; run++) k--;
    } else {
      while (k < text.length && isSpace(text[k])) k++;
      for (; k < text.length && !isSpace(text[k]) && run < SNAP; run++) k++;
    }
    if (run === SNAP) break;
  }
  k = wordBoundary(text, k, dir);
  return dir < 0 ? Math.min(byChars, k) : Math.max(byChars, k);
}
