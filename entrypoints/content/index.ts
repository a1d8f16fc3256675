// Content script: Facebook (www, web, m) and Zalo Web by default. Other sites get the same script when
// the user switches them on (optional host permission, registered from the popup/background).
import { createChecker } from '../../rules';
import { addToAllowList, recordHints, watchContentConfig } from '../../settings/client';
import { startApp } from './app';

/** The site's hostname; about:blank / srcdoc frames belong to the page that embeds them. */
function siteHost(): string {
  if (location.hostname) return location.hostname;
  const origin = location.ancestorOrigins?.[0];
  return origin ? new URL(origin).hostname : '';
}

export default defineContentScript({
  matches: ['*://www.facebook.com/*', '*://web.facebook.com/*', '*://m.facebook.com/*', '*://chat.zalo.me/*'],
  // Same-origin iframes (about:blank / srcdoc editors, embedded comment plugins) get their own instance.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    // Everything hangs on ctx.signal: an extension update or uninstall aborts it and leaves nothing behind.
    // The submit-time nudge (issue 6) builds on `app.onSession` / `app.sessionOf`.
    startApp({
      doc: document,
      signal: ctx.signal,
      createChecker,
      watchConfig: (cb) => watchContentConfig(siteHost(), cb),
      addToAllowList,
      recordHints,
    });
  },
});
