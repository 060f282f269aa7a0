import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { LoadFailed } from '../components/load-failed.tsx';
import { UseCaseHeader } from '../components/use-case-header.tsx';
import { FeedbackInbox } from '../survey/feedback-inbox.tsx';
import { TrendChart } from '../survey/survey-charts.tsx';
import { useSurveyLabels } from '../survey/survey-labels.ts';
import { useRounds, useTrend } from '../survey/survey-queries.ts';
import { RoundResults } from '../survey/survey-results.tsx';
import { OpenRoundForm, RoundList } from '../survey/survey-rounds.tsx';
import type { UseCaseIds } from '../survey/survey-types.ts';
import { useCanManage } from '../survey/use-can-manage.ts';
import { useUseCase } from '../use-case-query.ts';

/**
 * The Employees tab: the employees' own voice on the use case. Survey rounds answered through links
 * without an account (results only as far as anonymity allows), the trend over the waves, and the
 * feedback inbox during the pilot with the share handled within two weeks.
 */
export function EmployeesPage() {
  const { t } = useTranslation();
  const l = useSurveyLabels();
  const { orgId = '', useCaseId = '' } = useParams();
  const ids: UseCaseIds = { orgId, useCaseId };
  const [search, setSearch] = useSearchParams();
  const useCase = useUseCase(orgId, useCaseId);
  const rounds = useRounds(ids);
  const canManage = useCanManage(orgId);

  if (useCase.isPending) return <p>{t('web.common.loading')}</p>;
  if (useCase.isError) return <LoadFailed error={useCase.error} />;
  const list = rounds.data ?? [];
  const chosen = list.find((r) => r.id === search.get('round')) ?? list[0];
  const choose = (id: string) => setSearch({ round: id }, { replace: true });

  return (
    <section className="employees-page">
      <UseCaseHeader useCase={useCase.data} />
      <p className="lead">{t('surveyWeb.page.intro')}</p>
      <section className="survey-section" aria-labelledby="survey-rounds">
        <h2 id="survey-rounds">{t('surveyWeb.rounds.title')}</h2>
        <p className="hint">{t('surveyWeb.rounds.intro')}</p>
        {rounds.isPending && <p>{t('web.common.loading')}</p>}
        {rounds.isError && (
          <p className="error" role="alert">
            {rounds.error.message}
          </p>
        )}
        {rounds.data && (
          <RoundList ids={ids} rounds={list} chosenId={chosen?.id} onChoose={choose} canManage={canManage} />
        )}
        {canManage ? (
          <details className="survey-details" open={rounds.data !== undefined && list.length === 0}>
            <summary>{t('surveyWeb.rounds.openSummary')}</summary>
            <OpenRoundForm ids={ids} onOpened={(round) => choose(round.id)} />
          </details>
        ) : (
          <p className="notice">{t('surveyWeb.rounds.onlyManagers')}</p>
        )}
      </section>
      {chosen && (
        <section className="survey-section" aria-labelledby="survey-results">
          <h2 id="survey-results">
            {t('surveyWeb.results.title', { wave: l.wave(chosen.wave), date: l.day(chosen.openedOn) })}
          </h2>
          <RoundResults key={chosen.id} ids={{ ...ids, roundId: chosen.id }} />
        </section>
      )}
      {list.length > 0 && <Trend ids={ids} />}
      <section className="survey-section" aria-labelledby="survey-feedback">
        <h2 id="survey-feedback">{t('surveyWeb.feedback.title')}</h2>
        <p className="hint">{t('surveyWeb.feedback.intro')}</p>
        <FeedbackInbox ids={ids} canManage={canManage} />
      </section>
    </section>
  );
}

function Trend({ ids }: { ids: UseCaseIds }) {
  const { t } = useTranslation();
  const trend = useTrend(ids);
  return (
    <section className="survey-section" aria-labelledby="survey-trend">
      <h2 id="survey-trend">{t('surveyWeb.trend.title')}</h2>
      <p className="hint">{t('surveyWeb.trend.intro')}</p>
      {trend.isPending && <p>{t('web.common.loading')}</p>}
      {trend.isError && (
        <p className="error" role="alert">
          {trend.error.message}
        </p>
      )}
      {trend.data &&
        (trend.data.rounds.some((r) => r.elements.some((e) => e.mean !== null)) ? (
          <TrendChart trend={trend.data} />
        ) : (
          <p className="muted">{t('surveyWeb.trend.none')}</p>
        ))}
    </section>
  );
}
