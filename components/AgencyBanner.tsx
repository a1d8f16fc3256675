// Who manages this browser, the ruleset they pin, and any problem with their policy.
import type { SettingsView } from '../settings/resolve';
import { useI18n } from './i18n';

export function AgencyBanner({ view }: { view: SettingsView }) {
  const { t, lang } = useI18n();
  if (!view.policyPresent && view.policyErrors.length === 0) return null;
  return (
    <section class="agency" aria-label={t('locked')} data-testid="agency-banner">
      <p class="agency-name">
        {view.agency ? t('agency_managed', view.agency.name) : t('agency_managed_unnamed')}
      </p>
      {view.agency?.contact ? <p>{t('agency_contact', view.agency.contact)}</p> : null}
      {view.agencyRuleset ? (
        <div data-testid="agency-ruleset">
          <p>{t('agency_ruleset', view.agencyRuleset.name, view.agencyRuleset.rules)}</p>
          {view.agencyRuleset.fromUrl ? <p class="desc">{t('agency_ruleset_url')}</p> : null}
          {view.agencyRuleset.messages.length > 0 ? (
            <details>
              <summary>{t('agency_rules_what')}</summary>
              <ul class="rule-messages">
                {view.agencyRuleset.messages.map((m) => (
                  <li key={m.vi}>{m[lang]}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ) : null}
      {view.policyErrors.length > 0 ? (
        <div role="alert" class="errors" data-testid="policy-errors">
          <p>
            <strong>{t('policy_errors')}</strong>
          </p>
          <ul>
            {view.policyErrors.map((e) => (
              <li key={`${e.path}:${e.message.en}`}>
                <code>{e.path}</code>: {e.message[lang]}
              </li>
            ))}
          </ul>
          <p class="desc">{t('policy_errors_kept')}</p>
        </div>
      ) : null}
    </section>
  );
}
