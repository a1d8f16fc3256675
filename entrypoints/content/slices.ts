// A long text checked in slices, one task each: no slice blocks the page for long, and the findings
// are those of a check of the whole text (each slice is checked with a margin of context around it,
// as the recheck window is: rules/incremental.ts).
import { reach, wordBoundary } from '../../rules/boundary';
import { diff, MARGIN, shifted, WORDS } from '../../rules/incremental';
import type { Finding } from '../../rules/types';

/**
 * Characters of one slice: ≈ 2 ms to check on ordinary text, ≈ 10 ms on text dense with hints, at most
 * 25 ms on adversarial text (half the bench's 20,000-character figures).
 */
export const SLICE = 10_000;
/** An edit that changes at most this many characters is re-checked around the change, at once. */
export const SMALL_EDIT = 2_000;

/** Consecutive cores of about SLICE characters covering the text, cut at word boundaries. */
export function sliceCores(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let a = 0; a < text.length; ) {
    let b = text.length - a <= SLICE ? text.length : wordBoundary(text, a + SLICE, -1);
    if (b <= a) b = Math.min(text.length, a + SLICE);
    out.push([a, b]);
    a = b;
  }
  return out;
}

/** The findings that start in the core [a, b) of `text`, from a check of the core with its margins. */
export function checkCore(
  text: string,
  [a, b]: [number, number],
  check: (t: string) => Finding[],
): Finding[] {
  const from = reach(text, a, -1, MARGIN / 2, WORDS);
  const to = reach(text, b, 1, MARGIN / 2, WORDS);
  return check(text.slice(from, to))
    .map((f) => shifted(f, from))
    .filter((f) => f.start >= a && f.start < b);
}

/** The findings of every core, in text order; one that overlaps the one before it (across a cut) goes. */
export function joinCores(parts: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of [...parts].sort((x, y) => x.start - y.start || x.end - y.end)) {
    const last = out[out.length - 1];
    if (!last || f.start >= last.end) out.push(f);
  }
  return out;
}

/** Whether `text` differs from `prev` by a small edit (re-checked around it at once). */
export function smallEdit(prev: string, text: string): boolean {
  const { prefix, oldEnd, newEnd } = diff(prev, text);
  return Math.max(oldEnd, newEnd) - prefix <= SMALL_EDIT;
}

/**
 * Checks `text` slice by slice, one slice per task (`later` schedules the next), then hands the
 * findings to `done`. Returns a function that abandons the run (a newer edit came).
 */
export function checkInSlices(
  text: string,
  check: (t: string) => Finding[],
  later: (fn: () => void) => void,
  done: (findings: Finding[]) => void,
): () => void {
  const cores = sliceCores(text);
  const parts: Finding[] = [];
  let stopped = false;
  const step = (i: number) => {
    if (stopped) return;
    parts.push(...checkCore(text, cores[i] as [number, number], check));
    if (i + 1 < cores.length) later(() => step(i + 1));
    else done(joinCores(parts));
  };
  // Not in the task that read the text (a 1 MB paste costs reading it): every slice has a task of its own.
  later(() => step(0));
  return () => {
    stopped = true;
  };
}
