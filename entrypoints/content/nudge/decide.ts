// Pure decisions of the submit-time nudge: which keystrokes are send gestures, which findings are worth a
// pause at the configured level, and which box a send button belongs to. No side effects here.
import { type Finding, type Severity, severityRank } from '../../../rules/types';
import type { NudgeLevel } from '../../../settings/types';
import type { SiteAdapter } from '../../../sites';

/** The least severity that stops a send, per level. 'info' (guidance) and 'low' never do. */
const STOPS_FROM: Record<NudgeLevel, Severity | null> = { off: null, high: 'high', medium: 'medium' };

/** The findings that warrant a nudge at this level, in text order. */
export function blocking(findings: readonly Finding[], level: NudgeLevel): Finding[] {
  const from = Object.hasOwn(STOPS_FROM, level) ? STOPS_FROM[level] : 'high';
  return from ? findings.filter((f) => severityRank(f.severity) >= severityRank(from)) : [];
}

/**
 * Whether this keydown sends from a box of `adapter`. Never Shift+Enter (a new line), never the Enter
 * that commits an IME composition (isComposing, or keyCode 229 which Chromium reports for it), never
 * with Alt (the site's own shortcuts).
 */
export function isSendKey(e: KeyboardEvent, adapter: SiteAdapter, el: HTMLElement): boolean {
  if (e.key !== 'Enter' || e.shiftKey || e.altKey) return false;
  if (e.isComposing || e.keyCode === 229) return false;
  const send = adapter.send;
  if (!send) return false;
  if (e.ctrlKey || e.metaKey) return send.modEnter?.(el) ?? false;
  return send.enter?.(el) ?? false;
}

/** The send-button selector list of an adapter matched by `node`, if any. */
export function isSendButton(node: Element, adapter: SiteAdapter): boolean {
  const buttons = adapter.send?.buttons;
  if (!buttons?.length || node.getAttribute('aria-disabled') === 'true') return false;
  return buttons.some((sel) => node.matches(sel));
}

/** How far up from a send button we look for its box (a form, a dialog; not the whole page). */
export const BUTTON_REACH = 8;

/**
 * The box a send button submits: the nearest ancestor of the button (within BUTTON_REACH levels) that
 * contains one of `boxes` decides; among several there, the focused one, else the first in DOM order.
 */
export function boxOfButton<T extends { el: HTMLElement }>(button: Element, boxes: readonly T[]): T | null {
  let node: Element | null = button.parentElement;
  for (let depth = 0; node && depth < BUTTON_REACH; depth++) {
    const inside = boxes.filter((b) => node?.contains(b.el));
    if (inside.length) {
      const active = inside.find((b) => b.el.contains(b.el.ownerDocument.activeElement));
      return active ?? inside[0] ?? null;
    }
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return null;
}

/** The send buttons in `root` that belong to box `s` (by boxOfButton among the boxes of its site). */
export function sendButtonsOf<T extends { el: HTMLElement; adapter: SiteAdapter }>(
  s: T,
  boxes: readonly T[],
  root: ParentNode,
): Element[] {
  const selectors = s.adapter.send?.buttons ?? [];
  if (selectors.length === 0) return [];
  const mine = boxes.filter((b) => b.adapter === s.adapter);
  return [...root.querySelectorAll(selectors.join(', '))].filter((b) => boxOfButton(b, mine) === s);
}

/** Counts per category, in order of first appearance. */
export function countByCategory(findings: readonly Finding[]): [Finding['category'], number][] {
  const counts = new Map<Finding['category'], number>();
  for (const f of findings) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
  return [...counts];
}
