// Which language the page opens in. Order: an explicit "?lang=" (a hint card passes its own), the
// user's choice in the popup (prefs.uiLang), then the browser's UI language. Vietnamese is the default.
import { browser } from 'wxt/browser';
import type { Lang } from '../../rules/types';
import { prefsItem } from '../../settings/items';

const asLang = (value: string | null | undefined): Lang | null =>
  value === 'vi' || value === 'en' ? value : null;

/** "vi-VN" → vi; any other tag → en; empty → null. */
const fromTag = (tag: string | undefined): Lang | null =>
  tag ? (tag.toLowerCase().startsWith('vi') ? 'vi' : 'en') : null;

export function langFromQuery(search: string): Lang | null {
  return asLang(new URLSearchParams(search).get('lang'));
}

/** The browser's language; navigator.language where browser.i18n is missing (tests, plain pages). */
export function browserLang(nav: Pick<Navigator, 'language'> = navigator): Lang {
  let ui: string | undefined;
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    // WXT's fakeBrowser throws "not implemented" for i18n.
  }
  return fromTag(ui) ?? fromTag(nav.language) ?? 'vi';
}

/** The popup's language setting, if the user picked one ("auto" and failures give null). */
export async function prefsLang(): Promise<Lang | null> {
  try {
    return asLang((await prefsItem.getValue()).uiLang);
  } catch {
    return null;
  }
}
