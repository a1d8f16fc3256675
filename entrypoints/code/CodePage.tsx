// The "Bộ quy tắc" page: every point of Điều 3–6 with plain words and examples, and what to do when
// an account is lost or impersonated. Static and offline. It follows the location hash: the clause a
// hint card links to (clauseUrl) is scrolled to, focused and highlighted, on load and on hashchange.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { I18n, makeT } from '../../components/i18n';
import { ARTICLES } from '../../rules/clauses';
import type { Lang } from '../../rules/types';
import { AccountHelp } from './AccountHelp';
import { ArticleSection, Contents } from './ClauseList';
import { browserLang, langFromQuery, prefsLang } from './lang';
import { targetFromHash } from './url';

export interface CodePageProps {
  /** Skips detection (tests, or a caller that knows the language). */
  initialLang?: Lang;
  /** The window whose location and events the page follows (a parameter so tests stay small). */
  win?: Window;
}

const LANG_NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };

export function CodePage({ initialLang, win = window }: CodePageProps) {
  const fromQuery = langFromQuery(win.location.search);
  const [lang, setLang] = useState<Lang>(() => initialLang ?? fromQuery ?? browserLang(win.navigator));
  const [target, setTarget] = useState<string | null>(() => targetFromHash(win.location.hash));
  // Once the reader picks a language, a late answer from storage must not override it.
  const chosen = useRef(initialLang !== undefined || fromQuery !== null);

  useEffect(() => {
    if (chosen.current) return;
    void prefsLang().then((saved) => {
      if (saved && !chosen.current) setLang(saved);
    });
  }, []);

  useEffect(() => {
    const onHash = () => setTarget(targetFromHash(win.location.hash));
    win.addEventListener('hashchange', onHash);
    return () => win.removeEventListener('hashchange', onHash);
  }, [win]);

  // The first jump is instant (the reader arrives at the clause); later ones glide unless motion is reduced.
  const arrived = useRef(false);
  useEffect(() => {
    if (!target) return;
    // Rendered by script, so the browser's own jump to the anchor ran before the element existed.
    const el = win.document.getElementById(target);
    if (!el) return;
    const still = !arrived.current || (win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true);
    arrived.current = true;
    el.scrollIntoView?.({ block: 'start', behavior: still ? 'instant' : 'smooth' });
    el.focus({ preventScroll: true });
  }, [target, win]);

  const i18n = useMemo(() => ({ t: makeT(lang), lang }), [lang]);
  const { t } = i18n;
  useEffect(() => {
    win.document.documentElement.lang = lang;
    win.document.title = `${t('code_page_title')} — Ứng Xử`;
  }, [lang, win, t]);

  const pick = (next: Lang) => {
    chosen.current = true;
    setLang(next);
  };

  return (
    <I18n.Provider value={i18n}>
      <div class="page" lang={lang}>
        <a class="skip" href="#main">
          {t('code_skip')}
        </a>
        <header>
          <fieldset class="lang-switch">
            <legend class="visually-hidden">{t('code_lang_switch')}</legend>
            {(['vi', 'en'] as const).map((l) => (
              <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => pick(l)}>
                {LANG_NAMES[l]}
              </button>
            ))}
          </fieldset>
          <h1>{t('code_page_title')}</h1>
          <p>{t('code_intro')}</p>
          <p class="muted">{t('code_offline')}</p>
          <Contents />
        </header>
        <main id="main" tabIndex={-1}>
          {ARTICLES.map((article) => (
            <ArticleSection key={article} article={article} target={target} />
          ))}
          <AccountHelp target={target} />
        </main>
        <footer>
          <p class="muted">{t('code_footer')}</p>
        </footer>
      </div>
    </I18n.Provider>
  );
}
