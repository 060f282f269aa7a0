import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { RenderedAssessment } from '../api.ts';

export const RISK_COLOURS = {
  low: '#2d7a46',
  medium: '#b7791f',
  high: '#c2410c',
  critical: '#a4161a',
} as const;

/** The five factors at a glance: risk score 0–100 per factor, coloured by level. */
export function FactorChart({ factors }: { factors: RenderedAssessment['factors'] }) {
  const { t } = useTranslation();
  const data = factors.map((f) => ({
    name: t(`web.factor.${f.id}`),
    score: f.score,
    risk: f.risk,
    label: `${f.score} · ${t(`web.risk.${f.risk}`)}`,
  }));
  return (
    <figure className="factor-chart">
      <figcaption className="visually-hidden">{t('web.results.chartCaption')}</figcaption>
      <ResponsiveContainer width="100%" height={230}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 90, top: 4, bottom: 4 }}>
          <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} />
          <YAxis type="category" dataKey="name" width={130} />
          <Bar dataKey="score" isAnimationActive={false} radius={[0, 4, 4, 0]} minPointSize={4}>
            {data.map((d) => (
              <Cell key={d.name} fill={RISK_COLOURS[d.risk]} />
            ))}
            <LabelList dataKey="label" position="right" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <table className="visually-hidden">
        <tbody>
          {data.map((d) => (
            <tr key={d.name}>
              <th>{d.name}</th>
              <td>{d.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
