import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  Cell,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { BARRIER_MEAN, CHANGE_ELEMENTS, type ChangeElement } from '../../../src/core/survey/survey-types.ts';
import { useSurveyLabels } from './survey-labels.ts';
import type { FiguresView, TrendView } from './survey-types.ts';

const BAR = '#0f4c5c';
const BARRIER = '#a4161a';
const THRESHOLD = '#b7791f';
/** One colour and dash per element, so the trend lines read without colour too. */
const LINE_STYLE: Record<ChangeElement, { stroke: string; dash?: string }> = {
  awareness: { stroke: '#0f4c5c' },
  desire: { stroke: '#b7791f', dash: '6 3' },
  knowledge: { stroke: '#a4161a', dash: '2 3' },
  ability: { stroke: '#2d7a46', dash: '8 3 2 3' },
  reinforcement: { stroke: '#5b3f8c', dash: '12 4' },
};

/**
 * Per change element the mean on 1–5 (a bar, the barrier in red, the line at 3) and the share that
 * disagrees (a second bar chart). A hidden table holds every figure, with how many answered.
 */
export function ElementChart({ figures, barrier }: { figures: FiguresView; barrier: ChangeElement | null }) {
  const { t } = useTranslation();
  const l = useSurveyLabels();
  const data = figures.elements.map((e) => ({
    id: e.id,
    name: l.element(e.id),
    mean: e.figure?.mean ?? null,
    disagree: e.figure?.disagreeShare ?? null,
  }));
  const colour = (id: ChangeElement) => (id === barrier ? BARRIER : BAR);
  return (
    <figure className="survey-chart" data-chart="elements">
      <figcaption>{t('surveyWeb.results.elementsCaption')}</figcaption>
      <div className="survey-chart-pair" aria-hidden="true">
        <div>
          <p className="survey-chart-title">{t('surveyWeb.results.meanTitle')}</p>
          <ResponsiveContainer width="100%" height={250}>
            <BarChart
              data={data}
              layout="vertical"
              margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
              accessibilityLayer={false}
            >
              <XAxis type="number" domain={[0, 5]} ticks={[1, 2, 3, 4, 5]} />
              <YAxis type="category" dataKey="name" width={124} interval={0} tick={{ fontSize: 12 }} />
              <ReferenceLine x={BARRIER_MEAN} stroke={THRESHOLD} strokeDasharray="5 4" />
              <Bar dataKey="mean" isAnimationActive={false} barSize={20}>
                {data.map((d) => (
                  <Cell key={d.id} fill={colour(d.id)} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
        <div>
          <p className="survey-chart-title">{t('surveyWeb.results.disagreeTitle')}</p>
          <ResponsiveContainer width="100%" height={250}>
            <BarChart
              data={data}
              layout="vertical"
              margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
              accessibilityLayer={false}
            >
              <XAxis type="number" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={l.pct} />
              <YAxis type="category" dataKey="name" width={124} interval={0} tick={{ fontSize: 12 }} />
              <Bar dataKey="disagree" isAnimationActive={false} barSize={20}>
                {data.map((d) => (
                  <Cell key={d.id} fill={colour(d.id)} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
        <p className="survey-legend">
          <span className="survey-legend-item">
            <span className="legend-swatch swatch-threshold" /> {t('surveyWeb.results.thresholdLegend')}
          </span>
          {barrier && (
            <span className="survey-legend-item">
              <span className="legend-swatch swatch-barrier" /> {t('surveyWeb.results.barrierLegend')}
            </span>
          )}
        </p>
      </div>
      <table className="visually-hidden" data-table="elements">
        <thead>
          <tr>
            <th scope="col">{t('surveyWeb.results.element')}</th>
            <th scope="col">{t('surveyWeb.results.mean')}</th>
            <th scope="col">{t('surveyWeb.results.disagree')}</th>
            <th scope="col">{t('surveyWeb.results.agree')}</th>
            <th scope="col">{t('surveyWeb.results.answered')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.elements.map((e) => (
            <tr key={e.id} data-element={e.id}>
              <th scope="row">
                {l.element(e.id)}
                {e.id === barrier && ` (${t('surveyWeb.results.barrierShort')})`}
              </th>
              {e.figure ? (
                <>
                  <td>{l.mean(e.figure.mean)}</td>
                  <td>{l.pct(e.figure.disagreeShare)}</td>
                  <td>{l.pct(e.figure.agreeShare)}</td>
                  <td>{e.figure.answered}</td>
                </>
              ) : (
                <td colSpan={4}>{t('surveyWeb.results.tooFewAnswered')}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/**
 * The element means over the rounds (one line per element, the line at 3), against the 3–6 months
 * the seed gives for adoption. A hidden table holds every mean; a round without figures shows a dash.
 */
export function TrendChart({ trend }: { trend: TrendView }) {
  const { t } = useTranslation();
  const l = useSurveyLabels();
  const rounds = [...trend.rounds].sort((a, b) => a.openedOn.localeCompare(b.openedOn));
  const data = rounds.map((r, i) => ({
    i,
    name: `${l.wave(r.wave)} ${l.day(r.openedOn)}`,
    ...Object.fromEntries(r.elements.map((e) => [e.id, e.mean])),
  }));
  return (
    <figure className="survey-chart" data-chart="trend">
      <figcaption>{t('surveyWeb.trend.caption')}</figcaption>
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={240}>
          <LineChart
            data={data}
            margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
            accessibilityLayer={false}
          >
            <XAxis dataKey="i" tickFormatter={(i: number) => (rounds[i] ? l.wave(rounds[i].wave) : '')} />
            <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} width={28} />
            <ReferenceLine y={BARRIER_MEAN} stroke={THRESHOLD} strokeDasharray="5 4" />
            {CHANGE_ELEMENTS.map((id) => (
              <Line
                key={id}
                dataKey={id}
                stroke={LINE_STYLE[id].stroke}
                strokeDasharray={LINE_STYLE[id].dash}
                strokeWidth={2}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
        <p className="survey-legend">
          {CHANGE_ELEMENTS.map((id) => (
            <span key={id} className="survey-legend-item">
              <svg width="24" height="8" aria-hidden="true">
                <line
                  x1="0"
                  y1="4"
                  x2="24"
                  y2="4"
                  stroke={LINE_STYLE[id].stroke}
                  strokeWidth="2"
                  strokeDasharray={LINE_STYLE[id].dash}
                />
              </svg>{' '}
              {l.element(id)}
            </span>
          ))}
        </p>
      </div>
      <table className="visually-hidden" data-table="trend">
        <thead>
          <tr>
            <th scope="col">{t('surveyWeb.trend.round')}</th>
            {CHANGE_ELEMENTS.map((id) => (
              <th key={id} scope="col">
                {l.element(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rounds.map((r) => (
            <tr key={r.roundId}>
              <th scope="row">{`${l.wave(r.wave)} (${l.day(r.openedOn)})`}</th>
              {CHANGE_ELEMENTS.map((id) => {
                const mean = r.elements.find((e) => e.id === id)?.mean ?? null;
                return <td key={id}>{mean === null ? '–' : l.mean(mean)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
