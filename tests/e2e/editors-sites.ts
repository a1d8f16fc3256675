// Serving the fixture pages under the real sites' origins (used by the e2e tests and `npm run demo`).
// The built extension runs by default only on the hosts its site adapters declare (manifest matches), so
// Playwright answers https://<each of those hosts>/… from the local fixture server: no request leaves the
// machine, and the extension is exercised with its real manifest.
import type { BrowserContext } from 'playwright-core';
import { BUILTIN_HOSTS } from '../../sites';
import { facebook } from '../../sites/facebook';
import { zalo } from '../../sites/zalo';
import { type Launched, launchWithExtension, serveFixtures } from './harness';

export const FB = `https://${facebook.hosts[0]}`;
export const ZALO = `https://${zalo.hosts[0]}`;

/** https://<any adapter host>/… (host names have no regex characters but dots). */
const SITE_URLS = new RegExp(`^https://(${BUILTIN_HOSTS.map((h) => h.replaceAll('.', '\\.')).join('|')})/`);

export async function routeSites(context: BrowserContext, fixtureUrl: string): Promise<void> {
  await context.route(SITE_URLS, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const response = await route.fetch({ url: `${fixtureUrl}${path}` });
    await route.fulfill({ response });
  });
}

/** Chromium with the built extension, the fixture pages served and routed as Facebook and Zalo. */
export interface SitesBrowser extends Launched {
  /** The fixture server's own origin (where the extension does not run). */
  fixtureUrl: string;
}

/** Starts one for a test file; its close() also stops the fixture server. */
export async function launchOnSites(): Promise<SitesBrowser> {
  const fixtures = await serveFixtures();
  const browser = await launchWithExtension();
  await routeSites(browser.context, fixtures.url);
  return {
    ...browser,
    fixtureUrl: fixtures.url,
    close: async () => {
      await browser.close();
      await fixtures.close();
    },
  };
}
