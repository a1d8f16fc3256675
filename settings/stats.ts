// Statistics are counts per day, never text. Pure helpers; the background serialises the writes.
import type { Category } from '../rules/types';
import type { DayStats, NudgeOutcome, Stats } from './types';

export const STATS_DAYS = 30;

/** Local calendar day, "YYYY-MM-DD". */
export function dayKey(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Drops days older than the last 30 (today included). */
export function prune(stats: Stats, now: Date): Stats {
  const oldest = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (STATS_DAYS - 1));
  const min = dayKey(oldest);
  return Object.fromEntries(Object.entries(stats).filter(([day]) => day >= min));
}

function bump<K extends string>(into: Partial<Record<K, number>>, key: K, by: number): void {
  if (!Number.isFinite(by) || by <= 0) return;
  into[key] = (into[key] ?? 0) + Math.floor(by);
}

export function addHints(stats: Stats, counts: Partial<Record<Category, number>>, now: Date): Stats {
  const next = prune(stats, now);
  const day: DayStats = structuredClone(next[dayKey(now)] ?? { hints: {}, nudges: {} });
  for (const [cat, n] of Object.entries(counts) as [Category, number][]) bump(day.hints, cat, n);
  return { ...next, [dayKey(now)]: day };
}

/** A day's counts plus sends that carried no hint at all (optional: days written before it still read). */
type DayCounts = DayStats & { cleanSends?: number };

export function addCleanSend(stats: Stats, now: Date): Stats {
  const next = prune(stats, now);
  const day: DayCounts = structuredClone(next[dayKey(now)] ?? { hints: {}, nudges: {} });
  day.cleanSends = (Number.isFinite(day.cleanSends) ? (day.cleanSends as number) : 0) + 1;
  return { ...next, [dayKey(now)]: day };
}

export function addNudge(stats: Stats, outcome: NudgeOutcome, now: Date): Stats {
  const next = prune(stats, now);
  const day: DayStats = structuredClone(next[dayKey(now)] ?? { hints: {}, nudges: {} });
  bump(day.nudges, outcome, 1);
  return { ...next, [dayKey(now)]: day };
}

export interface StatsSummary {
  /** Oldest first, one entry per day of the window (zeros included), for the chart. */
  perDay: { day: string; hints: number }[];
  byCategory: Partial<Record<Category, number>>;
  nudges: Partial<Record<NudgeOutcome, number>>;
  total: number;
  /** Posts and messages sent with no hint at all (Điều 4.7). */
  cleanSends: number;
}

export function summarize(stats: Stats, now: Date): StatsSummary {
  const kept = prune(stats, now);
  const perDay: StatsSummary['perDay'] = [];
  const byCategory: StatsSummary['byCategory'] = {};
  const nudges: StatsSummary['nudges'] = {};
  let cleanSends = 0;
  for (let i = STATS_DAYS - 1; i >= 0; i--) {
    const day = dayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() - i));
    const entry = kept[day];
    let hints = 0;
    for (const [cat, n] of Object.entries(entry?.hints ?? {}) as [Category, number][]) {
      hints += n;
      bump(byCategory, cat, n);
    }
    for (const [o, n] of Object.entries(entry?.nudges ?? {}) as [NudgeOutcome, number][]) bump(nudges, o, n);
    const clean = (entry as DayCounts | undefined)?.cleanSends;
    if (typeof clean === 'number' && Number.isFinite(clean) && clean > 0) cleanSends += Math.floor(clean);
    perDay.push({ day, hints });
  }
  return { perDay, byCategory, nudges, total: perDay.reduce((s, d) => s + d.hints, 0), cleanSends };
}
