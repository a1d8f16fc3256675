// Loads everything the popup shows and follows it live (policy arriving seconds after start, the
// content script adding an allow-list word, another window changing a switch).
import { useEffect, useState } from 'preact/hooks';
import type { SiteInfo } from '../../components/SiteSection';
import type { Lang } from '../../rules/types';
import { hasSiteAccess } from '../../settings/actions';
import { statsItem } from '../../settings/items';
import { type ResolvedSettings, resolveSettings, siteSetting } from '../../settings/resolve';
import { type StatsSummary, summarize } from '../../settings/stats';
import { effectiveLang, loadSnapshot, type Snapshot, watchSnapshot } from '../../settings/store';

export interface PopupModel {
  snap: Snapshot;
  resolved: ResolvedSettings;
  stats: StatsSummary;
  site: SiteInfo;
  lang: Lang;
}

export function usePopupModel(host: Promise<string | null>, siteFlags: Partial<SiteInfo>): PopupModel | null {
  const [state, setState] = useState<
    (Omit<PopupModel, 'site' | 'resolved' | 'lang'> & { host: string | null; access: boolean }) | null
  >(null);
  useEffect(() => {
    let alive = true;
    let seq = 0;
    const load = async () => {
      const mine = ++seq;
      const [snap, stats, h] = await Promise.all([loadSnapshot(), statsItem.getValue(), host]);
      const access = h ? await hasSiteAccess(h) : false;
      if (alive && mine === seq) setState({ snap, stats: summarize(stats, new Date()), host: h, access });
    };
    const off = watchSnapshot(() => void load());
    const offStats = statsItem.watch(() => void load());
    void load();
    return () => {
      alive = false;
      off();
      offStats();
    };
  }, [host]);
  if (!state) return null;
  const resolved = resolveSettings(state.snap.policy, state.snap.user);
  const site: SiteInfo = {
    host: state.host,
    setting: state.host ? siteSetting(state.snap.policy, state.snap.user.prefs, state.host) : null,
    access: state.access,
    ...siteFlags,
  };
  return {
    snap: state.snap,
    resolved,
    stats: state.stats,
    site,
    lang: effectiveLang(resolved.view.uiLang.value),
  };
}
