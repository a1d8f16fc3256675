// What is stored, where, and that nothing leaves the browser; and the way to the Code itself.
import { CODE_PAGE_PATH } from '../entrypoints/code/url';
import { Section } from './controls';
import { useI18n } from './i18n';

export function PrivacySection({ rulesetUrl }: { rulesetUrl?: string | undefined }) {
  const { t, lang } = useI18n();
  return (
    <Section id="privacy" title={t('privacy_heading')} fold>
      <p>{t('privacy_text')}</p>
      {rulesetUrl ? <p class="desc">{t('privacy_fetch', rulesetUrl)}</p> : null}
      <p data-testid="code-link">
        {/* An extension page: the relative URL stays inside the extension. */}
        <a href={`${CODE_PAGE_PATH}?lang=${lang}`} target="_blank" rel="noopener">
          {t('code_link')}
          <span class="visually-hidden">{t('new_tab')}</span>
        </a>
        <br />
        <span class="desc">{t('code_link_desc')}</span>
      </p>
    </Section>
  );
}
