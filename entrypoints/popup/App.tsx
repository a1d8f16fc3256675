// The popup: every section reads the resolved view, so what shows as locked is what applies.
import { useMemo, useState } from 'preact/hooks';
import { AgencyBanner } from '../../components/AgencyBanner';
import { AllowListSection } from '../../components/AllowListSection';
import { CategorySection } from '../../components/CategorySection';
import { I18n, makeT } from '../../components/i18n';
import { PrivacySection } from '../../components/PrivacySection';
import { ProfileSection } from '../../components/ProfileSection';
import { RulesetSection } from '../../components/RulesetSection';
import { SensitivitySection } from '../../components/SensitivitySection';
import { type SiteInfo, SiteSection } from '../../components/SiteSection';
import { StatsSection, TodayLine } from '../../components/StatsSection';
import {
  activeHost,
  removeAllowWord,
  setCategory,
  setPref,
  setUserRuleset,
  switchSite,
} from '../../settings/actions';
import type { UiLang } from '../../settings/types';
import { usePopupModel } from './model';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function App({ host }: { host?: Promise<string | null> }) {
  const hostPromise = useMemo(() => host ?? activeHost(), [host]);
  const [siteFlags, setSiteFlags] = useState<Partial<SiteInfo>>({});
  const model = usePopupModel(hostPromise, siteFlags);
  const lang = model?.lang ?? 'vi';
  const i18n = useMemo(() => ({ t: makeT(lang), lang }), [lang]);
  if (!model)
    return (
      <main aria-busy="true">
        <h1>Ứng Xử</h1>
      </main>
    );
  const { view } = model.resolved;
  const { t } = i18n;

  const onSite = (on: boolean) => {
    const h = model.site.host;
    if (!h) return;
    // switchSite asks for the permission first thing, inside this user gesture.
    void switchSite(h, on).then((ok) => setSiteFlags({ changed: true, denied: !ok }));
  };

  return (
    <I18n.Provider value={i18n}>
      <main lang={lang}>
        <header>
          <h1>{t('extName')}</h1>
          <label>
            <span class="visually-hidden">{t('lang_label')}</span>
            <select
              value={view.uiLang.value}
              onChange={(e) => void setPref('uiLang', (e.currentTarget as HTMLSelectElement).value as UiLang)}
            >
              <option value="auto">{t('lang_auto')}</option>
              <option value="vi">Tiếng Việt</option>
              <option value="en">English</option>
            </select>
          </label>
        </header>
        <AgencyBanner view={view} />
        <SiteSection
          site={model.site}
          paused={view.paused}
          onSite={onSite}
          onGrant={() => onSite(true)}
          onPause={(p) => void setPref('paused', p)}
        />
        <ProfileSection profile={view.profile} onChange={(p) => void setPref('profile', p)} />
        <TodayLine summary={model.stats} />
        <CategorySection categories={view.categories} onChange={(c, on) => void setCategory(c, on)} />
        <SensitivitySection
          sensitivity={view.sensitivity}
          nudgeLevel={view.nudgeLevel}
          onSensitivity={(s) => void setPref('sensitivity', s)}
          onNudge={(n) => void setPref('nudgeLevel', n)}
        />
        <AllowListSection
          words={view.allowList}
          pinned={!!view.agencyRuleset}
          onRemove={(w) => void removeAllowWord(w)}
        />
        <RulesetSection
          current={view.userRuleset}
          allowed={view.allowUserRulesets}
          onImport={(r) => setUserRuleset(r)}
          onExport={() => {
            const r = model.snap.user.userRuleset;
            if (r) download('ungxu-ruleset.json', `${JSON.stringify(r, null, 2)}\n`);
          }}
          onRemove={() => void setUserRuleset(null)}
        />
        <StatsSection summary={model.stats} />
        <PrivacySection rulesetUrl={model.snap.policy.policy.rulesetUrl} />
      </main>
    </I18n.Provider>
  );
}
