// Long posts: a Facebook post may hold 63,206 characters. The content script checks up to CHECK_LIMIT
// characters, in slices of SLICE characters checked one task at a time (slices.ts), so that no check
// blocks the page for long: a slice of 10,000 characters costs ≈ 2 ms on ordinary text and at most
// 25 ms on adversarial text (half of bench/adversarial.ts's 20,000-character figures). Beyond CHECK_LIMIT (a whole book pasted), a visible notice next to the
// box says how much was checked. Findings of the head are valid offsets into the whole text (same
// prefix), so marks and the card need no change.
import { wordBoundary } from '../../rules/boundary';
import { rootOf } from './ui/guard';
import { TEXT, t } from './ui/text';

/** Characters checked at most: above any post a site allows (Facebook: 63,206). */
export const CHECK_LIMIT = 100_000;

export interface Limited {
  /** What is checked: the whole text, or its head. */
  text: string;
  truncated: boolean;
  /** Length of the whole text (UTF-16 units). */
  total: number;
}

/** The text, or its first `limit` characters cut after whitespace (boundary.ts), never inside a character. */
export function limitText(text: string, limit = CHECK_LIMIT): Limited {
  if (text.length <= limit) return { text, truncated: false, total: text.length };
  return { text: text.slice(0, wordBoundary(text, limit, -1)), truncated: true, total: text.length };
}

/** Vietnamese first, then English (the notice does not follow the UI language: it must be understood). */
export const noticeText = (l: Limited): string =>
  (['vi', 'en'] as const)
    .map((lang) => {
      const fmt = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US');
      return t(TEXT.limitNotice, lang, { n: fmt.format(l.text.length), total: fmt.format(l.total) });
    })
    .join(' / ');

export interface LimitNotice {
  /** Shows the notice when `l` was truncated, hides it otherwise. */
  update(l: Limited): void;
  remove(): void;
}

/**
 * The notice of one box, in the overlay's shadow root (<ungxu-root>): a fixed-position status line
 * under the box's bottom-left corner. Never touches the editor's own DOM.
 */
export function createLimitNotice(el: HTMLElement): LimitNotice {
  const doc = el.ownerDocument;
  let node: HTMLElement | null = null;
  return {
    update(l) {
      if (!l.truncated) {
        node?.remove();
        node = null;
        return;
      }
      const shadow = rootOf(doc);
      if (!shadow) return;
      if (!node) {
        node = doc.createElement('div');
        node.dataset.ungxu = 'limit-notice';
        node.setAttribute('role', 'status');
      }
      node.textContent = noticeText(l);
      const r = el.getBoundingClientRect();
      node.setAttribute(
        'style',
        `position:fixed;left:${Math.max(0, r.left)}px;top:${Math.max(0, r.bottom + 2)}px;max-width:${Math.max(200, r.width)}px;` +
          'font:12px/1.4 system-ui,sans-serif;color:#1c1e21;background:#fff8e1;border:1px solid #e0b000;' +
          'border-radius:4px;padding:2px 6px;pointer-events:none',
      );
      if (node.parentNode !== shadow) shadow.append(node);
    },
    remove() {
      node?.remove();
      node = null;
    },
  };
}
