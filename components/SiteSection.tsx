// This site on/off and the global pause.
import type { Setting } from '../settings/resolve';
import { Section, Switch } from './controls';
import { useI18n } from './i18n';

export interface SiteInfo {
  /** Null when the current tab is not a web page (new tab, settings, the popup opened as a page). */
  host: string | null;
  setting: Setting<boolean> | null;
  /** False for a site that needs its optional host permission and does not have it yet. */
  access: boolean;
  /** Set after a switch changed, so the popup can say the page needs a reload. */
  changed?: boolean;
  denied?: boolean;
}

export function SiteSection(props: {
  site: SiteInfo;
  paused: Setting<boolean>;
  onSite: (on: boolean) => void;
  onGrant: () => void;
  onPause: (paused: boolean) => void;
}) {
  const { t } = useI18n();
  const { site } = props;
  return (
    <Section id="site" title={t('site_heading')} quiet>
      {site.host && site.setting ? (
        <>
          <Switch
            name="site"
            label={t('site_toggle', site.host)}
            checked={site.setting.value}
            locked={site.setting.locked}
            onChange={props.onSite}
          />
          {site.setting.value && !site.access ? (
            <button type="button" onClick={props.onGrant}>
              {t('site_grant')}
            </button>
          ) : null}
          {site.denied ? <p role="status">{t('site_denied')}</p> : null}
          {site.changed && !site.denied ? <p role="status">{t('site_reload')}</p> : null}
        </>
      ) : (
        <p class="desc">{t('site_unavailable')}</p>
      )}
      <Switch
        name="pause"
        label={t('pause')}
        checked={props.paused.value}
        locked={props.paused.locked}
        onChange={props.onPause}
      />
    </Section>
  );
}
