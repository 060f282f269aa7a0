import { useTranslation } from 'react-i18next';
import {
  Area,
  Bar,
  BarChart,
  ComposedChart,
  ErrorBar,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { usePilotFormat } from './pilot-format.ts';
import type { AnalysisView, KpiAnalysisView } from './pilot-types.ts';

const BASELINE = '#8a96a3';
const PILOT = '#0f4c5c';
const SIGNAL = '#a4161a';
const LIMIT = '#b7791f';
const YARDSTICK = '#f4d35e';

/**
 * Before and after: the baseline's median beside the pilot's level (baseline median plus the
 * estimated effect), with the effect's interval drawn on it. The figure's text says the same.
 */
export function BeforeAfterChart({ kpi }: { kpi: KpiAnalysisView }) {
  const { t } = useTranslation();
  const f = usePilotFormat();
  const median = kpi.baseline.median;
  const shift = kpi.effect?.shift;
  if (median === null || !shift) return null;
  const level = median + shift.estimate;
  const data = [
    { name: t('pilotWeb.chart.baseline'), value: median, error: null },
    {
      name: t('pilotWeb.chart.pilot'),
      value: level,
      error: [shift.estimate - shift.low, shift.high - shift.estimate] as [number, number],
    },
  ];
  return (
    <figure className="pilot-chart" data-chart="before-after">
      <figcaption>{t('pilotWeb.chart.beforeAfterCaption', { kpi: kpi.name, unit: kpi.unit })}</figcaption>
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={180}>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
            accessibilityLayer={false}
          >
            <XAxis type="number" domain={[0, 'auto']} tickFormatter={(v: number) => f.num(v)} />
            <YAxis type="category" dataKey="name" width={96} />
            <Bar dataKey="value" fill={PILOT} isAnimationActive={false} barSize={28}>
              <ErrorBar dataKey="error" width={10} strokeWidth={2} stroke={SIGNAL} direction="x" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="visually-hidden">
        <thead>
          <tr>
            <th scope="col">{t('pilotWeb.chart.phase')}</th>
            <th scope="col">{t('pilotWeb.chart.level', { unit: kpi.unit })}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{t('pilotWeb.chart.baselineMedian')}</td>
            <td>{f.num(median)}</td>
          </tr>
          <tr>
            <td>{t('pilotWeb.chart.pilotLevel')}</td>
            <td>{f.interval({ estimate: level, low: median + shift.low, high: median + shift.high })}</td>
          </tr>
        </tbody>
      </table>
    </figure>
  );
}

/** Round ticks (1, 2 or 5 times a power of ten apart) from below `low` to above `high`. */
export function niceTicks(low: number, high: number): number[] {
  const range = high - low || Math.abs(high) || 1;
  const raw = range / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks = [Math.floor(low / step) * step];
  while (((ticks.at(-1) as number) < high - step * 1e-9 || ticks.length < 2) && ticks.length < 12) {
    ticks.push((ticks.at(-1) as number) + step);
  }
  return ticks.map((v) => Number(v.toPrecision(12)));
}

/**
 * The XmR chart: the weekly values (baseline, then pilot) with the baseline's centre line and natural
 * process limits; pilot weeks with a signal are marked. A hidden table lists every point.
 */
export function ControlChart({ kpi }: { kpi: KpiAnalysisView }) {
  const { t } = useTranslation();
  const f = usePilotFormat();
  const chart = kpi.chart;
  if (!chart) return null;
  let pilotWeek = 0;
  const data = chart.points.map((p, i) => {
    if (p.phase === 'pilot') pilotWeek++;
    return {
      i,
      x:
        p.phase === 'baseline'
          ? f.fmt.dayMonth(p.label, { timeZone: 'UTC' })
          : t('pilotWeb.chart.weekShort', { week: pilotWeek }),
      when:
        p.phase === 'baseline'
          ? t('pilot.report.chartBaseline', { date: f.day(p.label) })
          : t('pilot.report.chartPilot', { week: pilotWeek }),
      value: p.value,
      phase: p.phase,
      signals: p.signals,
    };
  });
  const firstPilot = data.find((d) => d.phase === 'pilot');
  const values = data.map((d) => d.value);
  const ticks = niceTicks(Math.min(chart.lowerLimit, ...values), Math.max(chart.upperLimit, ...values));
  return (
    <figure className="pilot-chart" data-chart="control">
      <figcaption>{t('pilot.report.chart', { kpi: kpi.name })}</figcaption>
      <p className="pilot-chart-text">
        {t('pilot.report.chartLine', {
          centre: f.num(chart.centralLine),
          lower: f.num(chart.lowerLimit),
          upper: f.num(chart.upperLimit),
          unit: kpi.unit,
        })}{' '}
        {chart.hasShiftSignal ? t('pilot.report.chartShift') : t('pilot.report.chartNoShift')}
      </p>
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={240}>
          <LineChart
            data={data}
            margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
            accessibilityLayer={false}
          >
            <XAxis dataKey="i" tickFormatter={(i: number) => data[i]?.x ?? ''} minTickGap={12} />
            <YAxis
              domain={[ticks[0] as number, ticks.at(-1) as number]}
              ticks={ticks}
              width="auto"
              tickFormatter={(v: number) => f.num(v)}
            />
            <ReferenceLine y={chart.centralLine} stroke={BASELINE} />
            <ReferenceLine y={chart.upperLimit} stroke={LIMIT} strokeDasharray="5 4" />
            <ReferenceLine y={chart.lowerLimit} stroke={LIMIT} strokeDasharray="5 4" />
            {firstPilot && <ReferenceLine x={firstPilot.i} stroke={PILOT} strokeDasharray="2 3" />}
            <Line
              dataKey="value"
              stroke={PILOT}
              isAnimationActive={false}
              dot={(props: { cx?: number; cy?: number; index?: number }) => {
                const d = data[props.index ?? 0];
                const isSignal = (d?.signals.length ?? 0) > 0;
                return (
                  <circle
                    key={props.index}
                    cx={props.cx}
                    cy={props.cy}
                    r={isSignal ? 5 : 3}
                    fill={isSignal ? SIGNAL : d?.phase === 'baseline' ? BASELINE : PILOT}
                    className={isSignal ? 'pilot-signal' : undefined}
                  />
                );
              }}
            />
          </LineChart>
        </ResponsiveContainer>
        <p className="pilot-legend">
          <span className="legend-swatch centre" /> {t('pilotWeb.chart.centre')}{' '}
          <span className="legend-swatch limit" /> {t('pilotWeb.chart.limits')}{' '}
          <span className="legend-swatch signal" /> {t('pilotWeb.chart.signal')}
        </p>
      </div>
      <table className="visually-hidden">
        <thead>
          <tr>
            <th scope="col">{t('pilot.report.chartHeader.when')}</th>
            <th scope="col">{t('pilot.report.chartHeader.value')}</th>
            <th scope="col">{t('pilot.report.chartHeader.signal')}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.i}>
              <td>{d.when}</td>
              <td>{f.num(d.value)}</td>
              <td>{d.signals.map((s) => t(`pilot.signal.${s}`)).join(', ') || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Adoption per week against the 3–6 months yardstick (the band between full use after 13 and 26 weeks). */
export function AdoptionChart({ adoption }: { adoption: AnalysisView['adoption'] }) {
  const { t } = useTranslation();
  const f = usePilotFormat();
  if (adoption.weeks.length === 0) return null;
  const data = adoption.weeks.map((w) => ({
    week: w.week,
    share: w.share,
    band: [w.yardstickLow, w.yardstickHigh] as [number, number],
  }));
  return (
    <figure className="pilot-chart" data-chart="adoption">
      <figcaption>{t('pilotWeb.chart.adoptionCaption')}</figcaption>
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={220}>
          <ComposedChart
            data={data}
            margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
            accessibilityLayer={false}
          >
            <XAxis dataKey="week" tickFormatter={(w: number) => t('pilotWeb.chart.weekShort', { week: w })} />
            <YAxis domain={[0, 1]} width="auto" tickFormatter={(v: number) => f.pct(v)} />
            <Area
              dataKey="band"
              fill={YARDSTICK}
              fillOpacity={0.45}
              stroke="none"
              isAnimationActive={false}
            />
            <Line dataKey="share" stroke={PILOT} strokeWidth={2} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
        <p className="pilot-legend">
          <span className="legend-swatch pilot" /> {t('pilotWeb.chart.adoption')}{' '}
          <span className="legend-swatch yardstick" /> {t('pilotWeb.chart.yardstick')}
        </p>
      </div>
      <table className="visually-hidden">
        <thead>
          <tr>
            <th scope="col">{t('pilot.report.adoptionHeader.week')}</th>
            <th scope="col">{t('pilot.report.adoptionHeader.share')}</th>
            <th scope="col">{t('pilot.report.adoptionHeader.yardstick')}</th>
            <th scope="col">{t('pilot.report.adoptionHeader.pace')}</th>
          </tr>
        </thead>
        <tbody>
          {adoption.weeks.map((w) => (
            <tr key={w.week}>
              <td>{w.week}</td>
              <td>{f.pct(w.share)}</td>
              <td>
                {f.pct(w.yardstickLow)} – {f.pct(w.yardstickHigh)}
              </td>
              <td>{t(`pilot.pace.${w.pace}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
