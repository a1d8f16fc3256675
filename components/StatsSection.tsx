// Counts of hints per category and nudge outcomes over 30 days, with a small bar chart.
import { categoryInfo } from '../rules/categories';
import { CATEGORIES } from '../rules/types';
import type { StatsSummary } from '../settings/stats';
import { NUDGE_OUTCOMES } from '../settings/types';
import { Section } from './controls';
import { type MessageKey, useI18n } from './i18n';

const W = 300;
const H = 60;

export function StatsSection({ summary }: { summary: StatsSummary }) {
  const { t, lang } = useI18n();
  const max = Math.max(1, ...summary.perDay.map((d) => d.hints));
  const bar = W / summary.perDay.length;
  const cats = CATEGORIES.filter((c) => (summary.byCategory[c] ?? 0) > 0);
  const outcomes = NUDGE_OUTCOMES.filter((o) => (summary.nudges[o] ?? 0) > 0);
  return (
    <Section id="stats" title={t('stats_heading')}>
      <p data-testid="stats-total">{t('stats_total', summary.total)}</p>
      {/* Điều 4.7 (positive sharing): posts and messages that needed no hint. */}
      <p data-testid="stats-clean-sends">{t('stats_clean_sends', summary.cleanSends)}</p>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('stats_chart')} class="chart">
        {summary.perDay.map((d, i) => {
          const h = (d.hints / max) * (H - 2);
          return (
            <rect key={d.day} x={i * bar + 1} y={H - h} width={bar - 2} height={h}>
              <title>{t('stats_day', d.day, d.hints)}</title>
            </rect>
          );
        })}
      </svg>
      {cats.length > 0 ? (
        <table>
          <tbody>
            {cats.map((c) => (
              <tr key={c}>
                <th scope="row">{categoryInfo(c).name[lang]}</th>
                <td>{summary.byCategory[c]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {outcomes.length > 0 ? (
        <table>
          <caption>{t('nudge_heading')}</caption>
          <tbody>
            {outcomes.map((o) => (
              <tr key={o}>
                <th scope="row">{t(`outcome_${o}` as MessageKey)}</th>
                <td>{summary.nudges[o]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p class="desc">{t('stats_note')}</p>
    </Section>
  );
}
