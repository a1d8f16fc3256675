// One switch per category of the Code, each with a one-line explanation and its clause.
import { CATEGORIES, type Category } from '../rules/types';
import type { Setting } from '../settings/resolve';
import { Section, Switch } from './controls';
import { catKey, useI18n } from './i18n';

/** The clause each category rests on (architecture table; Decision 874/QĐ-BTTTT). */
export const CATEGORY_CLAUSES: Record<Category, string> = {
  hate: '4.5',
  violence: '4.5',
  regional: '4.5',
  religious: '4.5',
  gender: '4.5',
  insult: '4.6',
  vulgar: '4.6',
  unverified: '4.4, 4.6',
  'illegal-ads': '4.6',
  privacy: '4.3, 4.8',
  confidential: '5.2',
};

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
          desc={`${t(catKey(c, '_desc'))} (${t('clause', CATEGORY_CLAUSES[c])})`}
          checked={props.categories[c].value}
          locked={props.categories[c].locked}
          onChange={(on) => props.onChange(c, on)}
        />
      ))}
    </Section>
  );
}
