import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { AssessmentState, RenderedAssessment } from '../../../src/api/assessment-schemas.ts';
import { ApiError, api, apiHref } from '../api.ts';
import { ActionPlan } from '../components/action-plan.tsx';
import { FactorChart } from '../components/factor-chart.tsx';
import { LoadFailed } from '../components/load-failed.tsx';
import { RulesPanel } from '../components/rules-panel.tsx';
import { UseCaseHeader } from '../components/use-case-header.tsx';
import { useFormat } from '../format.ts';
import { useUseCase } from '../use-case-query.ts';

type Change = AssessmentState['changes'][number];
type Cost = NonNullable<RenderedAssessment['statusQuoCost']>;

/**
 * Whether a part of the status-quo cost is worth a line: a partial cost leaves the part it could
 * not compute at zero, which would read as "costs nothing" rather than "not known".
 */
const shows = (cost: Cost, part: 'labourPerWeek' | 'errorsPerWeek') =>
  cost.breakdown[part] !== undefined && (cost.breakdown[part] > 0 || !cost.isPartial);

/** A sign per tone, so a change reads without colour: better, worse, or just different. */
const CHANGE_MARK: Record<Change['tone'], string> = { better: '▲', worse: '▼', neutral: '•' };

/** The changes per factor, in the order the server lists them (verdict and cost first, under no factor). */
function groupChanges(changes: readonly Change[]): [Change['factor'], Change[]][] {
  const groups = new Map<Change['factor'], Change[]>();
  for (const c of changes) groups.set(c.factor, [...(groups.get(c.factor) ?? []), c]);
  return [...groups];
}

