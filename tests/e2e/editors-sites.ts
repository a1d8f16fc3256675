// Serving the fixture pages under the real sites' origins (used by the e2e tests and `npm run demo`).
// The built extension runs only on Facebook and Zalo (manifest matches), so Playwright answers
// https://www.facebook.com/… and https://chat.zalo.me/… from the local fixture server: no request
// leaves the machine, and the extension is exercised with its real manifest.
import type { BrowserContext } from 'playwright-core';
import { type Launched, launchWithExtension, serveFixtures } from './harness';

export const FB = 'https://www.facebook.com';
export const ZALO = 'https://chat.zalo.me';

export async function routeSites(context: BrowserContext, fixtureUrl: string): Promise<void> {
  await context.route(/^https:\/\/(www\.facebook\.com|chat\.zalo\.me)\//, async (route) => {
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
