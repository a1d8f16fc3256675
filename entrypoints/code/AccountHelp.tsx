// "Khi tài khoản bị mất hoặc bị giả mạo" (Điều 4.3, 6.2): steps to secure an account and where to
// report. Links are ordinary anchors that open in a new tab; the page itself fetches nothing.
import type { Lang } from '../../rules/types';
import { AGENCY_STEPS, type HelpLink, REPORT_GROUPS, SECURE_STEPS } from './account';
import { S, tr } from './strings';
import { ACCOUNT_ANCHOR } from './url';

/** "https://www.facebook.com/hacked" → "facebook.com/hacked": readable on screen and on paper. */
export const displayUrl = (url: string): string => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');

function LinkItem({ link, lang }: { link: HelpLink; lang: Lang }) {
  return (
    <li>
      <strong>{tr(link.name, lang)}</strong>
      {link.url && (
        <>
          {': '}
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            {displayUrl(link.url)}
          </a>
        </>
      )}
      <br />
      {tr(link.note, lang)}
    </li>
  );
}

export function AccountHelp({ lang, target }: { lang: Lang; target: string | null }) {
  return (
    <section
      id={ACCOUNT_ANCHOR}
      class={target === ACCOUNT_ANCHOR ? 'account is-target' : 'account'}
      aria-labelledby="account-title"
      tabIndex={-1}
    >
      <h2 id="account-title">{tr(S.accountTitle, lang)}</h2>
      <p>{tr(S.accountIntro, lang)}</p>
      <h3>{tr(S.secureTitle, lang)}</h3>
      <ol class="steps">
        {SECURE_STEPS.map((step) => (
          <li key={step.en}>{tr(step, lang)}</li>
        ))}
      </ol>
      <h3>{tr(S.agencyTitle, lang)}</h3>
      <ul class="steps">
        {AGENCY_STEPS.map((step) => (
          <li key={step.en}>{tr(step, lang)}</li>
        ))}
      </ul>
      <h3>{tr(S.reportTitle, lang)}</h3>
      <p class="muted">{tr(S.linkNote, lang)}</p>
      {REPORT_GROUPS.map((group) => (
        <div key={group.id} class="report-group" data-group={group.id}>
          <h4>{tr(group.heading, lang)}</h4>
          <ul class="links">
            {group.links.map((link) => (
              <LinkItem key={link.name.en} link={link} lang={lang} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
