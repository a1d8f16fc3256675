// Reads every settings item at once and follows them, for the content script and the popup alike.
import { browser } from 'wxt/browser';
import type { Lang } from '../rules/types';
import { allowListItem, policyStateItem, prefsItem, userRulesetItem } from './items';
import { applyPrefsChange, type PrefsChange } from './prefs';
import type { UserState } from './resolve';
import { oneAtATime, sendOrApply } from './single-writer';
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

/** The browser's UI language, reduced to the two this extension speaks. */
export function browserLang(): Lang {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('vi') ? 'vi' : 'en';
  } catch {
    // Test doubles (fakeBrowser) do not implement i18n: Vietnamese first.
    return 'vi';
  }
}

export const effectiveLang = (setting: UiLang): Lang => (setting === 'auto' ? browserLang() : setting);

/** A change of the allow-list; tabs and the popup send it to the background, the single writer. */
export type AllowMessage = { type: 'ungxu:allow-add' | 'ungxu:allow-remove'; word: string };

export function isAllowMessage(msg: unknown): msg is AllowMessage {
  const m = msg as { type?: unknown; word?: unknown } | null;
  return (m?.type === 'ungxu:allow-add' || m?.type === 'ungxu:allow-remove') && typeof m.word === 'string';
}

/** Applies one allow-list change to storage (read-modify-write: call one at a time). */
export function applyAllowMessage(msg: AllowMessage): Promise<void> {
  return msg.type === 'ungxu:allow-add' ? addAllowListWord(msg.word) : removeAllowListWord(msg.word);
}

/** The background's listener: applies allow-list changes from every tab and the popup in turn. */
export const allowListWriter = () => oneAtATime(isAllowMessage, applyAllowMessage);

/**
 * Sends an allow-list change to the background, which applies changes one at a time: two tabs (or a
 * tab and the popup) changing the list at once must not overwrite each other.
 */
export const changeAllowList = (msg: AllowMessage): Promise<void> => sendOrApply(msg, applyAllowMessage);

export async function removeAllowListWord(word: string): Promise<void> {
  await allowListItem.setValue((await allowListItem.getValue()).filter((w) => w !== word));
}

export async function addAllowListWord(word: string): Promise<void> {
  const w = word.trim().normalize('NFC');
  if (!w) return;
  const list = await allowListItem.getValue();
  if (!list.some((x) => x.toLowerCase() === w.toLowerCase())) await allowListItem.setValue([...list, w]);
}

/** One change of the preferences; popups (there may be two) send it to the background in turn. */
export type PrefsMessage = { type: 'ungxu:prefs'; change: PrefsChange };

export function isPrefsMessage(msg: unknown): msg is PrefsMessage {
  const m = msg as { type?: unknown; change?: unknown } | null;
  return m?.type === 'ungxu:prefs' && typeof m.change === 'object' && m.change !== null;
}

/** Applies one preference change (read-modify-write, checked like any stored value: call one at a time). */
export async function applyPrefsMessage(msg: PrefsMessage): Promise<void> {
  await prefsItem.setValue(applyPrefsChange(await prefsItem.getValue(), msg.change));
}

/** The background's listener: applies preference changes from every popup in turn. */
export const prefsWriter = () => oneAtATime(isPrefsMessage, applyPrefsMessage);

/** Sends one preference change to the background's single writer (two popups never lose one). */
export const changePrefs = (change: PrefsChange): Promise<void> =>
  sendOrApply({ type: 'ungxu:prefs', change }, applyPrefsMessage);
