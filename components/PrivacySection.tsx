// What is stored, where, and that nothing leaves the browser.
import { Section } from './controls';
import { useI18n } from './i18n';

export function PrivacySection({ rulesetUrl }: { rulesetUrl?: string | undefined }) {
  const { t } = useI18n();
  return (
    <Section id="privacy" title={t('privacy_heading')}>
      <p>{t('privacy_text')}</p>
      {rulesetUrl ? <p class="desc">{t('privacy_fetch', rulesetUrl)}</p> : null}
    </Section>
  );
}
