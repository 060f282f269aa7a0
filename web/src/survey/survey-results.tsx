import { useTranslation } from 'react-i18next';
import { CHANGE_ELEMENTS } from '../../../src/core/survey/survey-types.ts';
import { ScrollTable } from '../components/scroll-table.tsx';
import { ElementChart } from './survey-charts.tsx';
import { type SurveyLabels, useSurveyLabels } from './survey-labels.ts';
import { useRoundResults } from './survey-queries.ts';
import type { FiguresView, ResultsView, RoundIds } from './survey-types.ts';

/** The results of one round, or why they are not shown yet. */
export function RoundResults({ ids }: { ids: RoundIds }) {
  const { t } = useTranslation();
  const results = useRoundResults(ids);
  if (results.isPending) return <p>{t('web.common.loading')}</p>;
  if (results.isError)
    return (
      <p className="error" role="alert">
        {results.error.message}
      </p>
    );
  return <ResultsBody results={results.data} />;
}

function ResultsBody({ results }: { results: ResultsView }) {
  const { t } = useTranslation();
  const l = useSurveyLabels();
  if (!results.shown || !results.overall) {
    return (
      <div className="survey-hidden" data-results="hidden">
        <p className="notice">
          {results.status === 'open'
            ? t('surveyWeb.results.hiddenOpen', { count: results.k })
            : results.responses === null
              ? t('surveyWeb.results.hiddenClosed', { count: results.k })
              : t('surveyWeb.results.hiddenClosedCount', {
                  count: results.responses,
                  k: t('surveyWeb.count.responses', { count: results.k }),
                })}
        </p>
        <p className="hint">{t('surveyWeb.results.whyHidden')}</p>
      </div>
    );
  }
  const overall = results.overall;
  const barrier = results.barrier;
  const barrierFigure = barrier ? overall.elements.find((e) => e.id === barrier)?.figure : null;
  // The barrier's advice (it quotes the figure) goes with the barrier; the rest (duties) below the chart.
  const isBarrierNote = (key: string) => /(^|\.)(barrier|noBarrier)(\.|$)/.test(key);
  const barrierNotes = results.notes.filter((n) => isBarrierNote(n.key));
  // While open, the server shows the figures per k responses and says so in a note of its own.
  const stepNote = results.notes.find((n) => n.key === 'openSteps');
  const otherNotes = results.notes.filter((n) => !isBarrierNote(n.key) && n !== stepNote);
  return (
    <div className="survey-results" data-results="shown">
      <p className="survey-count">
        {t('surveyWeb.results.basedOn', { count: overall.responses })}
        {results.status === 'open' && ` ${t('surveyWeb.results.stillOpen')}`}
        {results.status === 'closed' &&
          ` ${t(results.notes.some((n) => n.key === 'lateLeftOut') ? 'surveyWeb.results.closedLate' : 'surveyWeb.results.closed')}`}
      </p>
      {stepNote && <p className="hint">{stepNote.text}</p>}
      {barrier ? (
        <div className="survey-barrier" data-barrier={barrier}>
          <h3>{t('surveyWeb.results.barrierTitle', { element: l.element(barrier) })}</h3>
          {barrierFigure && barrierNotes.length === 0 && (
            <p className="survey-barrier-figure">
              {t('surveyWeb.results.barrierFigure', {
                mean: l.mean(barrierFigure.mean),
                share: l.pct(barrierFigure.disagreeShare),
              })}
            </p>
          )}
          {barrierNotes.map((n) => (
            <p key={n.key}>{n.text}</p>
          ))}
        </div>
      ) : (
        <p className="survey-no-barrier ok">{barrierNotes[0]?.text ?? t('surveyWeb.results.noBarrier')}</p>
      )}
      <ElementChart figures={overall} barrier={barrier} />
      {otherNotes.length > 0 && (
        <>
          <h3>{t('surveyWeb.results.notesTitle')}</h3>
          <ul className="survey-notes">
            {otherNotes.map((n) => (
              <li key={n.key}>{n.text}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('surveyWeb.results.perceptionsTitle')}</h3>
      <PerceptionTable figures={overall} l={l} />
      <h3>{t('surveyWeb.results.groupsTitle')}</h3>
      <GroupTable results={results} l={l} />
      {results.hiddenGroups > 0 && (
        <p className="hint" data-hidden-groups={results.hiddenGroups}>
          {t('surveyWeb.results.hiddenGroups', { count: results.hiddenGroups, k: results.k })}
        </p>
      )}
      <h3>{t('surveyWeb.results.openTitle')}</h3>
      <p className="hint">{t('surveyWeb.results.openHint')}</p>
      {results.openAnswers.every((q) => q.texts.length === 0) ? (
        <p className="muted">{t('surveyWeb.results.openNone')}</p>
      ) : (
        results.openAnswers.map((q) => (
          <section key={q.question} className="survey-open" aria-labelledby={`open-${q.question}`}>
            <h4 id={`open-${q.question}`}>{l.question(q.question)}</h4>
            {q.texts.length === 0 ? (
              <p className="muted">{t('surveyWeb.results.openNone')}</p>
            ) : (
              <ul>
                {q.texts.map((text, i) => (
                  // The texts come shuffled and carry no identity; their place is their key.
                  // biome-ignore lint/suspicious/noArrayIndexKey: anonymous texts have no id
                  <li key={i}>{text}</li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </div>
  );
}

function PerceptionTable({ figures, l }: { figures: FiguresView; l: SurveyLabels }) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={t('surveyWeb.results.perceptionsTitle')}>
      <table className="table survey-table" data-table="perceptions">
        <thead>
          <tr>
            <th scope="col">{t('surveyWeb.results.statement')}</th>
            <th scope="col" className="num">
              {t('surveyWeb.results.mean')}
            </th>
            <th scope="col" className="num">
              {t('surveyWeb.results.agree')}
            </th>
            <th scope="col" className="num">
              {t('surveyWeb.results.disagree')}
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.perceptions.map((p) => (
            <tr key={p.id}>
              <th scope="row">{l.perception(p.id)}</th>
              {p.figure ? (
                <>
                  <td className="num">{l.mean(p.figure.mean)}</td>
                  <td className="num">{l.pct(p.figure.agreeShare)}</td>
                  <td className="num">{l.pct(p.figure.disagreeShare)}</td>
                </>
              ) : (
                <td colSpan={3}>{t('surveyWeb.results.tooFewAnswered')}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function GroupTable({ results, l }: { results: ResultsView; l: SurveyLabels }) {
  const { t } = useTranslation();
  if (results.groups.length === 0) return <p className="muted">{t('surveyWeb.results.noGroups')}</p>;
  return (
    <ScrollTable label={t('surveyWeb.results.groupsTitle')}>
      <table className="table survey-table" data-table="groups">
        <thead>
          <tr>
            <th scope="col">{t('surveyWeb.results.group')}</th>
            <th scope="col" className="num">
              {t('surveyWeb.results.responses')}
            </th>
            {CHANGE_ELEMENTS.map((id) => (
              <th key={id} scope="col" className="num">
                {l.element(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {results.groups.map((g) => (
            <tr key={g.key}>
              <th scope="row">{l.group(g.key, g.label)}</th>
              <td className="num">{g.figures.responses}</td>
              {CHANGE_ELEMENTS.map((id) => {
                const figure = g.figures.elements.find((e) => e.id === id)?.figure;
                return (
                  <td key={id} className="num">
                    {figure ? l.mean(figure.mean) : '–'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
