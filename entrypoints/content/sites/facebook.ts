// Facebook (www, web, m): Lexical editors. Classes are obfuscated and aria-labels localised, so the
// selectors rest on Lexical's own attributes and ARIA roles only (see docs/content-script.md).
import { editable, optedOut, type SiteAdapter } from './types';

export const facebook: SiteAdapter = {
  name: 'facebook',
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
};
