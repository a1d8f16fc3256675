// The nudge dialog: a small alertdialog anchored to the box, inside <ungxu-root>'s shadow root. Plain
// DOM built synchronously, so the caller knows it is on screen before it stops the site's send.
import type { Finding } from '../../../rules/types';
import { CATEGORY_NAMES, T, t, type UiLang } from '../ui/strings';
import { SEVERITY_COLOURS } from '../ui/styles';
import { countByCategory } from './decide';
import { N } from './strings';

export interface DialogProps {
  /** The findings that stopped the send (at or above the level), in text order. */
  findings: readonly Finding[];
  lang: UiLang;
  /** The box on screen: the dialog sits below it, or above it near the bottom edge. */
  anchor: { left: number; top: number; width: number; height: number };
  onEdit(): void;
  onSend(): void;
  onDismiss(): void;
}

/** How many findings are listed by name; the rest are summed up. */
const LISTED = 3;
const WIDTH = 340;

const CSS = `
[data-ungxu="nudge"] { position: fixed; pointer-events: auto; width: ${WIDTH}px; max-width: calc(100vw - 16px);
  box-sizing: border-box; padding: 12px 14px; background: #fff; color: #202124; border-radius: 10px;
  border-top: 4px solid ${SEVERITY_COLOURS.high}; box-shadow: 0 6px 24px rgba(0,0,0,.3);
  font: 14px/1.45 system-ui, sans-serif; }
[data-ungxu="nudge"] h2 { font-size: 15px; margin: 0 0 6px; }
[data-ungxu="nudge"] p { margin: 6px 0; }
[data-ungxu="nudge"] ul { margin: 6px 0; padding-left: 18px; }
[data-ungxu="nudge"] .clause, [data-ungxu="nudge"] .note { font-size: 12px; color: #5f6368; }
[data-ungxu="nudge"] .actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 10px; }
[data-ungxu="nudge"] button { font: inherit; font-size: 13px; padding: 5px 12px; border-radius: 6px;
  border: 1px solid #dadce0; background: #fff; color: #202124; cursor: pointer; }
[data-ungxu="nudge"] button.primary { background: #1a73e8; border-color: #1a73e8; color: #fff; }
[data-ungxu="nudge"] button:focus-visible { outline: 2px solid #202124; outline-offset: 2px; }
`;

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

/** Renders the dialog into `shadow`, focuses "Sửa lại", and returns it (remove() closes it). */
export function renderDialog(shadow: ShadowRoot, p: DialogProps): HTMLElement {
  const doc = shadow.ownerDocument;
  if (!shadow.querySelector('style[data-ungxu-style="nudge"]')) {
    const style = el(doc, 'style', CSS);
    style.dataset.ungxuStyle = 'nudge';
    shadow.append(style);
  }
  const { lang, findings } = p;
  const id = `ungxu-nudge-${++ids}`;
  const box = el(doc, 'div');
  box.dataset.ungxu = 'nudge';
  box.dataset.count = String(findings.length);
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-modal', 'true');
  box.setAttribute('aria-labelledby', `${id}-title`);
  box.setAttribute('aria-describedby', `${id}-desc`);
  box.lang = lang;

  const title = el(doc, 'h2', t(N.title, lang));
  title.id = `${id}-title`;
  const cats = countByCategory(findings)
    .map(([c, n]) => `${n} ${t(CATEGORY_NAMES[c], lang).toLocaleLowerCase(lang)}`)
    .join(', ');
  const desc = el(doc, 'p', t(N.summary, lang, { n: findings.length, cats }));
  desc.id = `${id}-desc`;

  const list = el(doc, 'ul');
  list.setAttribute('aria-label', t(N.list, lang));
  for (const f of findings.slice(0, LISTED)) {
    const li = el(doc, 'li');
    li.dataset.rule = f.ruleId;
    li.append(
      el(doc, 'strong', `“${f.matched}”`),
      ` — ${t(CATEGORY_NAMES[f.category], lang)} `,
      el(doc, 'span', `(${t(T.clause, lang, { c: f.clause })})`, 'clause'),
    );
    list.append(li);
  }
  if (findings.length > LISTED) list.append(el(doc, 'li', t(N.more, lang, { n: findings.length - LISTED })));

  const edit = el(doc, 'button', t(N.edit, lang), 'primary');
  edit.type = 'button';
  edit.dataset.action = 'edit';
  const send = el(doc, 'button', t(N.send, lang));
  send.type = 'button';
  send.dataset.action = 'send';
  edit.addEventListener('click', () => p.onEdit());
  send.addEventListener('click', () => p.onSend());
  const actions = el(doc, 'div', undefined, 'actions');
  actions.append(send, edit);

  box.append(title, desc, list, el(doc, 'p', t(N.note, lang), 'note'), actions);
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
  place(box, p.anchor);
  edit.focus({ preventScroll: true });
  return box;
}

/** Below the box when it fits, else above it; always inside the viewport. */
function place(box: HTMLElement, a: DialogProps['anchor']): void {
  const win = box.ownerDocument.defaultView ?? window;
  const h = box.getBoundingClientRect().height || 200;
  const left = Math.max(8, Math.min(a.left, win.innerWidth - WIDTH - 8));
  const below = a.top + a.height + 6;
  const top = below + h > win.innerHeight - 8 && a.top - h - 6 >= 8 ? a.top - h - 6 : below;
  box.style.left = `${left}px`;
  box.style.top = `${Math.max(8, Math.min(top, win.innerHeight - h - 8))}px`;
}
