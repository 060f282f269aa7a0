import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Cell, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { NpvHistogram } from '../../../src/core/business-case/npv-histogram.ts';
import { useFormat } from '../format.ts';

const LOSS = '#c2410c';
const GAIN = '#2d7a46';

/** Round axis values (steps of 1, 2 or 5 × 10^k) within [min, max], always including 0 when inside. */
export function niceTicks(min: number, max: number): number[] {
  if (!(max > min)) return [min];
  const rough = (max - min) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max; v += step)
    ticks.push(Math.abs(v) < step / 1e6 ? 0 : v);
  return ticks;
}

/**
 * How the simulated net present values spread, with the break-even line at €0: bars left of it
 * lose money, bars right of it earn it back. A visually hidden table carries the same numbers.
 */
export function NpvHistogramChart({ histogram, years }: { histogram: NpvHistogram; years: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const data = histogram.bins.map((b) => ({
    mid: (b.fromEur + b.toEur) / 2,
    share: b.share,
    fromEur: b.fromEur,
    toEur: b.toEur,
  }));
  return (
    <figure className="bc-chart" aria-labelledby="bc-histogram-caption">
      <figcaption id="bc-histogram-caption">{t('businessCase.page.histogram.caption', { years })}</figcaption>
      <div aria-hidden="true" className="bc-chart-visual">
        <ResponsiveContainer width="100%" height={240}>
          <BarChart
            data={data}
            margin={{ top: 22, right: 28, bottom: 4, left: 16 }}
            barCategoryGap={1}
            accessibilityLayer={false}
          >
            <XAxis
              type="number"
              dataKey="mid"
              domain={[histogram.minEur, histogram.maxEur]}
              ticks={niceTicks(histogram.minEur, histogram.maxEur)}
              tickFormatter={(v: number) => fmt.eurCompact(v)}
            />
            <YAxis tickFormatter={(v: number) => fmt.percent(v)} width={48} />
            <Bar dataKey="share" isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.mid} fill={d.mid < 0 ? LOSS : GAIN} />
              ))}
            </Bar>
            <ReferenceLine
              x={0}
              stroke="#1c2430"
              strokeWidth={2}
              strokeDasharray="4 3"
              ifOverflow="extendDomain"
              label={{ value: t('businessCase.page.histogram.breakEven'), position: 'top', fill: '#1c2430' }}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="visually-hidden">
        <table>
          <caption>{t('businessCase.page.histogram.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('businessCase.page.histogram.columnNpv')}</th>
              <th scope="col">{t('businessCase.page.histogram.columnShare')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.mid}>
                <td>
                  {fmt.eur(d.fromEur)} – {fmt.eur(d.toEur)}
                </td>
                <td>{fmt.percent(d.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
