import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { LoadFailed } from '../components/load-failed.tsx';
import { UseCaseHeader } from '../components/use-case-header.tsx';
import { BaselineEditor, BaselineTable } from '../pilot/baseline-editor.tsx';
import { DecisionPanel } from '../pilot/decision-panel.tsx';
import { usePilotFormat } from '../pilot/pilot-format.ts';
import { PilotImport } from '../pilot/pilot-import.tsx';
import { AmendmentList, IterationLog } from '../pilot/pilot-log.tsx';
import { useCreatePilot, usePilot, usePilots, useStartPilot } from '../pilot/pilot-queries.ts';
import { Findings, PilotResults, PowerCheck, Proposal } from '../pilot/pilot-results.tsx';
import {
  analysisOf,
  type FieldErrors,
  type KpiDraft,
  normalisePath,
  type PilotSummary,
  type PilotView,
} from '../pilot/pilot-types.ts';
import { PlanEditor } from '../pilot/plan-editor.tsx';
import { usePlanDraft } from '../pilot/use-plan-draft.ts';
import { WeekEntry } from '../pilot/week-entry.tsx';
import { useUseCase } from '../use-case-query.ts';

type Ids = { orgId: string; useCaseId: string; pilotId: string };

/** Findings about the baseline itself, shown beside it while it is entered. */
const BASELINE_FINDINGS = new Set(['few-baseline-points', 'no-baseline-spread', 'baseline-unstable']);

/**
 * The Pilot tab: plan a pilot of the use case, enter the baseline, check that the planned weeks can
 * show the smallest effect, start it (plan and baseline freeze), enter each week, read the effect,
 * control chart, adoption and proposed decision, keep the iteration log, and record the decision.
 */
