// One section per article (Điều 3–6), one block per point: the rule, a plain-words note, and an
// example to follow and one to avoid. Every block has the anchor id that clauseUrl() links to.

import { useI18n } from '../../components/i18n';
import { CATEGORY_TABLE } from '../../rules/categories';
import {
  ARTICLE_TITLES,
  ARTICLES,
  type Article,
  CLAUSES,
  type Clause,
  clauseLabel,
} from '../../rules/clauses';
import type { ClauseId } from '../../rules/types';
import { EXAMPLES } from './examples';
import { ACCOUNT_ANCHOR, clauseAnchor } from './url';

/** Clauses whose practical side is the account section (lost or impersonated accounts). */
const ACCOUNT_CLAUSES = new Set(['4.3', '6.2']);

export const articleAnchor = (article: Article): string => `article-${article}`;

export const clausesOf = (article: Article): readonly Clause[] =>
  CLAUSES.filter((c) => c.article === article);

/** The categories of hints that rest on a clause (rules/categories.ts), in the table's order. */
export const categoriesOf = (id: ClauseId) =>
  CATEGORY_TABLE.filter((c) => (c.clauses as readonly string[]).includes(id));

interface ClauseProps {
  clause: Clause;
  target: string | null;
}

function ClauseBlock({ clause, target }: ClauseProps) {
  const { t, lang } = useI18n();
  const hints = categoriesOf(clause.id);
  const anchor = clauseAnchor(clause.id) ?? clause.id;
  const ex = EXAMPLES[clause.id];
  const isTarget = target === anchor;
  return (
    <section
      id={anchor}
      class={isTarget ? 'clause is-target' : 'clause'}
      data-clause={clause.id}
      aria-labelledby={`${anchor}-title`}
      // Focusable by script only, so arriving from a hint card moves keyboard and reader focus here.
      tabIndex={-1}
    >
      <h3 id={`${anchor}-title`}>
        <span class="label">{clauseLabel(clause.id, lang)}.</span> {clause.title[lang]}
      </h3>
      <p class="rule">
        <span class="tag">{t('code_rule')}:</span> {clause.text[lang]}
      </p>
      {ex && (
        <>
          <p class="plain">
            <span class="tag">{t('code_plain')}:</span> {ex.plain[lang]}
          </p>
          <dl class="examples">
            <div class="example good">
              <dt>
                <span aria-hidden="true">✓ </span>
                {t('code_good')}
              </dt>
              <dd>{ex.good[lang]}</dd>
            </div>
            <div class="example bad">
              <dt>
                <span aria-hidden="true">✗ </span>
                {t('code_bad')}
              </dt>
              <dd>{ex.bad[lang]}</dd>
            </div>
          </dl>
        </>
      )}
      {hints.length > 0 && (
        <p class="hints" data-categories={hints.map((c) => c.id).join(' ')}>
          {t('code_hints', hints.map((c) => c.name[lang]).join(', '))}
        </p>
      )}
      {ACCOUNT_CLAUSES.has(clause.id) && (
        <p class="see">
          <a href={`#${ACCOUNT_ANCHOR}`}>{t('code_see_account')}</a>
        </p>
      )}
    </section>
  );
}

export function ArticleSection({ article, target }: { article: Article; target: string | null }) {
  const { t, lang } = useI18n();
  const id = articleAnchor(article);
  return (
    <section id={id} class="article" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t('code_article')} {article}. {ARTICLE_TITLES[article][lang]}
      </h2>
      {clausesOf(article).map((clause) => (
        <ClauseBlock key={clause.id} clause={clause} target={target} />
      ))}
    </section>
  );
}

/** Table of contents: articles, their points, then the account section. */
export function Contents() {
  const { t, lang } = useI18n();
  return (
    <nav class="toc" aria-labelledby="toc-title">
      <h2 id="toc-title">{t('code_contents')}</h2>
      <ol>
        {ARTICLES.map((article) => (
          <li key={article}>
            <a href={`#${articleAnchor(article)}`}>
              {t('code_article')} {article}. {ARTICLE_TITLES[article][lang]}
            </a>
            <ol>
              {clausesOf(article).map((c) => (
                <li key={c.id}>
                  <a href={`#${clauseAnchor(c.id)}`}>
                    {c.id} {c.title[lang]}
                  </a>
                </li>
              ))}
            </ol>
          </li>
        ))}
        <li>
          <a href={`#${ACCOUNT_ANCHOR}`}>{t('code_account_title')}</a>
        </li>
      </ol>
    </nav>
  );
}
