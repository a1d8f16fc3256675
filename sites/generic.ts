// Any other compose box: used on sites the user switched on, and as the fallback on Facebook/Zalo for
// boxes the site adapters do not claim.
import { editable, optedOut, type SiteAdapter } from './types';

/** Code editors: their text is code, not speech. Class names are the editors' public, stable ones. */
const CODE_EDITORS = '.CodeMirror, .cm-editor, .monaco-editor, .ace_editor';

export const generic: SiteAdapter = {
  name: 'generic',
  // No host of its own: it runs where the user or the agency switched a site on.
  hosts: [],
  selectors: [
    // Multi-line plain text boxes (forums, contact forms, comment boxes).
    'textarea',
    // Rich editors of every kind (ProseMirror, Quill, Draft.js, TinyMCE inline, plain divs).
    '[contenteditable="true"]',
    '[contenteditable=""]',
    '[contenteditable="plaintext-only"]',
    // Single-line text fields, only where they carry a label (skips anonymous form plumbing).
    'input[type="text"][aria-label]',
    'input[type="text"][placeholder]',
    'input:not([type])[placeholder]',
  ],
  accept(el) {
    if (!editable(el) || optedOut(el) || el.closest(CODE_EDITORS)) return false;
    // On arbitrary sites spellcheck="false" does mean "not prose" (code, ids, search terms); the
    // site adapters above ignore it because Facebook and Zalo set it for other reasons.
    if (el.getAttribute('spellcheck') === 'false') return false;
    if (el instanceof HTMLInputElement) return !el.closest('[role="search"], form[role="search"]');
    // A contenteditable nested inside another one is part of that box, not a box of its own.
    return !el.parentElement?.closest('[contenteditable="true"], [contenteditable=""]');
  },
};
