// Reads every settings item at once and follows them, for the content script and the popup alike.
import { browser } from 'wxt/browser';
import type { Category } from '../rules/types';
import { allowListItem, policyStateItem, prefsItem, statsItem, userRulesetItem } from './items';
import type { UserState } from './resolve';
import type { PolicyState, UiLang } from './types';

export interface Snapshot {
  policy: PolicyState;
  user: UserState;
}

export async function loadSnapshot(): Promise<Snapshot> {
  const [policy, prefs, allowList, userRuleset] = await Promise.all([
    policyStateItem.getValue(),
    prefsItem.getValue(),
    allowListItem.getValue(),
    userRulesetItem.getValue(),
  ]);
  return { policy, user: { prefs, allowList, userRuleset } };
}

/** Calls `cb` after any settings item changes. Returns unsubscribe. */
export function watchSnapshot(cb: () => void): () => void {
  const offs = [policyStateItem, prefsItem, allowListItem, userRulesetItem].map((item) =>
    (item.watch as (cb: () => void) => () => void)(cb),
  );
  return () => {
    for (const off of offs) off();
  };
}

export const followStats = (cb: () => void): (() => void) => statsItem.watch(cb);

/** The browser's UI language, reduced to the two this extension speaks. */
export function browserLang(): 'vi' | 'en' {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('vi') ? 'vi' : 'en';
  } catch {
    // Test doubles (fakeBrowser) do not implement i18n: Vietnamese first.
    return 'vi';
  }
}

export const effectiveLang = (setting: UiLang): 'vi' | 'en' => (setting === 'auto' ? browserLang() : setting);

export async function addAllowListWord(word: string): Promise<void> {
  const w = word.trim().normalize('NFC');
  if (!w) return;
  const list = await allowListItem.getValue();
  if (!list.some((x) => x.toLowerCase() === w.toLowerCase())) await allowListItem.setValue([...list, w]);
}

export type HintCounts = Partial<Record<Category, number>>;