/** The verdict, the five factors, findings with evidence, the action plan and what changed. */
export function ResultsPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { orgId, useCaseId } = useParams();
  const [search, setSearch] = useSearchParams();
  const queryClient = useQueryClient();
  const useCase = useUseCase(orgId, useCaseId);
  const params = { orgId: orgId!, useCaseId: useCaseId! };
  const key = ['assessment', orgId, useCaseId, i18n.language];
  // Always ask the server whether answers or evidence changed since the last assessment.
  const state = useQuery({
    queryKey: key,
    queryFn: () => api.get('/api/orgs/:orgId/use-cases/:useCaseId/assessments/latest', { params }),
    staleTime: 0,
    refetchOnMount: 'always',
  });
  const assess = useMutation({
    mutationFn: () => api.post('/api/orgs/:orgId/use-cases/:useCaseId/assessments', { params }),
    onSuccess: (next) => {
      queryClient.setQueryData(key, next);
      void queryClient.invalidateQueries({ queryKey: ['assessment', orgId, useCaseId] });
      // Assessing moves an idea to 'assessing', which is a new revision.
      void queryClient.invalidateQueries({ queryKey: ['use-case', orgId, useCaseId] });
      void queryClient.invalidateQueries({ queryKey: ['use-cases', orgId] });
    },
  });
  const requested = useRef(false);
  useEffect(() => {
    // Arriving from the wizard (?assess=1), or with nothing assessed yet, or with newer answers/evidence: assess now.
    if (requested.current || !state.data || state.isFetching || assess.isPending) return;
    if (search.get('assess') === '1' || !state.data.current || state.data.isStale) {
      requested.current = true;
      assess.mutate();
      if (search.get('assess')) setSearch({}, { replace: true });
    }
  }, [state.data, state.isFetching, assess, search, setSearch]);

  if (useCase.isPending || state.isPending) return <p>{t('web.common.loading')}</p>;
  if (useCase.isError) return <LoadFailed error={useCase.error} />;
  if (state.isError) return <LoadFailed error={state.error} />;
  const current = state.data.current;

  return (
    <section>
      <UseCaseHeader useCase={useCase.data} />
      {assess.isError && (
        <p className="error" role="alert">
          {assess.error instanceof ApiError ? assess.error.message : String(assess.error)}
        </p>
      )}
      {!current && <p>{assess.isPending ? t('web.results.assessing') : t('web.results.none')}</p>}
      {current && (
        <>
          <div className={`verdict verdict-${current.result.verdict}`} role="status" aria-live="polite">
            <p className="verdict-label">{t('web.results.verdictLabel')}</p>
            <h2 className="verdict-title">{t(`web.verdict.${current.result.verdict}.title`)}</h2>
            <p>{current.result.verdictReason ?? t(`web.verdict.${current.result.verdict}.explain`)}</p>
            <p className="muted small">
              {t('web.results.basedOn', {
                revision: current.revision,
                date: fmt.dateTime(current.createdAt),
              })}
              {state.data.isStale && ` · ${t('web.results.stale')}`}
            </p>
            <div className="verdict-actions">
              <button type="button" onClick={() => assess.mutate()} disabled={assess.isPending}>
                {assess.isPending ? t('web.results.assessing') : t('web.results.reassess')}
              </button>
              <Link to={`/o/${orgId}/use-cases/${useCaseId}/intake`}>{t('web.results.changeAnswers')}</Link>
              <a
                href={apiHref('GET /api/orgs/:orgId/use-cases/:useCaseId/report.pdf', {
                  params,
                  query: { lang: i18n.language === 'en' ? 'en' : 'nl' },
                })}
                download
              >
                {t('web.results.reportPdf')}
              </a>
            </div>
          </div>

          {state.data.previous && (
            <div className="panel changes">
              <h2>{t('web.results.changesTitle', { revision: state.data.previous.revision })}</h2>
              {state.data.changes.length === 0 ? (
                <p className="muted">{t('web.results.noChanges')}</p>
              ) : (
                groupChanges(state.data.changes).map(([factor, changes]) => (
                  <div key={factor ?? 'general'} className="change-group">
                    {factor && <h3>{t(`web.factor.${factor}`)}</h3>}
                    <ul>
                      {changes.map((c) => (
                        <li key={c.text} className={`change change-${c.tone}`}>
                          <span className="change-mark" aria-hidden="true">
                            {CHANGE_MARK[c.tone]}
                          </span>{' '}
                          <span className="visually-hidden">{t(`web.results.changeTone.${c.tone}`)}</span>
                          {c.text}
                        </li>
                      ))}
                    </ul>
                  </div>
                ))
              )}
            </div>
          )}

          <div className="results-grid">
            <div className="panel">
              <h2>{t('web.results.factorsTitle')}</h2>
              <FactorChart factors={current.result.factors} />
            </div>
            <div className="panel">
              <h2>{t('web.results.costTitle')}</h2>
              {current.result.statusQuoCost ? (
                <>
                  <p className="big-number">{fmt.eur(current.result.statusQuoCost.perYear)}</p>
                  <p className="muted">{t('web.results.costPerYear')}</p>
                  <ul className="plain">
                    {shows(current.result.statusQuoCost, 'labourPerWeek') && (
                      <li>
                        {t('web.results.labour', {
                          week: fmt.eur(current.result.statusQuoCost.breakdown.labourPerWeek),
                          year: fmt.eur(current.result.statusQuoCost.breakdown.labourPerYear ?? 0),
                        })}
                      </li>
                    )}
                    {shows(current.result.statusQuoCost, 'errorsPerWeek') && (
                      <li>
                        {t('web.results.errors', {
                          week: fmt.eur(current.result.statusQuoCost.breakdown.errorsPerWeek),
                          year: fmt.eur(current.result.statusQuoCost.breakdown.errorsPerYear ?? 0),
                        })}
                      </li>
                    )}
                  </ul>
                  {current.result.statusQuoCost.isPartial && (
                    <p className="notice">{t('web.results.costPartial')}</p>
                  )}
                </>
              ) : (
                <p className="muted">{t('web.results.costUnknown')}</p>
              )}
            </div>
          </div>

          <ActionPlan
            orgId={orgId!}
            useCaseId={useCaseId!}
            actions={current.result.actions}
            progress={state.data.actionProgress}
          />

          <div className="panel">
            <h2>{t('web.results.findingsTitle')}</h2>
            {current.result.factors.map((f) => (
              <details
                key={f.id}
                className={`factor factor-${f.risk}`}
                open={f.risk === 'high' || f.risk === 'critical'}
              >
                <summary>
                  <span className={`risk-dot risk-${f.risk}`} aria-hidden="true" />
                  <strong>{t(`web.factor.${f.id}`)}</strong>
                  <span className={`badge risk-badge-${f.risk}`}>{t(`web.risk.${f.risk}`)}</span>
                  <span className="muted">{t('web.results.findingCount', { count: f.findings.length })}</span>
                </summary>
                {f.findings.length === 0 ? (
                  <p className="muted">{t('web.results.noFindings')}</p>
                ) : (
                  <ul className="findings">
                    {f.findings.map((finding) => (
                      <li key={finding.id} className={`finding sev-${finding.severity}`}>
                        <p className="finding-title">
                          <span className={`badge sev-badge-${finding.severity}`}>
                            {t(`web.severity.${finding.severity}`)}
                          </span>{' '}
                          {finding.title}
                        </p>
                        <p className="evidence">
                          <span className="label">{t('web.results.evidence')}</span> {finding.evidence}
                        </p>
                        <p className="advice">
                          <span className="label">{t('web.results.advice')}</span> {finding.advice}
                        </p>
                      </li>
                    ))}
                  </ul>
                )}
              </details>
            ))}
          </div>

          <div className="panel">
            <h2>{t('web.results.conditionsTitle')}</h2>
            <ul className="conditions">
              {current.result.successConditions.map((c) => (
                <li key={c.id} className={`condition condition-${c.status}`}>
                  <span className="condition-status">{t(`web.condition.status.${c.status}`)}</span>
                  <strong>{t(`web.condition.${c.id}`)}</strong>
                  <span className="muted"> — {c.evidence}</span>
                </li>
              ))}
            </ul>
          </div>

          {current.result.rules && (
            <RulesPanel
              rules={current.result.rules}
              intakeLink={`/o/${orgId}/use-cases/${useCaseId}/intake/rules`}
            />
          )}
        </>
      )}
    </section>
  );
}
