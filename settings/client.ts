// What the content script needs from settings: the effective configuration for one site, followed
// live, plus the few writes a hint card makes (allow-list, counts). Statistics go through the
// background so writes from many tabs are serialised; if it is unreachable the tab writes itself.
import type { Category, CheckerOptions, Lang } from '../rules/types';
import { statsItem } from './items';
import { contentEnabled, resolveSettings } from './resolve';
import { sendOrApply } from './single-writer';
import { addCleanSend, addHints, addNudge } from './stats';
import { changeAllowList, effectiveLang, loadSnapshot, type Snapshot, watchSnapshot } from './store';
import type { NudgeLevel, NudgeOutcome } from './types';

export interface ContentConfig {
  /** False when paused globally or switched off for this site. */
  enabled: boolean;
  /** Ready to hand to createChecker (profile, agency + user rulesets, switches, allow-list). */
  checkerOptions: CheckerOptions;
  uiLang: Lang;
  nudgeLevel: NudgeLevel;
  /** The agency's name and contact when a policy is in force (shown on pinned hints). */
  agency?: { name: string; contact?: string };
}

export function contentConfigFor(snap: Snapshot, hostname: string): ContentConfig {
  const { checkerOptions, view } = resolveSettings(snap.policy, snap.user);
  const config: ContentConfig = {
    enabled: contentEnabled(snap.policy, snap.user.prefs, view, hostname),
    checkerOptions,
    uiLang: effectiveLang(view.uiLang.value),
    nudgeLevel: view.nudgeLevel.value,
  };
  if (view.agency) config.agency = view.agency;
  return config;
}

/** Calls `cb` now and whenever the effective configuration for `hostname` changes. Returns unsubscribe. */
export function watchContentConfig(hostname: string, cb: (config: ContentConfig) => void): () => void {
  let stopped = false;
  let last = '';
  let seq = 0;
  const refresh = async () => {
    const mine = ++seq;
    const config = contentConfigFor(await loadSnapshot(), hostname);
    // Drop a stale read that finished after a newer one, and skip identical configurations.
    if (stopped || mine !== seq) return;
    const key = JSON.stringify(config);
    if (key === last) return;
    last = key;
    cb(config);
  };
  const unwatch = watchSnapshot(() => void refresh());
  void refresh();
  return () => {
    stopped = true;
    unwatch();
  };
}

/** "Always ignore this word": adds to the personal allow-list shared with the popup. */
export function addToAllowList(word: string): Promise<void> {
  return changeAllowList({ type: 'ungxu:allow-add', word });
}

export type StatsMessage =
  | { type: 'ungxu:hints'; counts: Partial<Record<Category, number>> }
  | { type: 'ungxu:nudge'; outcome: NudgeOutcome }
  | { type: 'ungxu:clean-send' };

const STATS_TYPES: readonly string[] = ['ungxu:hints', 'ungxu:nudge', 'ungxu:clean-send'];

/** True for the statistics messages the background serialises (anything else is someone else's). */
export function isStatsMessage(msg: unknown): msg is StatsMessage {
  return STATS_TYPES.includes((msg as { type?: unknown } | null)?.type as string);
}

const sendStats = (msg: StatsMessage) => sendOrApply(msg, applyStatsMessage);

/** Applies one statistics message to storage (the background calls this, one message at a time). */
export async function applyStatsMessage(msg: StatsMessage, now = new Date()): Promise<void> {
  const stats = await statsItem.getValue();
  await statsItem.setValue(
    msg.type === 'ungxu:hints'
      ? addHints(stats, msg.counts, now)
      : msg.type === 'ungxu:nudge'
        ? addNudge(stats, msg.outcome, now)
        : addCleanSend(stats, now),
  );
}

/** Counts only, never text: hints shown per category (statistics in the popup). */
export async function recordHints(counts: Partial<Record<Category, number>>): Promise<void> {
  if (Object.values(counts).some((n) => (n ?? 0) > 0)) await sendStats({ type: 'ungxu:hints', counts });
}

/** Counts only: outcome of a submit-time nudge. */
export async function recordNudge(outcome: 'shown' | 'edited' | 'sent' | 'dismissed'): Promise<void> {
  await sendStats({ type: 'ungxu:nudge', outcome });
}

/** Counts only (Điều 4.7, positive sharing): one post or message sent with no hint at all. */
export async function recordCleanSend(): Promise<void> {
  await sendStats({ type: 'ungxu:clean-send' });
}
