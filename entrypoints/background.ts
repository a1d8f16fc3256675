// Background: agency policy (storage.managed, RulesetUrl), content scripts for extra sites, and the
// single writer of statistics. Listeners are registered synchronously so a woken worker hears events.
import { browser } from 'wxt/browser';
import { applyStatsMessage, isStatsMessage } from '../settings/client';
import { policyStateItem, prefsItem } from '../settings/items';
import { createPolicySync, followManagedPolicy } from '../settings/policy-sync';
import { syncContentScripts } from '../settings/scripts';
import { oneAtATime } from '../settings/single-writer';
import { allowListWriter, prefsWriter } from '../settings/store';
import { openCodeListener } from './content/ui/open-code';

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

  // The single writer of statistics (tabs report concurrently; each write reads the day's counts
  // first), of the allow-list (a tab's "always ignore", the popup's remove) and of the preferences
  // (two popups): one at a time.
  browser.runtime.onMessage.addListener(oneAtATime(isStatsMessage, applyStatsMessage));
  browser.runtime.onMessage.addListener(allowListWriter());
  browser.runtime.onMessage.addListener(prefsWriter());

  // A hint card's clause link: open the "Bộ quy tắc" page at that clause, next to the card's tab.
  browser.runtime.onMessage.addListener(openCodeListener);
});
