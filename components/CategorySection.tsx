// One switch per category of the Code, each with a one-line explanation and its clause, which links to
// that clause on the "Bộ quy tắc" page (an extension page, so the relative URL stays in the extension).
import { clauseUrl } from '../entrypoints/code/url';
import { CATEGORIES, type Category, type ClauseId } from '../rules/types';
import type { Setting } from '../settings/resolve';
import { Section, Switch } from './controls';
import { catKey, useI18n } from './i18n';

/** The clauses each category rests on (architecture table; Decision 874/QĐ-BTTTT). */
export const CATEGORY_CLAUSES: Record<Category, readonly ClauseId[]> = {
  hate: ['4.5'],
  violence: ['4.5'],
  regional: ['4.5'],
  religious: ['4.5'],
  gender: ['4.5'],
  insult: ['4.6'],
  vulgar: ['4.6'],
  unverified: ['4.4', '4.6'],
  'illegal-ads': ['4.6'],
  privacy: ['4.3', '4.8'],
  confidential: ['5.2'],
};

const NEW_TAB = { vi: ' (mở tab mới)', en: ' (opens a new tab)' };

/** "Điều 4.4, Điều 4.6", each a link to its clause on the page, in the popup's language. */
export function ClauseLinks({ clauses }: { clauses: readonly ClauseId[] }) {
  const { t, lang } = useI18n();
  return (
    <>
      {clauses.map((c, i) => (
        <span key={c}>
          {i > 0 && ', '}
          <a href={clauseUrl(c, lang)} target="_blank" rel="noopener" data-clause={c}>
            {t('clause', c)}
            <span class="visually-hidden">{NEW_TAB[lang]}</span>
          </a>
        </span>
      ))}
    </>
  );
}

export function CategorySection(props: {
  categories: Record<Category, Setting<boolean>>;
  onChange: (category: Category, on: boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <Section id="categories" title={t('categories_heading')}>
      {CATEGORIES.map((c) => (
        <Switch
          key={c}
          name={`cat-${c}`}
          label={t(catKey(c))}
          desc={
            <>
              {t(catKey(c, '_desc'))} (<ClauseLinks clauses={CATEGORY_CLAUSES[c]} />)
            </>
          }
          checked={props.categories[c].value}
          locked={props.categories[c].locked}
          onChange={(on) => props.onChange(c, on)}
        />
      ))}
    </Section>
  );
}
