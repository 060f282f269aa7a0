import { useTranslation } from 'react-i18next';
import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ChartTable } from '../components/chart-table.tsx';
import { useFormat } from '../format.ts';
import { roundedBins } from './bin-edges.ts';
import type { RenderedColumn } from './data-file-types.ts';
import { isIdentifierColumn } from './profile-summary.ts';

const BAR = '#0f4c5c';
/** Top values shown in a bar chart; the hidden table lists the same. */
const MAX_VALUES = 10;
const clip = (s: string, n = 24) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * How the values of one column are spread: a histogram for numbers, the most frequent values for
 * everything else; nothing for a column that identifies rows (an ID's spread says nothing). The
 * chart is decoration for sighted readers; a visually hidden table carries the same figures.
 */
export function ColumnChart({ column }: { column: RenderedColumn }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (isIdentifierColumn(column)) {
    return <p className="muted small">{t('profiler.page.column.identifier')}</p>;
  }
  if (column.histogram && column.histogram.length > 0) {
    const data = roundedBins(column.histogram).map((b) => ({
      label: `${fmt.number(b.from)} – ${fmt.number(b.to)}`,
      from: b.from,
      count: b.count,
    }));
    return (
      <figure className="data-chart">
        <figcaption>{t('profiler.page.column.histogramCaption', { column: column.name })}</figcaption>
        <div aria-hidden="true">
          <ResponsiveContainer width="100%" height={180}>
            <BarChart
              data={data}
              margin={{ top: 8, right: 24, bottom: 4, left: 8 }}
              barCategoryGap={1}
              accessibilityLayer={false}
            >
              <XAxis dataKey="from" tickFormatter={(v: number) => fmt.number(v)} minTickGap={24} />
              <YAxis allowDecimals={false} width="auto" tickFormatter={(v: number) => fmt.number(v)} />
              <Bar dataKey="count" fill={BAR} isAnimationActive={false} minPointSize={0} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <ChartTable
          headers={[t('profiler.page.column.range'), t('profiler.page.column.count')]}
          rows={data.map((d) => [d.label, fmt.number(d.count)])}
        />
      </figure>
    );
  }
  if (column.topValues && column.topValues.length > 0) {
    const data = column.topValues.slice(0, MAX_VALUES).map((v) => ({
      value: v.value === '' ? t('profiler.page.column.emptyValue') : v.value,
      count: v.count,
      countLabel: fmt.number(v.count),
    }));
    return (
      <figure className="data-chart">
        <figcaption>
          {t('profiler.page.column.topValuesCaption', { column: column.name, count: data.length })}
        </figcaption>
        <div aria-hidden="true">
          <ResponsiveContainer width="100%" height={data.length * 28 + 30}>
            <BarChart
              data={data}
              layout="vertical"
              margin={{ top: 4, right: 48, bottom: 4, left: 4 }}
              accessibilityLayer={false}
            >
              <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => fmt.number(v)} />
              <YAxis
                type="category"
                dataKey="value"
                width="auto"
                interval={0}
                tickFormatter={(v: string) => clip(v, 16)}
              />
              <Bar dataKey="count" fill={BAR} isAnimationActive={false} minPointSize={2}>
                <LabelList dataKey="countLabel" position="right" />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
        <ChartTable
          headers={[t('profiler.page.column.value'), t('profiler.page.column.count')]}
          rows={data.map((d) => [d.value, fmt.number(d.count)])}
        />
      </figure>
    );
  }
  return null;
}
