// The personal "always ignore" list: see and remove.
import { Section } from './controls';
import { useI18n } from './i18n';

export function AllowListSection(props: {
  words: string[];
  pinned: boolean;
  onRemove: (word: string) => void;
}) {
  const { t } = useI18n();
  return (
    <Section id="allow-list" title={t('allow_heading')} fold>
      {props.words.length === 0 ? (
        <p class="desc">{t('allow_empty')}</p>
      ) : (
        <ul class="chips">
          {props.words.map((w) => (
            <li key={w}>
              <span lang="vi">{w}</span>
              <button type="button" aria-label={t('allow_remove', w)} onClick={() => props.onRemove(w)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.pinned && props.words.length > 0 ? <p class="desc">{t('allow_pinned_note')}</p> : null}
    </Section>
  );
}
