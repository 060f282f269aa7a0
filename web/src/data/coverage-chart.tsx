import { useTranslation } from 'react-i18next';
import { Bar, Cell, ComposedChart, Line, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { TimeSeriesProfile } from '../../../src/core/data-profile/data-profile-types.ts';
import { parseProfileTime } from './profile-summary.ts';
import { useProfileFormat } from './use-profile-format.ts';

const FULL = '#0f4c5c';
const THIN = '#b7791f';
const EXPECTED = '#1c2430';

/**
 * Readings per period against the readings a steady interval would give: empty periods are the
 * gaps. A visually hidden table carries the same numbers.
 */
export function CoverageChart({ series, name }: { series: TimeSeriesProfile; name: string }) {
  const { t } = useTranslation();
  const fmt = useProfileFormat();
  const buckets = series.coverageBuckets ?? [];
  if (buckets.length < 2) return null;
  const first = parseProfileTime(series.first)?.getTime() ?? 0;
  const last = parseProfileTime(series.last)?.getTime() ?? 0;
  const isLongSpan = last - first > 366 * 86_400_000;
  const data = buckets.map((b) => ({
    start: b.start,
    readings: b.readings,
    expected: Math.round(b.expected * 10) / 10,
  }));
  return (
    <figure className="data-chart">
      <figcaption>{t('profiler.page.series.chartCaption', { series: name })}</figcaption>
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={200}>
          <ComposedChart
            data={data}
            margin={{ top: 8, right: 24, bottom: 4, left: 8 }}
            barCategoryGap={1}
            accessibilityLayer={false}
          >
            <XAxis
              dataKey="start"
              tickFormatter={(v: string) => fmt.axisDate(v, isLongSpan)}
              minTickGap={28}
            />
            <YAxis allowDecimals={false} width="auto" tickFormatter={(v: number) => fmt.number(v)} />
            <Bar dataKey="readings" isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.start} fill={d.readings >= d.expected * 0.5 ? FULL : THIN} />
              ))}
            </Bar>
            <Line
              dataKey="expected"
              type="stepAfter"
              stroke={EXPECTED}
              strokeDasharray="4 3"
              dot={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
        <p className="data-legend">
          <span className="legend-bar" /> {t('profiler.page.series.legendReadings')}{' '}
          <span className="legend-line" /> {t('profiler.page.series.legendExpected')}
        </p>
      </div>
      <table className="visually-hidden">
        <thead>
          <tr>
            <th scope="col">{t('profiler.page.series.periodFrom')}</th>
            <th scope="col">{t('profiler.page.series.readings')}</th>
            <th scope="col">{t('profiler.page.series.expected')}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.start}>
              <td>{fmt.profileDate(d.start)}</td>
              <td>{fmt.number(d.readings)}</td>
              <td>{fmt.number(d.expected)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
