// The hint card: what was found, why (the clause of the Code), a neutral wording, and what to do.
// A non-modal dialog: Esc closes it and gives focus back to the editor; arrows move between hints.
import { useEffect, useRef } from 'preact/hooks';
import type { Finding } from '../../../rules/types';
import type { Rect } from '../geometry';
import { CARD_TEXT } from './card-text';
import { requestOpenCode } from './open-code';
import { canRemember } from './remember';
import { CATEGORY_NAMES, T, t, type UiLang } from './strings';
import { SEVERITY_COLOURS } from './styles';

export interface CardProps {
  findings: readonly Finding[];
  index: number;
  lang: UiLang;
  /** Wordings that can replace the matched text (in the text's language, whatever the UI language). */
  replacements(f: Finding): readonly string[];
  /** Where the finding is on screen; the card sits below it (or above, near the bottom edge). */
  anchor: Rect;
  /** Opened from the keyboard or the badge: move focus into the card. Hover leaves focus alone. */
  takeFocus: boolean;
  agency?: { name: string; contact?: string } | undefined;
  onApply(f: Finding, replacement: string): void;
  onIgnoreOnce(f: Finding): void;
  onIgnoreAlways(f: Finding): void;
  onNavigate(index: number): void;
  onClose(returnFocus: boolean): void;
  /** The box's text, to name a finding's related words ("thằng", "chúng mày"). */
  text?: string;
  /** Opens the finding's clause on the "Bộ quy tắc" page; by default through the background. */
  onOpenClause?(f: Finding, lang: UiLang): void;
}

/** Clause label as a link-styled button (the page opens through the background, see open-code.ts). */
const LINK_STYLE = {
  padding: 0,
  border: 'none',
  background: 'none',
  color: 'var(--c)',
  textDecoration: 'underline',
  fontSize: 'inherit',
  fontWeight: 600,
  cursor: 'pointer',
};

const WIDTH = 320;

function place(anchor: Rect): { left: number; top: number } {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const left = Math.max(8, Math.min(anchor.left, vw - WIDTH - 8));
  const below = anchor.top + anchor.height + 6;
  const top = below + 200 > vh && anchor.top > 220 ? anchor.top - 206 : below;
  // Words scrolled out of view: the card stays at the edge of the window, where it can still be used.
  return { left, top: Math.max(8, Math.min(top, vh - 208)) };
}

export function Card(p: CardProps) {
  const ref = useRef<HTMLElement>(null);
  const f = p.findings[p.index];
  const n = p.findings.length;
  useEffect(() => {
    if (!p.takeFocus) return;
    // The main action first (apply), then any action, then the header's buttons: a selector list
    // would return the first in document order, which is the close button.
    const root = ref.current;
    const target = ['button.primary', '.actions button', 'button']
      .map((sel) => root?.querySelector<HTMLButtonElement>(sel))
      .find((b) => b);
    target?.focus();
  }, [p.takeFocus, p.index]);
  if (!f) return null;
  const { lang } = p;
  const advice = f.suggestion?.[lang];
  const replacements = p.replacements(f);
  const related =
    p.text === undefined ? [] : (f.related ?? []).map((r) => (p.text as string).slice(r.start, r.end));
  const pos = place(p.anchor);
  // Guidance (Điều 5.3, 6.3) is advice: calm colour (SEVERITY_COLOURS.info), no "cannot be ignored".
  const calm = f.severity === 'info';
  const contactInMessage = !!p.agency?.contact && f.message[lang].includes(p.agency.contact);
  const openClause = () =>
    (p.onOpenClause ?? ((x: Finding, l: UiLang) => void requestOpenCode(x.clause, l)))(f, lang);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      p.onClose(true);
    } else if (e.key === 'ArrowRight' && n > 1) p.onNavigate((p.index + 1) % n);
    else if (e.key === 'ArrowLeft' && n > 1) p.onNavigate((p.index - 1 + n) % n);
  };
  return (
    <section
      ref={ref}
      data-ungxu="card"
      data-rule={f.ruleId}
      data-start={f.start}
      data-end={f.end}
      data-severity={f.severity}
      data-category={f.category}
      role="dialog"
      aria-label={t(T.card, lang)}
      lang={lang}
      style={{ left: `${pos.left}px`, top: `${pos.top}px`, '--c': SEVERITY_COLOURS[f.severity] }}
      onKeyDown={onKeyDown}
    >
      <header>
        <span class="cat">
          {calm && `${t(CARD_TEXT.guidance, lang)} · `}
          {t(CATEGORY_NAMES[f.category], lang)}
        </span>
        <span class="nav">
          {n > 1 && (
            <button
              type="button"
              aria-label={t(T.prev, lang)}
              onClick={() => p.onNavigate((p.index - 1 + n) % n)}
            >
              ‹
            </button>
          )}
          {n > 1 && <span>{t(T.position, lang, { i: p.index + 1, n })}</span>}
          {n > 1 && (
            <button
              type="button"
              aria-label={t(T.next, lang)}
              onClick={() => p.onNavigate((p.index + 1) % n)}
            >
              ›
            </button>
          )}
          <button
            type="button"
            class="x"
            aria-label={t(T.close, lang)}
            title={t(T.close, lang)}
            onClick={() => p.onClose(true)}
          >
            ×
          </button>
        </span>
      </header>
      <p>
        <span class="matched">“{f.matched}”</span> — {f.message[lang]}
      </p>
      {related.length > 0 && (
        <p class="related">{t(CARD_TEXT.related, lang, { w: related.map((w) => `“${w}”`).join(', ') })}</p>
      )}
      <p class="clause">
        <button
          type="button"
          data-action="open-clause"
          data-clause={f.clause}
          aria-label={t(CARD_TEXT.openClause, lang, { c: f.clause })}
          title={t(CARD_TEXT.openClause, lang, { c: f.clause })}
          style={LINK_STYLE}
          onClick={openClause}
        >
          {t(T.clause, lang, { c: f.clause })}
        </button>{' '}
        · {t(T.code, lang)}
      </p>
      {advice && <p class="advice">{advice}</p>}
      {f.pinned && !calm && (
        <p class="pinned">
          {p.agency ? t(T.pinned, lang, { a: p.agency.name }) : t(T.pinnedNoName, lang)}
          {p.agency?.contact && ` ${t(T.contact, lang, { c: p.agency.contact })}`}
        </p>
      )}
      {f.pinned && calm && (
        <p class="pinned">
          {p.agency
            ? t(CARD_TEXT.reminderFrom, lang, { a: p.agency.name })
            : t(CARD_TEXT.reminderFromAgency, lang)}
          {p.agency?.contact && !contactInMessage && ` ${t(T.contact, lang, { c: p.agency.contact })}`}
        </p>
      )}
      <div class="actions">
        {replacements.map((r, i) => (
          <button
            type="button"
            class={i === 0 ? 'primary' : ''}
            data-action="apply"
            data-replacement={r}
            key={r}
            onClick={() => p.onApply(f, r)}
          >
            {t(T.apply, lang, { r })}
          </button>
        ))}
        {!f.pinned && (
          <button type="button" data-action="ignore-once" onClick={() => p.onIgnoreOnce(f)}>
            {t(T.ignoreOnce, lang)}
          </button>
        )}
        {canRemember(f) && (
          <button type="button" data-action="ignore-always" onClick={() => p.onIgnoreAlways(f)}>
            {t(T.ignoreAlways, lang)}
          </button>
        )}
      </div>
    </section>
  );
}
