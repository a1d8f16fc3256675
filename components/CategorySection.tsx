// One switch per category of the Code, each with a one-line explanation and its clause, which links to
// that clause on the "Bộ quy tắc" page (an extension page, so the relative URL stays in the extension).
import { clauseUrl } from '../entrypoints/code/url';
import { categoryInfo } from '../rules/categories';
import { CATEGORIES, type Category, type ClauseId } from '../rules/types';
import type { Setting } from '../settings/resolve';
import { Section, Switch } from './controls';
import { useI18n } from './i18n';

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
            <span class="visually-hidden">{t('new_tab')}</span>
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
  const { t, lang } = useI18n();
  return (
    <Section id="categories" title={t('categories_heading')} fold>
      {CATEGORIES.map((c) => categoryInfo(c)).map((c) => (
        <Switch
          key={c.id}
          name={`cat-${c.id}`}
          label={c.name[lang]}
          desc={
            <>
              {c.description[lang]} (<ClauseLinks clauses={c.clauses} />)
            </>
          }
          checked={props.categories[c.id].value}
          locked={props.categories[c.id].locked}
          onChange={(on) => props.onChange(c.id, on)}
        />
      ))}
    </Section>
  );
}
