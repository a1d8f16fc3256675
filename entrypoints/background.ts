// Background: agency policy (storage.managed, RulesetUrl), content scripts for extra sites, and the
// single writer of statistics. Listeners are registered synchronously so a woken worker hears events.
import { browser } from 'wxt/browser';
import { applyStatsMessage, type StatsMessage } from '../settings/client';
import { policyStateItem, prefsItem } from '../settings/items';
import { createPolicySync, followManagedPolicy } from '../settings/policy-sync';
import { syncContentScripts } from '../settings/scripts';

export default defineBackground(() => {
  followManagedPolicy(createPolicySync());

  const resync = async () => {
    try {
      await syncContentScripts(await prefsItem.getValue(), await policyStateItem.getValue());
    } catch (e) {
      console.error('[ungxu] content script registration failed', e);
    }
  };
  prefsItem.watch(() => void resync());
  policyStateItem.watch(() => void resync());
  browser.permissions.onAdded.addListener(() => void resync());
  browser.permissions.onRemoved.addListener(() => void resync());
  void resync();

  let statsChain: Promise<void> = Promise.resolve();
  browser.runtime.onMessage.addListener((msg: unknown) => {
    const m = msg as Partial<StatsMessage> | null;
    if (m?.type !== 'ungxu:hints' && m?.type !== 'ungxu:nudge') return undefined;
    // One write at a time: tabs report concurrently and each write reads the day's counts first.
    statsChain = statsChain.then(() => applyStatsMessage(m as StatsMessage)).catch(() => {});
    return statsChain.then(() => true);
  });
});