export function PilotPage() {
  const { t } = useTranslation();
  const { orgId = '', useCaseId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const useCase = useUseCase(orgId, useCaseId);
  const pilots = usePilots({ orgId, useCaseId });
  const create = useCreatePilot({ orgId, useCaseId });

  if (useCase.isPending) return <p>{t('web.common.loading')}</p>;
  if (useCase.isError) return <LoadFailed error={useCase.error} />;
  const list = pilots.data ?? [];
  const chosen = list.find((p) => p.id === search.get('pilot')) ?? list[0];
  const canPlanAnother = list.length > 0 && list.every((p) => p.status === 'decided');

  async function plan() {
    const created = await create.mutateAsync();
    setSearch({ pilot: created.id }, { replace: true });
  }

  return (
    <section className="pilot-page">
      <UseCaseHeader useCase={useCase.data} />
      {pilots.isPending && <p>{t('web.common.loading')}</p>}
      {pilots.isError && (
        <p className="error" role="alert">
          {(pilots.error as Error).message}
        </p>
      )}
      {pilots.data && list.length === 0 && (
        <div className="pilot-empty">
          <h2>{t('pilotWeb.empty.title')}</h2>
          <p className="lead">{t('pilotWeb.empty.intro')}</p>
          <button type="button" className="primary" disabled={create.isPending} onClick={() => void plan()}>
            {t('pilotWeb.empty.plan')}
          </button>
          {create.isError && (
            <p className="error" role="alert">
              {create.error.message}
            </p>
          )}
        </div>
      )}
      {list.length > 1 && chosen && (
        <PilotSelector list={list} chosenId={chosen.id} onChoose={(id) => setSearch({ pilot: id })} />
      )}
      {canPlanAnother && (
        <p>
          <button type="button" disabled={create.isPending} onClick={() => void plan()}>
            {t('pilotWeb.selector.planAnother')}
          </button>
        </p>
      )}
      {chosen && <ChosenPilot key={chosen.id} ids={{ orgId, useCaseId, pilotId: chosen.id }} />}
    </section>
  );
}

function PilotSelector({
  list,
  chosenId,
  onChoose,
}: {
  list: PilotSummary[];
  chosenId: string;
  onChoose: (id: string) => void;
}) {
  const { t } = useTranslation();
  const f = usePilotFormat();
  return (
    <div className="field pilot-selector">
      <label htmlFor="pilot-choice">{t('pilotWeb.selector.label')}</label>
      <select id="pilot-choice" value={chosenId} onChange={(e) => onChoose(e.target.value)}>
        {list.map((p) => (
          <option key={p.id} value={p.id}>
            {t('pilotWeb.selector.option', {
              title: p.title,
              date: f.fmt.date(p.startedAt ?? p.createdAt),
              status: p.outcome ? t(`pilot.outcomeShort.${p.outcome}`) : t(`pilotWeb.status.${p.status}`),
            })}
          </option>
        ))}
      </select>
    </div>
  );
}

function ChosenPilot({ ids }: { ids: Ids }) {
  const { t } = useTranslation();
  const query = usePilot(ids);
  if (query.isPending) return <p>{t('web.common.loading')}</p>;
  if (query.isError) return <LoadFailed error={query.error} />;
  return <PilotDetail pilot={query.data} ids={ids} />;
}

function PilotDetail({ pilot, ids }: { pilot: PilotView; ids: Ids }) {
  const { t } = useTranslation();
  const f = usePilotFormat();
  const draft = usePlanDraft(pilot, ids);
  const analysis = analysisOf(pilot);
  // An import replaces what the week cards hold: they start again from the stored weeks.
  const [imports, setImports] = useState(0);
  const kpis = [draft.draft.primaryKpi, ...(draft.draft.secondaryKpis ?? [])].filter((k): k is KpiDraft =>
    Boolean(k),
  );
  const savedKpis = [pilot.plan.primaryKpi, ...(pilot.plan.secondaryKpis ?? [])].filter((k): k is KpiDraft =>
    Boolean(k),
  );
  const readiness: FieldErrors = Object.fromEntries(
    pilot.readiness.problems.map((p) => [normalisePath(p.path), p.message]),
  );

  return (
    <article className="pilot-detail" aria-labelledby="pilot-title">
      <div className="pilot-head">
        <h2 id="pilot-title">{t('pilotWeb.title', { title: pilot.title })}</h2>
        <p className="pilot-status">
          <span className={`badge pilot-status-${pilot.status}`}>{t(`pilotWeb.status.${pilot.status}`)}</span>{' '}
          {pilot.startedAt
            ? t('pilotWeb.startedOn', { date: f.fmt.date(pilot.startedAt) })
            : t('pilotWeb.createdOn', { date: f.fmt.date(pilot.createdAt) })}
        </p>
      </div>
      {pilot.status === 'planned' ? (
        <Planned
          pilot={pilot}
          ids={ids}
          draft={draft}
          readiness={readiness}
          kpis={kpis}
          savedKpis={savedKpis}
        />
      ) : (
        <>
          {pilot.status === 'running' && (
            <section className="pilot-section" aria-labelledby="pilot-weeks">
              <h2 id="pilot-weeks">{t('pilotWeb.week.section')}</h2>
              <p className="hint">{t('pilotWeb.week.intro')}</p>
              <WeekEntry key={imports} pilot={pilot} ids={ids} kpis={savedKpis} />
              <PilotImport ids={ids} target="measurements" onImported={() => setImports((n) => n + 1)} />
            </section>
          )}
          <section className="pilot-section" aria-labelledby="pilot-results">
            <h2 id="pilot-results">{t('pilotWeb.results.title')}</h2>
            {analysis && analysis.weeksMeasured > 0 ? (
              <PilotResults analysis={analysis} />
            ) : (
              <>
                <p>{t('pilotWeb.results.none')}</p>
                {analysis && <Findings findings={analysis.findings} />}
              </>
            )}
          </section>
          <section className="pilot-section" aria-labelledby="pilot-iterations">
            <h2 id="pilot-iterations">{t('pilot.report.iterations')}</h2>
            <IterationLog pilot={pilot} ids={ids} canAdd={pilot.status === 'running'} />
          </section>
          <section className="pilot-section" aria-labelledby="pilot-decision">
            <h2 id="pilot-decision">{t('pilotWeb.decision.title')}</h2>
            <DecisionPanel pilot={pilot} analysis={analysis} ids={ids} />
          </section>
          <section className="pilot-section" aria-labelledby="pilot-plan">
            <h2 id="pilot-plan">{t('pilotWeb.plan.frozenTitle')}</h2>
            <h3>{t('pilot.report.amendments')}</h3>
            <AmendmentList pilot={pilot} />
            <details className="pilot-details">
              <summary>
                {pilot.status === 'running' ? t('pilotWeb.plan.amendOpen') : t('pilotWeb.plan.show')}
              </summary>
              <PlanEditor draft={draft} readiness={{}} status={pilot.status} />
            </details>
            <details className="pilot-details">
              <summary>
                {t('pilotWeb.baseline.frozen', { count: (pilot.frozenBaseline ?? pilot.baseline).length })}
              </summary>
              <BaselineTable pilot={pilot} kpis={savedKpis} />
            </details>
          </section>
        </>
      )}
    </article>
  );
}

function Planned({
  pilot,
  ids,
  draft,
  readiness,
  kpis,
  savedKpis,
}: {
  pilot: PilotView;
  ids: Ids;
  draft: ReturnType<typeof usePlanDraft>;
  readiness: FieldErrors;
  kpis: KpiDraft[];
  savedKpis: KpiDraft[];
}) {
  const { t } = useTranslation();
  const analysis = analysisOf(pilot);
  const start = useStartPilot(ids);
  const [isConfirming, setConfirming] = useState(false);
  const [isBaselineDirty, setBaselineDirty] = useState(false);
  const [imports, setImports] = useState(0);
  const onDirty = useCallback((d: boolean) => setBaselineDirty(d), []);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const baselineProblems = pilot.readiness.problems.filter((p) => p.path.startsWith('baseline'));
  const baselineFindings = analysis?.findings.filter((x) => BASELINE_FINDINGS.has(x.id)) ?? [];
  const canStart = pilot.readiness.canStart && !isBaselineDirty && !draft.isDirty;

  async function confirmStart() {
    if (!(await draft.flush())) return;
    start.mutate();
  }

  return (
    <>
      <section className="pilot-section" aria-labelledby="pilot-plan">
        <h2 id="pilot-plan">{t('pilotWeb.plan.title')}</h2>
        <p className="hint">{t('pilotWeb.plan.intro')}</p>
        <PlanEditor draft={draft} readiness={readiness} status="planned" />
      </section>

      <section className="pilot-section" aria-labelledby="pilot-baseline">
        <h2 id="pilot-baseline">{t('pilotWeb.baseline.title')}</h2>
        <p className="hint">{t('pilotWeb.baseline.intro')}</p>
        <BaselineEditor
          key={imports}
          pilot={pilot}
          ids={ids}
          kpis={savedKpis.length > 0 ? savedKpis : kpis}
          onDirty={onDirty}
        />
        <PilotImport ids={ids} target="baseline" onImported={() => setImports((n) => n + 1)} />
        {(baselineProblems.length > 0 || baselineFindings.length > 0) && (
          <ul className="pilot-problems" aria-label={t('pilotWeb.baseline.problems')}>
            {baselineProblems.map((p) => (
              <li key={p.path + p.message}>{p.message}</li>
            ))}
            {baselineFindings.map((x, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one finding per KPI, in order
              <li key={i}>
                {x.message} <span className="pilot-advice">{x.advice}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="pilot-section" aria-labelledby="pilot-power">
        <h2 id="pilot-power">{t('pilot.report.power')}</h2>
        {analysis ? <PowerCheck analysis={analysis} /> : <p>{t('pilotWeb.power.notYet')}</p>}
      </section>

      <section className="pilot-section" aria-labelledby="pilot-start">
        <h2 id="pilot-start">{t('pilotWeb.start.title')}</h2>
        {pilot.readiness.problems.length > 0 && (
          <>
            <p>{t('pilotWeb.start.missing')}</p>
            <ul className="pilot-problems">
              {pilot.readiness.problems.map((p) => (
                <li key={p.path + p.message}>
                  {p.field ?? p.path}: {p.message}
                </li>
              ))}
            </ul>
          </>
        )}
        {analysis && <Proposal proposal={analysis.proposal} />}
        {isBaselineDirty && <p className="notice">{t('pilotWeb.start.saveBaselineFirst')}</p>}
        {!isConfirming ? (
          <button
            type="button"
            className="primary"
            disabled={!canStart}
            onClick={() => {
              setConfirming(true);
              requestAnimationFrame(() => confirmHeading.current?.focus());
            }}
          >
            {t('pilotWeb.start.button')}
          </button>
        ) : (
          <section className="pilot-confirm" aria-labelledby="pilot-confirm-h">
            <h3 id="pilot-confirm-h" ref={confirmHeading} tabIndex={-1}>
              {t('pilotWeb.start.confirmTitle')}
            </h3>
            <p>{t('pilotWeb.start.warning', { weeks: pilot.plan.weeks ?? 6 })}</p>
            {start.isError && (
              <p className="error" role="alert">
                {start.error.message}
              </p>
            )}
            <div className="form-actions">
              <button
                type="button"
                className="primary"
                disabled={start.isPending}
                onClick={() => void confirmStart()}
              >
                {t('pilotWeb.start.confirm')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('pilotWeb.start.cancel')}
              </button>
            </div>
          </section>
        )}
      </section>
    </>
  );
}
