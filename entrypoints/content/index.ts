// Content script: the hosts of the site adapters (Facebook, Zalo Web) by default. Other sites get the same script when
// the user switches them on (optional host permission, registered from the popup/background).
import { browser } from 'wxt/browser';
import { createChecker } from '../../rules';
import {
  addToAllowList,
  type ContentConfig,
  recordCleanSend,
  recordHints,
  recordNudge,
  watchContentConfig,
} from '../../settings/client';
import { CONTENT_MATCHES } from '../../sites';
import { startApp } from './app';
import { installNudge } from './nudge';

/**
 * The first checker's build (rules compiled, the learned model decoded) as a performance measure on
 * the page's timeline, which `npm run bench` reads in Chromium; later checkers are not measured.
 */
let measured = false;
function firstTimed(make: () => ReturnType<typeof createChecker>): ReturnType<typeof createChecker> {
  const start = performance.now();
  const checker = make();
  if (!measured) {
    measured = true;
    performance.measure('ungxu:first-checker', { start, end: performance.now() });
  }
  return checker;
}

/** The site's hostname; about:blank / srcdoc frames belong to the page that embeds them. */
function siteHost(): string {
  if (location.hostname) return location.hostname;
  const origin = location.ancestorOrigins?.[0];
  return origin ? new URL(origin).hostname : '';
}

export default defineContentScript({
  // The hosts the site adapters declare (sites/index.ts).
  matches: CONTENT_MATCHES,
  // Same-origin iframes (about:blank / srcdoc editors, embedded comment plugins) get their own instance.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    // Everything hangs on ctx.signal: an extension update or uninstall aborts it and leaves nothing behind.
    let config: ContentConfig | null = null;
    const app = startApp({
      doc: document,
      signal: ctx.signal,
      createChecker: (options) => firstTimed(() => createChecker(options)),
      watchConfig: (cb) =>
        watchContentConfig(siteHost(), (next) => {
          config = next;
          cb(next);
        }),
      addToAllowList,
      recordHints,
    });
    // The submit-time nudge: a pause before sending text with findings at the chosen level.
    installNudge({
      doc: document,
      signal: ctx.signal,
      app,
      config: () => (config?.enabled ? config : null),
      // An updated or removed extension leaves this script orphaned: then the site sends untouched.
      alive: () => !ctx.isInvalid && Boolean(browser.runtime?.id),
      recordNudge,
      recordCleanSend,
    });
  },
});
