// The popup's writes. Small and explicit, so every change goes through the same typed items.
import { browser } from 'wxt/browser';
import type { Category, Ruleset } from '../rules/types';
import { userRulesetItem } from './items';
import { isBuiltinSite, siteKey } from './resolve';
import { originsOf } from './scripts';
import { changeAllowList, changePrefs } from './store';
import type { UserPrefs } from './types';

/** One choice of the popup, applied by the background's single writer (two popups never lose one). */
export const setPref = <K extends 'paused' | 'sensitivity' | 'profile' | 'nudgeLevel' | 'uiLang'>(
  key: K,
  value: UserPrefs[K],
) => changePrefs({ key, value });

export const setCategory = (category: Category, on: boolean) => changePrefs({ category, on });

export const removeAllowWord = (word: string) => changeAllowList({ type: 'ungxu:allow-remove', word });

export const setUserRuleset = (ruleset: Ruleset | null) => userRulesetItem.setValue(ruleset);

export const siteOrigins = (host: string) => originsOf(siteKey(host));

export async function hasSiteAccess(host: string): Promise<boolean> {
  if (isBuiltinSite(host)) return true;
  try {
    return await browser.permissions.contains({ origins: siteOrigins(host) });
  } catch {
    return false;
  }
}

/**
 * Switches a site on or off. Must be called straight from the click handler: the browser only shows
 * the permission prompt during a user gesture. Returns false when the user declined access.
 */
export async function switchSite(host: string, on: boolean): Promise<boolean> {
  let granted = true;
  if (on && !isBuiltinSite(host)) {
    try {
      granted = await browser.permissions.request({ origins: siteOrigins(host) });
    } catch {
      granted = false;
    }
  }
  if (!granted) return false;
  await changePrefs({ site: siteKey(host), on });
  return true;
}

/** Host name of the active tab, or null when it is not a web page. */
export async function activeHost(): Promise<string | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const url = tab?.url ? new URL(tab.url) : null;
    return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.hostname : null;
  } catch {
    return null;
  }
}
