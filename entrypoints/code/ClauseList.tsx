// One section per article (Điều 3–6), one block per point: the rule, a plain-words note, and an
// example to follow and one to avoid. Every block has the anchor id that clauseUrl() links to.
import {
  ARTICLE_TITLES,
  ARTICLES,
  type Article,
  CLAUSES,
  type Clause,
  clauseLabel,
} from '../../rules/clauses';
import type { Lang } from '../../rules/types';
import { EXAMPLES } from './examples';
import { S, tr } from './strings';
import { ACCOUNT_ANCHOR, clauseAnchor } from './url';

/** Clauses whose practical side is the account section (lost or impersonated accounts). */
const ACCOUNT_CLAUSES = new Set(['4.3', '6.2']);

export const articleAnchor = (article: Article): string => `article-${article}`;

export const clausesOf = (article: Article): readonly Clause[] =>
  CLAUSES.filter((c) => c.article === article);

interface ClauseProps {
  clause: Clause;
  lang: Lang;
  target: string | null;
}

function ClauseBlock({ clause, lang, target }: ClauseProps) {
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
        <span class="label">{clauseLabel(clause.id, lang)}.</span> {tr(clause.title, lang)}
      </h3>
      <p class="rule">
        <span class="tag">{tr(S.rule, lang)}:</span> {tr(clause.text, lang)}
      </p>
      {ex && (
        <>
          <p class="plain">
            <span class="tag">{tr(S.plain, lang)}:</span> {tr(ex.plain, lang)}
          </p>
          <dl class="examples">
            <div class="example good">
              <dt>
                <span aria-hidden="true">✓ </span>
                {tr(S.good, lang)}
              </dt>
              <dd>{tr(ex.good, lang)}</dd>
            </div>
            <div class="example bad">
              <dt>
                <span aria-hidden="true">✗ </span>
                {tr(S.bad, lang)}
              </dt>
              <dd>{tr(ex.bad, lang)}</dd>
            </div>
          </dl>
        </>
      )}
      {ACCOUNT_CLAUSES.has(clause.id) && (
        <p class="see">
          <a href={`#${ACCOUNT_ANCHOR}`}>{tr(S.seeAccount, lang)}</a>
        </p>
      )}
    </section>
  );
}

export function ArticleSection({
  article,
  lang,
  target,
}: {
  article: Article;
  lang: Lang;
  target: string | null;
}) {
  const id = articleAnchor(article);
  return (
    <section id={id} class="article" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {tr(S.article, lang)} {article}. {tr(ARTICLE_TITLES[article], lang)}
      </h2>
      {clausesOf(article).map((clause) => (
        <ClauseBlock key={clause.id} clause={clause} lang={lang} target={target} />
      ))}
    </section>
  );
}

/** Table of contents: articles, their points, then the account section. */
export function Contents({ lang }: { lang: Lang }) {
  return (
    <nav class="toc" aria-labelledby="toc-title">
      <h2 id="toc-title">{tr(S.contents, lang)}</h2>
      <ol>
        {ARTICLES.map((article) => (
          <li key={article}>
            <a href={`#${articleAnchor(article)}`}>
              {tr(S.article, lang)} {article}. {tr(ARTICLE_TITLES[article], lang)}
            </a>
            <ol>
              {clausesOf(article).map((c) => (
                <li key={c.id}>
                  <a href={`#${clauseAnchor(c.id)}`}>
                    {c.id} {tr(c.title, lang)}
                  </a>
                </li>
              ))}
            </ol>
          </li>
        ))}
        <li>
          <a href={`#${ACCOUNT_ANCHOR}`}>{tr(S.accountTitle, lang)}</a>
        </li>
      </ol>
    </nav>
  );
}
