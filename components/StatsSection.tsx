// Counts of hints per category and nudge outcomes over 30 days, with a small bar chart; and today's count
// for the popup's first view.
import { categoryInfo } from '../rules/categories';
import { CATEGORIES } from '../rules/types';
import type { StatsSummary } from '../settings/stats';
import { NUDGE_OUTCOMES } from '../settings/types';
import { Section } from './controls';
import { type MessageKey, useI18n } from './i18n';

/** The first view's line: hints shown today (the last day of the summary). */
export function TodayLine({ summary }: { summary: StatsSummary }) {
  const { t } = useI18n();
  return (
    <p class="today" data-testid="stats-today">
      {t('stats_today', summary.perDay.at(-1)?.hints ?? 0)}
    </p>
  );
}

const W = 300;
/** Bars from TOP to BASE; the axis under them, the day labels under it. */
const TOP = 14;
const BASE = 62;
const H = 78;

/** Thirty days of hints as bars on a labelled axis: the highest count at the top, the first and last day below. */
function Chart({ perDay }: { perDay: StatsSummary['perDay'] }) {
  const { t } = useI18n();
  const max = Math.max(1, ...perDay.map((d) => d.hints));
  const bar = W / perDay.length;
  const dayLabel = (day: string | undefined) => (day ?? '').slice(5).split('-').reverse().join('/');
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('stats_chart')} class="chart">
      <text x="0" y="10" class="axis-label">
        {max}
      </text>
      {perDay.map((d, i) => {
        const h = (d.hints / max) * (BASE - TOP);
        return (
          <rect key={d.day} x={i * bar + 1} y={BASE - h} width={bar - 2} height={h}>
            <title>{t('stats_day', d.day, d.hints)}</title>
          </rect>
        );
      })}
      <line x1="0" x2={W} y1={BASE + 0.5} y2={BASE + 0.5} class="axis" />
      <text x="0" y={H - 2} class="axis-label">
        {dayLabel(perDay[0]?.day)}
      </text>
      <text x={W} y={H - 2} class="axis-label" text-anchor="end">
        {dayLabel(perDay.at(-1)?.day)}
      </text>
    </svg>
  );
}

export function StatsSection({ summary }: { summary: StatsSummary }) {
  const { t, lang } = useI18n();
  const cats = CATEGORIES.filter((c) => (summary.byCategory[c] ?? 0) > 0);
  const outcomes = NUDGE_OUTCOMES.filter((o) => (summary.nudges[o] ?? 0) > 0);
  return (
    <Section id="stats" title={t('stats_heading')} fold>
      <p data-testid="stats-total">{t('stats_total', summary.total)}</p>
      {/* Điều 4.7 (positive sharing): posts and messages that needed no hint. */}
      <p data-testid="stats-clean-sends">{t('stats_clean_sends', summary.cleanSends)}</p>
      {/* No hint in 30 days: no empty chart, the total above says so. */}
      {summary.total > 0 ? <Chart perDay={summary.perDay} /> : null}
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
