// Opening a clause of the "Bộ quy tắc" page from a hint card. The card lives in a content script on
// facebook.com or zalo.me: a plain link there would resolve against the site, and a link to a
// chrome-extension:// page would need web_accessible_resources. So the card sends a message and the
// background opens the page with tabs.create, which needs no permission.
import { browser } from 'wxt/browser';
import type { Lang } from '../../../rules/types';
import { type CODE_PAGE_PATH, clauseAnchor, clauseUrl } from '../../code/url';

export interface OpenCodeMessage {
  type: 'ungxu:open-code';
  clause: string;
  lang: Lang;
}

/** Content side: ask the background to open the clause in a new tab. Never throws into the page. */
export function requestOpenCode(clause: string, lang: Lang): Promise<void> {
  const msg: OpenCodeMessage = { type: 'ungxu:open-code', clause, lang };
  return browser.runtime.sendMessage(msg).then(
    () => undefined,
    (e: unknown) => console.warn('[ungxu] could not open the Code page', e),
  );
}

/** A well-formed open-code message (anything else, including a page's forged one, is ignored). */
export function isOpenCodeMessage(msg: unknown): msg is OpenCodeMessage {
  const m = msg as Partial<OpenCodeMessage> | null;
  return (
    m?.type === 'ungxu:open-code' &&
    typeof m.clause === 'string' &&
    clauseAnchor(m.clause) !== null &&
    (m.lang === 'vi' || m.lang === 'en')
  );
}

/**
 * Background side: the absolute URL of the clause, resolved inside the extension. Only the extension's
 * own page can be opened this way, whatever the message says.
 */
export function codePageUrl(msg: OpenCodeMessage): string {
  return browser.runtime.getURL(clauseUrl(msg.clause, msg.lang) as `${typeof CODE_PAGE_PATH}${string}`);
}

/** Background side: opens the clause next to the tab the card was in. */
export async function openCodeTab(
  msg: OpenCodeMessage,
  senderTab?: { id?: number | undefined; index: number; windowId?: number | undefined },
) {
  await browser.tabs.create({
    url: codePageUrl(msg),
    ...(senderTab
      ? {
          index: senderTab.index + 1,
          ...(senderTab.id !== undefined ? { openerTabId: senderTab.id } : {}),
          ...(senderTab.windowId !== undefined ? { windowId: senderTab.windowId } : {}),
        }
      : {}),
  });
}

/**
 * The background's runtime.onMessage listener for open-code messages; other messages pass through
 * (undefined), so other listeners answer them.
 */
export function openCodeListener(
  msg: unknown,
  sender: { tab?: { id?: number | undefined; index: number; windowId?: number | undefined } | undefined },
): Promise<boolean> | undefined {
  if (!isOpenCodeMessage(msg)) return undefined;
  return openCodeTab(msg, sender.tab).then(
    () => true,
    (e: unknown) => {
      console.error('[ungxu] could not open the Code page', e);
      return false;
    },
  );
}
