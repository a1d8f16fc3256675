// The nudge dialog: a small alertdialog next to the box, inside <ungxu-root>'s shadow root (styled by
// ui/styles.ts, like the card). Plain DOM built synchronously, so the caller knows it is on screen before
// it stops the site's send. It never covers the text it asks about nor the send button it held back.
import type { Finding, Lang } from '../../../rules/types';
import type { Rect } from '../geometry';
import { categoryName, TEXT, t } from '../ui/text';
import { countByCategory } from './decide';

export interface DialogProps {
  /** The findings that stopped the send (at or above the level), in text order. */
  findings: readonly Finding[];
  lang: Lang;
  /** A chat (Zalo, a messenger box): the dialog speaks of sending (gửi), not posting (đăng). */
  chat: boolean;
  /** What must stay visible: the box, then the send buttons that belong to it. */
  avoid: readonly Rect[];
  onEdit(): void;
  onSend(): void;
  onDismiss(): void;
}

/** How many findings are listed by name; the rest are summed up. */
const LISTED = 3;
/** Space kept between the dialog and what it avoids, and to the window's edges. */
const GAP = 8;

let ids = 0;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  cls?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

/** "2 chỗ về bạo lực và 1 chỗ về thù ghét" / "2 hints about violence and 1 hint about hate speech". */
export function countsText(findings: readonly Finding[], lang: Lang): string {
  const parts = countByCategory(findings).map(([c, n]) =>
    t(n === 1 ? TEXT.nudgeCountOne : TEXT.nudgeCountMany, lang, {
      n,
      c: categoryName(c, lang).toLocaleLowerCase(lang),
    }),
  );
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(parts);
}

/** Renders the dialog into `shadow`, focuses "Sửa lại", and returns it (remove() closes it). */
export function renderDialog(shadow: ShadowRoot, p: DialogProps): HTMLElement {
  const doc = shadow.ownerDocument;
  const { lang, findings } = p;
  const id = `ungxu-nudge-${++ids}`;
  const box = el(doc, 'div', undefined, 'panel');
  box.dataset.ungxu = 'nudge';
  box.dataset.count = String(findings.length);
  box.dataset.severity = 'high';
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-modal', 'true');
  box.setAttribute('aria-labelledby', `${id}-title`);
  box.setAttribute('aria-describedby', `${id}-desc`);
  box.lang = lang;
  // A click on its text keeps focus in the dialog (aria-modal), so Tab stays between its actions.
  box.tabIndex = -1;

  const title = el(doc, 'h2', t(p.chat ? TEXT.nudgeTitleChat : TEXT.nudgeTitle, lang));
  title.id = `${id}-title`;
  const desc = el(doc, 'p', t(TEXT.nudgeSummary, lang, { list: countsText(findings, lang) }));
  desc.id = `${id}-desc`;

  const list = el(doc, 'ul');
  list.setAttribute('aria-label', t(TEXT.nudgeList, lang));
  for (const f of findings.slice(0, LISTED)) {
    const li = el(doc, 'li');
    li.dataset.rule = f.ruleId;
    li.append(
      el(doc, 'strong', `“${f.matched}”`),
      ` — ${categoryName(f.category, lang)} `,
      el(doc, 'span', `(${t(TEXT.clause, lang, { c: f.clause })})`, 'muted'),
    );
    list.append(li);
  }
  if (findings.length > LISTED) {
    list.append(el(doc, 'li', t(TEXT.nudgeMore, lang, { n: findings.length - LISTED })));
  }

  const edit = el(doc, 'button', t(TEXT.nudgeEdit, lang), 'primary');
  edit.type = 'button';
  edit.dataset.action = 'edit';
  const send = el(doc, 'button', t(p.chat ? TEXT.nudgeSendChat : TEXT.nudgeSend, lang));
  send.type = 'button';
  send.dataset.action = 'send';
  edit.addEventListener('click', () => p.onEdit());
  send.addEventListener('click', () => p.onSend());
  const actions = el(doc, 'div', undefined, 'actions');
  actions.append(send, edit);

  box.append(title, desc, list, el(doc, 'p', t(TEXT.nudgeNote, lang), 'muted'), actions);
  box.addEventListener('keydown', (e) => {
    // The page's own shortcuts must not fire while the dialog has focus.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      p.onDismiss();
    } else if (e.key === 'Tab') {
      // aria-modal: Tab cycles between the two actions.
      e.preventDefault();
      (shadow.activeElement === edit ? send : edit).focus();
    }
  });

  shadow.append(box);
  const size = box.getBoundingClientRect();
  const win = doc.defaultView ?? window;
  const at = placeClear({ width: size.width || 340, height: size.height || 200 }, p.avoid, {
    width: win.innerWidth,
    height: win.innerHeight,
  });
  box.style.left = `${at.left}px`;
  box.style.top = `${at.top}px`;
  edit.focus({ preventScroll: true });
  return box;
}

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top));

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/**
 * Where a panel of `size` goes so that it covers none of `avoid` (the box, its send buttons): below
 * them all, else above, else to the right, else to the left, inside the window. When nothing is clear
 * (a box taller than the window), the place that covers the least of them.
 */
export function placeClear(
  size: { width: number; height: number },
  avoid: readonly Rect[],
  view: { width: number; height: number },
): { left: number; top: number } {
  const { width: w, height: h } = size;
  const shown = avoid.filter((r) => r.width > 0 && r.height > 0);
  if (shown.length === 0) return { left: GAP, top: GAP };
  const top = Math.min(...shown.map((r) => r.top));
  const bottom = Math.max(...shown.map((r) => r.top + r.height));
  const left = Math.min(...shown.map((r) => r.left));
  const right = Math.max(...shown.map((r) => r.left + r.width));
  const x = clamp(left, GAP, view.width - w - GAP);
  const y = clamp(top, GAP, view.height - h - GAP);
  const spots = [
    { left: x, top: bottom + GAP },
    { left: x, top: top - h - GAP },
    { left: right + GAP, top: y },
    { left: left - w - GAP, top: y },
  ].map((s) => ({
    left: clamp(s.left, GAP, view.width - w - GAP),
    top: clamp(s.top, GAP, view.height - h - GAP),
  }));
  const covered = (s: { left: number; top: number }) =>
    shown.reduce((sum, r) => sum + overlap({ ...s, width: w, height: h }, r), 0);
  return spots.reduce((best, s) => (covered(s) < covered(best) ? s : best));
}
