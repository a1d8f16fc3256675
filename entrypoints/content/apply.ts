// Applying a suggestion through the editor's own input pipeline: select the range, then let the browser
// run insertText. Lexical handles the trusted beforeinput it fires, so its state matches the screen and
// its history makes Ctrl+Z restore the original (peers that rewrote the DOM broke both: Harper #2039,
// LanguageTool add-on #78, Lexical #3713). Nothing here writes the editor's DOM directly.
import type { Finding, Lang } from '../../rules/types';
import { isValueBox, rangeOf, readText, type TextModel } from './text-model';

/**
 * Wordings that can stand in for the matched text: the rule's `replace` entries in the text's
 * language (see RuleCommon.replace), minus any that would write the matched text again.
 */
export function replacementsOf(f: Finding, textLang: Lang): string[] {
  const out = (f.replace ?? []).map((r) => r[textLang].trim());
  return [...new Set(out.filter((r) => r !== '' && r.toLowerCase() !== f.matched.toLowerCase()))];
}

/** Resolves on the next selectionchange (Lexical syncs its selection from it), or after one frame. */
function selectionSettled(doc: Document): Promise<void> {
  return new Promise((ok) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      ok();
    };
    doc.addEventListener('selectionchange', done);
    (doc.defaultView ?? window).setTimeout(done, 50);
  });
}

/**
 * Replaces [start, end) of the box's text with `replacement` if that span still reads `expected`.
 * Returns whether the box now reads as intended; on false the box is left as it was.
 */
export async function replaceText(
  el: HTMLElement,
  start: number,
  end: number,
  expected: string,
  replacement: string,
): Promise<boolean> {
  const before: TextModel = readText(el);
  if (before.text.slice(start, end) !== expected) return false;
  const want = before.text.slice(0, start) + replacement + before.text.slice(end);
  const doc = el.ownerDocument;
  el.focus({ preventScroll: true });
  if (isValueBox(el)) {
    el.setSelectionRange(start, end);
    // execCommand keeps the native undo stack of textareas; setRangeText is the fallback (no undo).
    if (!doc.execCommand('insertText', false, replacement)) {
      el.setRangeText(replacement, start, end, 'end');
      el.dispatchEvent(
        new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }),
      );
    }
    return el.value === want;
  }
  const sel = doc.getSelection();
  if (!sel) return false;
  sel.removeAllRanges();
  sel.addRange(rangeOf(before, start, end));
  await selectionSettled(doc);
  if (!doc.execCommand('insertText', false, replacement)) {
    // Browsers without execCommand in this context: the standard event editors listen to.
    const data = new DataTransfer();
    data.setData('text/plain', replacement);
    el.dispatchEvent(
      new InputEvent('beforeinput', {
        bubbles: true,
        cancelable: true,
        inputType: 'insertReplacementText',
        dataTransfer: data,
        targetRanges: [new StaticRange(sel.getRangeAt(0))],
      }),
    );
  }
  // Lexical reconciles its DOM in a microtask after the command: read the result after that.
  await new Promise((ok) => (doc.defaultView ?? window).setTimeout(ok, 0));
  return readText(el).text === want;
}
