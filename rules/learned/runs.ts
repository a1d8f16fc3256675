// Runs of tagged tokens and where each goes: into a rule's hint as tagged words, into a learned hint
// of its own, or into the learned hint near it.
import type { Token } from '../normalize';
import type { Finding, Span } from '../types';
import { TOXIC_CATEGORIES } from '../types';
import { CATEGORY_REACH, categoryOf } from './category';
import { learnedFinding } from './hint';

/** A run longer than this many tokens is not one hint: each of its tokens stands alone. */
export const MAX_RUN = 8;

const TOXIC = new Set<string>(TOXIC_CATEGORIES);

/** What the join needs of the checker's setup: whether learned hints show, and in which categories. */
export interface RunSetup {
  showLow: boolean;
  categories: ReadonlySet<string>;
}

export interface Run {
  from: number;
  to: number;
}

/**
 * Runs of consecutive tokens above `threshold`, joined over spaces only. A run longer than MAX_RUN
 * becomes one run per token: whether a token is in a long run is read within MAX_RUN of it.
 */
export function runsOf(tokens: readonly Token[], tag: Float64Array, threshold: number): Run[] {
  const runs: Run[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    if ((tag[i] as number) <= threshold) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && (tag[j + 1] as number) > threshold && (tokens[j + 1] as Token).gap === 0) j++;
    if (j - i + 1 > MAX_RUN) for (let k = i; k <= j; k++) runs.push({ from: k, to: k });
    else runs.push({ from: i, to: j });
    i = j + 1;
  }
  return runs;
}

/** How far (tokens, across sentences: a comment is one thought) a run may stand from the hint it joins. */
export const JOIN_REACH = 10;

/**
 * How far (in tokens, so also in words) a learned decision can depend on the text: a run (MAX_RUN)
 * joins a learned hint within JOIN_REACH, whose run (MAX_RUN) is a hint only when no rule hint is
 * within JOIN_REACH, whose contexts reach 24 words, and names its category from CATEGORY_REACH words
 * around it; windows (radius + 1) and features (2) add less. recheck() keeps at least this many words
 * around an edit (incremental.ts).
 */
export const LEARNED_REACH = 2 * (MAX_RUN + JOIN_REACH) + Math.max(24, CATEGORY_REACH);

interface Placed {
  f: Finding;
  /** Token range of the finding. */
  from: number;
  to: number;
  tagged: Span[];
}

/** First token index whose end is after `pos` (tokens are sorted). */
function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The placed hint nearest to a run (token gap, 0 when they overlap; the earlier on a tie). */
function nearest(sorted: readonly Placed[], run: Run): { host: Placed; gap: number } | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Placed).from <= run.to) lo = mid + 1;
    else hi = mid;
  }
  let best: { host: Placed; gap: number } | null = null;
  for (const host of [sorted[lo - 1], sorted[lo]]) {
    if (!host) continue;
    const gap = host.to < run.from ? run.from - host.to : run.to < host.from ? host.from - run.to : 0;
    if (!best || gap < best.gap) best = { host, gap };
  }
  return best;
}

/**
 * Runs near a toxic rule hint (within JOIN_REACH tokens) join it as tagged words (underlined with it,
 * no hint of their own). Where no rule fired, a run the model is sure of becomes a learned hint, and
 * the runs near it join that one.
 */
export function withRuns(
  text: string,
  tokens: readonly Token[],
  findings: readonly Finding[],
  runs: readonly Run[],
  tag: Float64Array,
  sure: (r: Run) => boolean,
  setup: RunSetup,
): Finding[] {
  // A frame's slots belong to its hint: a run over one joins it, never stands alone.
  const placed: Placed[] = findings.map((f) => {
    const lo = Math.min(f.start, ...(f.slots ?? []).map((s) => s.start));
    const hi = Math.max(f.end, ...(f.slots ?? []).map((s) => s.end));
    const from = tokenAt(tokens, lo);
    return { f, from, to: Math.max(from, tokenAt(tokens, hi - 1)), tagged: [] };
  });
  const covered = coveredBy(findings);
  const hostsOf = (list: readonly Placed[]) => list.filter((p) => !p.f.pinned && TOXIC.has(p.f.category));
  const join = (hosts: readonly Placed[], run: Run) => {
    const near = nearest(hosts, run);
    if (!near || near.gap > JOIN_REACH) return false;
    near.host.tagged.push(...outside(tokens, run, covered));
    return true;
  };
  const rules = hostsOf(placed);
  const learned: Placed[] = [];
  const rest: Run[] = [];
  for (const run of runs) {
    if (join(rules, run)) continue;
    if (nearest(placed, run)?.gap === 0 || !setup.showLow || !sure(run)) {
      rest.push(run);
      continue;
    }
    const category = categoryOf(tokens, run.from, run.to);
    if (!setup.categories.has(category)) continue;
    learned.push({
      f: learnedFinding(text, tokens, run, tag, category),
      from: run.from,
      to: run.to,
      tagged: [],
    });
  }
  for (const run of rest) join(learned, run);
  const all = [...placed, ...learned];
  if (learned.length) all.sort((a, b) => a.f.start - b.f.start || a.f.end - b.f.end);
  return all.map((p) => (p.tagged.length ? { ...p.f, tagged: p.tagged } : p.f));
}

/** The characters findings cover (their spans and their frames' slots), merged, sorted. */
function coveredBy(findings: readonly Finding[]): Span[] {
  const spans = findings.flatMap((f) => [{ start: f.start, end: f.end }, ...(f.slots ?? [])]);
  spans.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** The parts of a run's span outside every covered span (`covered` from coveredBy). */
function outside(tokens: readonly Token[], run: Run, covered: readonly Span[]): Span[] {
  const start = (tokens[run.from] as Token).start;
  const end = (tokens[run.to] as Token).end;
  let lo = 0;
  let hi = covered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((covered[mid] as Span).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const parts: Span[] = [];
  let at = start;
  for (let k = lo; k < covered.length && (covered[k] as Span).start < end; k++) {
    const c = covered[k] as Span;
    if (c.start > at) parts.push({ start: at, end: c.start });
    at = Math.max(at, c.end);
  }
  if (at < end) parts.push({ start: at, end });
  return parts;
}
