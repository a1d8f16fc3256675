// The hint card: what was found, why (the clause of the Code), a neutral wording, and what to do.
// A non-modal dialog: Esc closes it and gives focus back to the editor; arrows move between hints.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Lang } from '../../../rules/types';
import type { Rect } from '../geometry';
import { requestOpenCode } from './open-code';
import { canRemember } from './remember';
import { SEVERITY_COLOURS } from './styles';
import { categoryName, curlyQuotes, TEXT, t } from './text';

export interface CardProps {
  findings: readonly Finding[];
  index: number;
  lang: Lang;
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
  onOpenClause?(f: Finding, lang: Lang): void;
}

const WIDTH = 320;
/** Space kept between the card and its words, and to the window's edges. */
const GAP = 8;

/**
 * Below the words, or above them when it would not fit below; always inside the window, so every
 * control stays reachable (a narrow, zoomed window makes the card taller than the room beside the
 * words: then it covers them rather than lose its buttons). `height` is the card's measured height.
 */
function place(anchor: Rect, height: number): { left: number; top: number } {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const left = Math.max(GAP, Math.min(anchor.left, vw - WIDTH - GAP));
  const below = anchor.top + anchor.height + 6;
  const above = anchor.top - 6 - height;
  const top = below + height > vh - GAP && above >= GAP ? above : below;
  // Words scrolled out of view: the card stays at the edge of the window, where it can still be used.
  return { left, top: Math.max(GAP, Math.min(top, vh - height - GAP)) };
}

export function Card(p: CardProps) {
  const ref = useRef<HTMLElement>(null);
  // A first guess, then the rendered height (before paint), so the card is placed by its real size.
  const [height, setHeight] = useState(200);
  useLayoutEffect(() => {
    const h = ref.current?.offsetHeight;
    if (h && h !== height) setHeight(h);
  });
  const f = p.findings[p.index];
  const n = p.findings.length;
  useEffect(() => {
    if (!p.takeFocus) return;
    // The main action first (apply), then any action; a card without actions focuses its close button.
    const root = ref.current;
    const target = ['button.primary', '.actions button', 'button.x']
      .map((sel) => root?.querySelector<HTMLButtonElement>(sel))
      .find((b) => b);
    target?.focus();
  }, [p.takeFocus, p.index]);
  if (!f) return null;
  const { lang } = p;
  const advice = f.suggestion && curlyQuotes(f.suggestion[lang]);
  const replacements = p.replacements(f);
  const related =
    p.text === undefined ? [] : (f.related ?? []).map((r) => (p.text as string).slice(r.start, r.end));
  const pos = place(p.anchor, height);
  // Guidance (Điều 5.3, 6.3) is advice: calm colour (SEVERITY_COLOURS.info), no "cannot be ignored".
  const calm = f.severity === 'info';
  const contactInMessage = !!p.agency?.contact && f.message[lang].includes(p.agency.contact);
  const openClause = () =>
    (p.onOpenClause ?? ((x: Finding, l: Lang) => void requestOpenCode(x.clause, l)))(f, lang);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Tab') cycleFocus(e, ref.current);
    else if (e.key === 'Escape') {
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
      class="panel"
      data-rule={f.ruleId}
      data-start={f.start}
      data-end={f.end}
      data-severity={f.severity}
      data-category={f.category}
      role="dialog"
      aria-label={t(TEXT.card, lang)}
      // A click on the card's text keeps focus in the card (not on the page behind it), so Tab goes on
      // among its controls; the card itself is not a Tab stop.
      tabIndex={-1}
      lang={lang}
      style={{ left: `${pos.left}px`, top: `${pos.top}px`, '--c': SEVERITY_COLOURS[f.severity] }}
      onKeyDown={onKeyDown}
    >
      <header>
        <span class="cat">
          {calm && `${t(TEXT.guidance, lang)} · `}
          {categoryName(f.category, lang)}
        </span>
        <span class="nav">
          {n > 1 && (
            <button
              type="button"
              aria-label={t(TEXT.prev, lang)}
              onClick={() => p.onNavigate((p.index - 1 + n) % n)}
            >
              ‹
            </button>
          )}
          {n > 1 && <span>{t(TEXT.position, lang, { i: p.index + 1, n })}</span>}
          {n > 1 && (
            <button
              type="button"
              aria-label={t(TEXT.next, lang)}
              onClick={() => p.onNavigate((p.index + 1) % n)}
            >
              ›
            </button>
          )}
          <button
            type="button"
            class="x"
            aria-label={t(TEXT.close, lang)}
            title={t(TEXT.close, lang)}
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
        <p class="related">{t(TEXT.related, lang, { w: related.map((w) => `“${w}”`).join(', ') })}</p>
      )}
      {f.learned && (
        <p class="learned" data-learned>
          {t(TEXT.learned, lang, { w: f.learned.words.map((w) => `“${w}”`).join(', ') })}
        </p>
      )}
      <p class="clause">
        <button
          type="button"
          data-action="open-clause"
          data-clause={f.clause}
          class="clause-link"
          aria-label={t(TEXT.openClause, lang, { c: f.clause })}
          title={t(TEXT.openClause, lang, { c: f.clause })}
          onClick={openClause}
        >
          {t(TEXT.clause, lang, { c: f.clause })}
        </button>{' '}
        · {t(TEXT.code, lang)}
      </p>
      {advice && <p class="advice">{advice}</p>}
      {f.pinned && !calm && (
        <p class="pinned">
          {p.agency ? t(TEXT.pinned, lang, { a: p.agency.name }) : t(TEXT.pinnedNoName, lang)}
          {p.agency?.contact && ` ${t(TEXT.contact, lang, { c: p.agency.contact })}`}
        </p>
      )}
      {f.pinned && calm && (
        <p class="pinned">
          {p.agency ? t(TEXT.reminderFrom, lang, { a: p.agency.name }) : t(TEXT.reminderFromAgency, lang)}
          {p.agency?.contact && !contactInMessage && ` ${t(TEXT.contact, lang, { c: p.agency.contact })}`}
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
            {t(TEXT.apply, lang, { r })}
          </button>
        ))}
        {!f.pinned && (
          <button type="button" data-action="ignore-once" onClick={() => p.onIgnoreOnce(f)}>
            {t(TEXT.ignoreOnce, lang)}
          </button>
        )}
        {canRemember(f) && (
          <button type="button" data-action="ignore-always" onClick={() => p.onIgnoreAlways(f)}>
            {t(TEXT.ignoreAlways, lang)}
          </button>
        )}
      </div>
    </section>
  );
}

/**
 * Tab and Shift+Tab stay inside the open card: past its last control focus wraps to the first, and
 * back, so focus never falls out onto the page behind it (Esc is the way back to the editor).
 */
function cycleFocus(e: KeyboardEvent, card: HTMLElement | null): void {
  const controls = [...(card?.querySelectorAll<HTMLElement>('button:not([disabled])') ?? [])];
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const active = (card?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
  const inside = controls.includes(active as HTMLElement);
  if (e.shiftKey && (active === first || !inside)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (active === last || !inside)) {
    e.preventDefault();
    first.focus();
  }
}
