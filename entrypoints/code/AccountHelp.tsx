// "Khi tài khoản bị mất hoặc bị giả mạo" (Điều 4.3, 6.2): steps to secure an account and where to
// report. Links are ordinary anchors that open in a new tab; the page itself fetches nothing.
import { useI18n } from '../../components/i18n';
import { AGENCY_STEPS, type HelpLink, REPORT_GROUPS, SECURE_STEPS } from './account';
import { ACCOUNT_ANCHOR } from './url';

/** "https://www.facebook.com/hacked" → "facebook.com/hacked": readable on screen and on paper. */
export const displayUrl = (url: string): string => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');

function LinkItem({ link }: { link: HelpLink }) {
  const { lang } = useI18n();
  return (
    <li>
      <strong>{link.name[lang]}</strong>
      {link.url && (
        <>
          {': '}
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            {displayUrl(link.url)}
          </a>
        </>
      )}
      <br />
      {link.note[lang]}
    </li>
  );
}

export function AccountHelp({ target }: { target: string | null }) {
  const { t, lang } = useI18n();
  return (
    <section
      id={ACCOUNT_ANCHOR}
      class={target === ACCOUNT_ANCHOR ? 'account is-target' : 'account'}
      aria-labelledby="account-title"
      tabIndex={-1}
    >
      <h2 id="account-title">{t('code_account_title')}</h2>
      <p>{t('code_account_intro')}</p>
      <h3>{t('code_secure_title')}</h3>
      <ol class="steps">
        {SECURE_STEPS.map((step) => (
          <li key={step.en}>{step[lang]}</li>
        ))}
      </ol>
      <h3>{t('code_agency_title')}</h3>
      <ul class="steps">
        {AGENCY_STEPS.map((step) => (
          <li key={step.en}>{step[lang]}</li>
        ))}
      </ul>
      <h3>{t('code_report_title')}</h3>
      <p class="muted">{t('code_link_note')}</p>
      {REPORT_GROUPS.map((group) => (
        <div key={group.id} class="report-group" data-group={group.id}>
          <h4>{group.heading[lang]}</h4>
          <ul class="links">
            {group.links.map((link) => (
              <LinkItem key={link.name.en} link={link} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
