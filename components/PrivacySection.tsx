// What is stored, where, and that nothing leaves the browser; and the way to the Code itself.
import { CODE_PAGE_PATH } from '../entrypoints/code/url';
import { Section } from './controls';
import { useI18n } from './i18n';

const CODE_LINK = {
  vi: { text: 'Bộ quy tắc ứng xử trên mạng xã hội', hint: ' (mở tab mới)' },
  en: { text: 'Code of Conduct on Social Networks', hint: ' (opens a new tab)' },
};
const CODE_DESC = {
  vi: 'Từng điều khoản, giải thích dễ hiểu, kèm ví dụ nên và không nên; cách xử lý khi mất tài khoản.',
  en: 'Every clause in plain words, with a good and a bad example; what to do when an account is lost.',
};

export function PrivacySection({ rulesetUrl }: { rulesetUrl?: string | undefined }) {
  const { t, lang } = useI18n();
  return (
    <Section id="privacy" title={t('privacy_heading')}>
      <p>{t('privacy_text')}</p>
      {rulesetUrl ? <p class="desc">{t('privacy_fetch', rulesetUrl)}</p> : null}
      <p data-testid="code-link">
        {/* An extension page: the relative URL stays inside the extension. */}
        <a href={`${CODE_PAGE_PATH}?lang=${lang}`} target="_blank" rel="noopener">
          {CODE_LINK[lang].text}
          <span class="visually-hidden">{CODE_LINK[lang].hint}</span>
        </a>
        <br />
        <span class="desc">{CODE_DESC[lang]}</span>
      </p>
    </Section>
  );
}
