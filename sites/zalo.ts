// Zalo Web (chat.zalo.me): one rich message box that is re-mounted on every conversation switch.
import { editable, optedOut, type SiteAdapter } from './types';

export const zalo: SiteAdapter = {
  name: 'zalo',
  hosts: ['chat.zalo.me'],
  selectors: [
    // The message box (seen 2025): <div id="richInput" contenteditable="true"> with one
    // <div id="input_line_N"> per line. Enter sends; the send button is labelled "Gửi".
    '#richInput[contenteditable="true"]',
  ],
  // A chat box's spellcheck setting hides the browser's squiggles; it does not mean "do not check"
  // (not verified on live Zalo). Only data-ungxu="off" opts out.
  accept: (el) => editable(el) && !optedOut(el),
  send: {
    // Enter sends, Shift+Enter adds a line (seen 2025, default settings).
    enter: () => true,
    // The send button next to the box: div[role=button] labelled "Gửi" (vi) or "Send" (en).
    buttons: ['[role="button"][aria-label="Gửi"]', '[role="button"][aria-label="Send"]'],
    // A chat: every box sends a message.
    chat: () => true,
  },
};
