// Extra sites: the manifest declares the content script for the site adapters' hosts only. A site the user
// switches on (after granting its optional host permission) gets the same script registered here.
import { browser } from 'wxt/browser';
import { hostPattern } from '../sites';
import { isBuiltinSite } from './resolve';
import type { PolicyState, UserPrefs } from './types';

export const EXTRA_SCRIPT_ID = 'ungxu-extra-sites';
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** A site's origins: the host itself and its subdomains ("www."). */
export const originsOf = (host: string): string[] => [hostPattern(host), hostPattern(`*.${host}`)];

/** Sites beyond the built-in ones that should run the script (user-enabled or policy EnabledSites). */
export function extraSites(prefs: UserPrefs, policy: PolicyState): string[] {
  const user = Object.entries(prefs.sites ?? {})
    .filter(([, on]) => on)
    .map(([host]) => host);
  const all = [...user, ...(policy.policy.enabledSites ?? [])];
  return [...new Set(all)].filter((h) => !isBuiltinSite(h));
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Registers one dynamic content script covering every extra site whose permission is granted.
 * Calls run one after another (prefs, policy and permission changes can arrive together): each
 * unregister + register sees the previous one finished, and the newest settings are applied last.
 */
export function syncContentScripts(prefs: UserPrefs, policy: PolicyState): Promise<string[]> {
  const run = queue.then(() => syncNow(prefs, policy));
  queue = run.catch(() => undefined);
  return run;
}

async function syncNow(prefs: UserPrefs, policy: PolicyState): Promise<string[]> {
  const granted: string[] = [];
  for (const host of extraSites(prefs, policy)) {
    // Both the bare host and its subdomains ("www.") are covered by the popup's request.
    const origins = originsOf(host);
    if (await browser.permissions.contains({ origins }).catch(() => false)) granted.push(...origins);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [EXTRA_SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [EXTRA_SCRIPT_ID] });
  if (granted.length === 0) return [];
  await browser.scripting.registerContentScripts([
    {
      id: EXTRA_SCRIPT_ID,
      js: [CONTENT_SCRIPT_FILE],
      matches: granted,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
  return granted;
}
