// Facebook (www, web, m): Lexical editors. Classes are obfuscated and aria-labels localised, so the
// selectors rest on Lexical's own attributes and ARIA roles only (see docs/content-script.md).
import { editable, optedOut, type SiteAdapter } from './types';

export const facebook: SiteAdapter = {
  name: 'facebook',
  // The desktop site, its alternate host, and the basic mobile site.
  hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'],
  selectors: [
    // Post composer and comment boxes (seen 2025): <div contenteditable="true" role="textbox"
    // data-lexical-editor="true" spellcheck="true">. Also matches Lexical boxes on other sites.
    '[data-lexical-editor="true"][contenteditable="true"]',
    // Messenger / older composers that are a role=textbox contenteditable without the Lexical marker.
    '[role="textbox"][contenteditable="true"]',
    // m.facebook.com basic mode: comment and status fields are plain textareas.
    'textarea[name="comment_text"]',
    'textarea[name="xc_message"]',
  ],
  // Facebook sets spellcheck="true" on the boxes it wants checked and nothing meaningful on the
  // rest, so spellcheck is not read here; only data-ungxu="off" opts out.
  accept: (el) => editable(el) && !optedOut(el),
  send: {
    // Comment, reply and chat boxes send on Enter; the post composer ("Bạn đang nghĩ gì…?") takes
    // Enter as a new paragraph and posts with its button. Labels are localised: vi and en only, so a
    // box in another language gets its button nudged but not its Enter.
    enter: (el) => COMMENT_LIKE.test(el.getAttribute('aria-label') ?? ''),
    // Submit buttons are div[role=button] with localised aria-labels (seen 2025).
    buttons: ['Đăng', 'Post', 'Bình luận', 'Comment', 'Gửi', 'Send', 'Trả lời', 'Reply'].map(
      (label) => `[role="button"][aria-label="${label}"]`,
    ),
    // Messenger boxes ("Nhắn tin…", "Aa" labelled "Message") send a message; the rest post.
    chat: (el) => CHAT_LIKE.test(el.getAttribute('aria-label') ?? ''),
  },
};

/** aria-labels of chat boxes, where the nudge speaks of sending rather than posting. */
const CHAT_LIKE = /tin nhắn|nhắn tin|message/i;

/** aria-labels of boxes where Enter sends: "Viết bình luận...", "Trả lời Lan...", "Write a comment…". */
const COMMENT_LIKE = /bình luận|trả lời|phản hồi|tin nhắn|comment|reply|message/i;
