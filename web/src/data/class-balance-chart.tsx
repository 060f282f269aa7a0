import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { DataProfile } from '../../../src/core/data-profile/data-profile-types.ts';
import { ChartTable } from '../components/chart-table.tsx';
import { useFormat } from '../format.ts';

const COMMON = '#0f4c5c';
const RARE = '#c2410c';

/** The classes of a label column with their share; the rarest class is highlighted. */
export function ClassBalanceChart({ labels }: { labels: NonNullable<DataProfile['labels']> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const total = labels.classes.reduce((sum, c) => sum + c.count, 0) || 1;
  const data = labels.classes.slice(0, 12).map((c) => ({
    value: c.value,
    count: c.count,
    share: c.count / total,
    label: `${fmt.number(c.count)} (${fmt.percent(c.count / total)})`,
  }));
  const rarest = Math.min(...data.map((d) => d.count));
  return (
    <figure className="data-chart">
      <figcaption>{t('profiler.page.labels.chartCaption', { column: labels.column })}</figcaption>
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={data.length * 30 + 30}>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 4, right: 110, bottom: 4, left: 4 }}
            accessibilityLayer={false}
          >
            <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => fmt.number(v)} />
            <YAxis type="category" dataKey="value" width="auto" interval={0} />
            <Bar dataKey="count" isAnimationActive={false} minPointSize={3}>
              {data.map((d) => (
                <Cell key={d.value} fill={d.count === rarest && data.length > 1 ? RARE : COMMON} />
              ))}
              <LabelList dataKey="label" position="right" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartTable
        headers={[t('profiler.page.labels.class'), t('profiler.page.column.count')]}
        rows={data.map((d) => [d.value, d.label])}
      />
    </figure>
  );
}
