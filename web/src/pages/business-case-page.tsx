import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MouseEvent } from 'react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  type StallEvidence,
  stallEvidenceOfSummary,
} from '../../../src/core/business-case/assessed-business-case.ts';
import { BUSINESS_CASE_DEFAULTS } from '../../../src/core/business-case/business-case-defaults.ts';
import {
  BUSINESS_CASE_INPUT_UNITS,
  type BusinessCaseInputId,
} from '../../../src/core/business-case/business-case-types.ts';
import { type VendorLicence, vendorLicence } from '../../../src/core/business-case/vendor-licence.ts';
import type { Message } from '../../../src/core/message.ts';
import { statusQuoCost } from '../../../src/core/status-quo-cost.ts';
import {
  type DocumentPath,
  type ValueAtPath,
  valueAtPath,
  withValueAtPath,
} from '../../../src/core/use-case/use-case-paths.ts';
import type { Range, UseCase } from '../../../src/core/use-case/use-case-schema.ts';
import { api, apiHref, type StoredUseCase } from '../api.ts';
import { NpvHistogramChart } from '../business-case/npv-histogram-chart.tsx';
import { RangeField } from '../business-case/range-field.tsx';
import { defaultRange, documentPath, RANGE_GROUPS, rangeEntry } from '../business-case/range-inputs.ts';
import type { SimulationOutput } from '../business-case/simulation-protocol.ts';
import { TornadoChart } from '../business-case/tornado-chart.tsx';
import { useBusinessCaseSimulation } from '../business-case/use-business-case-simulation.ts';
import { FieldGroup, NumberField } from '../components/fields.tsx';
import { LoadFailed } from '../components/load-failed.tsx';
import { SaveState } from '../components/save-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { UseCaseHeader } from '../components/use-case-header.tsx';
import { useFormat } from '../format.ts';
import { useAutosave } from '../use-autosave.ts';
import { useUseCase } from '../use-case-query.ts';

/**
 * The business case of one use case: what the current process costs, low / likely / high ranges for
 * every uncertain input, and the simulated outcome recomputed in the browser (a Web Worker) on every
 * change. Changed ranges are saved into the document's `businessCase` section as a new revision.
 */
export function BusinessCasePage() {
  const { t } = useTranslation();
  const { orgId, useCaseId } = useParams();
  const query = useUseCase(orgId, useCaseId);
  if (query.isPending) return <p>{t('web.common.loading')}</p>;
  if (query.isError) return <LoadFailed error={query.error} />;
  return <BusinessCaseEditor key={query.data.id} useCase={query.data} orgId={orgId!} />;
}

/** No assessment to follow (the document sets the stall chance itself): nothing to weigh. */
const NO_STALL_EVIDENCE: StallEvidence = { factorRisks: {}, conditions: {} };

/**
 * The stall evidence of the server's assessment of the saved document, with all its evidence (data
 * files, vendors): asked again after every save, so the worker follows what the API and the XLSX say.
 * The previous evidence stays in use while the next is on its way.
 */
function useServerStallEvidence(orgId: string, useCase: StoredUseCase) {
  const query = useQuery({
    queryKey: ['business-case-assessment', orgId, useCase.id, useCase.revision],
    queryFn: () =>
      api.get('/api/orgs/:orgId/use-cases/:useCaseId/business-case', {
        params: { orgId, useCaseId: useCase.id },
        // Only the assessment is used: the fewest runs for the report part.
        query: { runs: 1 },
      }),
    select: (report) => report.assessment,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const evidence = useMemo(
    () =>
      query.data === undefined
        ? null
        : query.data === null
          ? NO_STALL_EVIDENCE
          : stallEvidenceOfSummary(query.data),
    [query.data],
  );
  const error = query.isError
    ? query.error instanceof Error
      ? query.error.message
      : String(query.error)
    : null;
  return { evidence, error };
}

function BusinessCaseEditor({ useCase, orgId }: { useCase: StoredUseCase; orgId: string }) {
  const { t, i18n } = useTranslation();
  const autosave = useAutosave(useCase, orgId);
  const doc = autosave.doc;
  const stall = useServerStallEvidence(orgId, useCase);
  const simulation = useBusinessCaseSimulation(doc, stall.evidence);
  const set: SetField = (path) => (value) => autosave.update(withValueAtPath(doc, path, value));
  // The licence the model uses without an own range: the vendor's yearly cost from the intake.
  const licenceQuote = vendorLicence(doc);
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const xlsxHref = apiHref('GET /api/orgs/:orgId/use-cases/:useCaseId/business-case.xlsx', {
    params: { orgId, useCaseId: useCase.id },
    query: { lang },
  });

  async function exportXlsx(event: MouseEvent<HTMLAnchorElement>) {
    // The workbook is computed from the saved version: save what is pending first.
    if (autosave.state === 'pending' || autosave.state === 'saving') {
      event.preventDefault();
      await autosave.flush();
      window.location.assign(xlsxHref);
    }
  }

  return (
    <section>
      <UseCaseHeader useCase={useCase} />
      <p className="lead">{t('businessCase.page.intro')}</p>
      <StatusQuoPanel document={doc} base={`/o/${orgId}/use-cases/${useCase.id}`} />
      <div className="bc-layout">
        <form className="bc-inputs" onSubmit={(e) => e.preventDefault()}>
          {RANGE_GROUPS.map((group) => (
            <FieldGroup key={group.id} title={t(`businessCase.page.group.${group.id}`)}>
              {group.inputs.map((id) => (
                <RangeInput
                  key={id}
                  id={id}
                  value={valueAtPath(doc, documentPath(id))}
                  vendor={id === 'yearlyCosts.licence' ? licenceQuote : null}
                  onChange={set(documentPath(id))}
                />
              ))}
            </FieldGroup>
          ))}
          <SettingsGroup document={doc} set={set} output={simulation.output} />
          <div className="form-actions sticky">
            <a className="button" href={xlsxHref} download onClick={(e) => void exportXlsx(e)}>
              {t('businessCase.page.exportXlsx')}
            </a>
            <SaveState state={autosave.state} error={autosave.error} />
          </div>
        </form>
        <section
          className="panel bc-results"
          aria-labelledby="bc-results-title"
          aria-busy={simulation.isBusy}
        >
          <h2 id="bc-results-title">{t('businessCase.page.results.title')}</h2>
          {stall.error && (
            <p className="error" role="alert">
              {stall.error}
            </p>
          )}
          {simulation.failed && (
            <p className="error" role="alert">
              {t('businessCase.page.results.failed')}
            </p>
          )}
          {simulation.problems.length > 0 && (
            <p className="error" role="alert">
              {t('businessCase.page.results.invalid', { paths: simulation.problems.join(', ') })}
            </p>
          )}
          {simulation.output ? (
            <Results output={simulation.output} />
          ) : (
            !simulation.failed && <p className="muted">{t('businessCase.page.results.computing')}</p>
          )}
        </section>
      </div>
    </section>
  );
}

function RangeInput(props: {
  id: BusinessCaseInputId;
  value: Range | undefined;
  vendor: VendorLicence | null;
  onChange: (range: Range | undefined) => void;
}) {
  const { t } = useTranslation();
  const entry = rangeEntry(props.id);
  const vendor = props.vendor;
  return (
    <RangeField
      label={t(`businessCase.input.${props.id}`)}
      unit={t(`businessCase.page.unit.${BUSINESS_CASE_INPUT_UNITS[props.id]}`)}
      scale={entry.scale}
      max={entry.max}
      value={props.value}
      fallback={vendor ? vendor.range : defaultRange(props.id)}
      fallbackSource={
        vendor
          ? {
              badge: t('businessCase.page.vendorQuote', { vendor: vendor.vendor }),
              reset: t('businessCase.page.useVendorQuote'),
            }
          : undefined
      }
      onChange={props.onChange}
    />
  );
}

/** A setter for one field of the document, typed by its path. */
type SetField = <P extends DocumentPath<UseCase>>(
  path: P,
) => (value: ValueAtPath<UseCase, P> | undefined) => void;

function SettingsGroup(props: { document: UseCase; set: SetField; output: SimulationOutput | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const horizonId = useId();
  const d = BUSINESS_CASE_DEFAULTS;
  const settings = props.document.businessCase ?? {};
  const horizon = settings.horizonYears;
  const assessed = props.output?.assessedStall.probability;
  return (
    <FieldGroup title={t('businessCase.page.group.settings')}>
      <div className="field">
        <label htmlFor={horizonId}>{t('businessCase.page.settings.horizon')}</label>
        <select
          id={horizonId}
          value={horizon === undefined ? '' : String(horizon)}
          onChange={(e) =>
            props.set('businessCase.horizonYears')(e.target.value === '' ? undefined : Number(e.target.value))
          }
        >
          <option value="">
            {t('businessCase.page.settings.horizonDefault', { count: d.horizonYears })}
          </option>
          {Array.from({ length: 10 }, (_, i) => i + 1).map((years) => (
            <option key={years} value={years}>
              {t('businessCase.page.settings.years', { count: years })}
            </option>
          ))}
        </select>
      </div>
      <div className="grid-3">
        <NumberField
          label={t('businessCase.page.settings.discountRate')}
          unit="%"
          scale={100}
          min={0}
          max={50}
          value={settings.discountRate}
          onChange={props.set('businessCase.discountRate')}
          hint={t('businessCase.page.settings.emptyIsDefault', { value: fmt.percent(d.discountRate) })}
        />
        <NumberField
          label={t('businessCase.page.settings.stallProbability')}
          unit="%"
          scale={100}
          min={0}
          max={100}
          value={settings.stallProbability}
          onChange={props.set('businessCase.stallProbability')}
          hint={
            assessed === undefined
              ? t('businessCase.page.settings.stallHintPending')
              : t('businessCase.page.settings.stallHint', { p: fmt.percent(assessed) })
          }
        />
        <NumberField
          label={t('businessCase.page.settings.stalledCostShare')}
          unit="%"
          scale={100}
          min={0}
          max={100}
          value={settings.stalledCostShare}
          onChange={props.set('businessCase.stalledCostShare')}
          hint={t('businessCase.page.settings.emptyIsDefault', { value: fmt.percent(d.stalledCostShare) })}
        />
      </div>
    </FieldGroup>
  );
}

/** Labour and error cost of the current process, per week and per year: what the project can save. */
function StatusQuoPanel({ document, base }: { document: UseCase; base: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const problem = document.problem;
  const sq = statusQuoCost(problem);
  const eur = (n: number) => (Number.isInteger(n) ? fmt.eur(n) : fmt.eurCents(n));
  const p = problem ?? {};
  const hasLabour = p.hoursPerWeek !== undefined && p.hourlyCost !== undefined;
  const hasErrors =
    p.volumePerWeek !== undefined && p.errorRate !== undefined && p.costPerError !== undefined;
  return (
    <section className="panel bc-status-quo" aria-labelledby="bc-status-quo-title">
      <h2 id="bc-status-quo-title">{t('businessCase.statusQuo.heading')}</h2>
      {sq === null ? (
        <p>
          {t('businessCase.statusQuo.none')} <Link to={base}>{t('businessCase.page.statusQuo.fillIn')}</Link>
        </p>
      ) : (
        <>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('businessCase.statusQuo.columnItem')}</th>
                <th scope="col" className="num">
                  {t('businessCase.statusQuo.columnPerWeek')}
                </th>
                <th scope="col" className="num">
                  {t('businessCase.statusQuo.columnPerYear')}
                </th>
              </tr>
            </thead>
            <tbody>
              {hasLabour && (
                <tr>
                  <th scope="row">
                    {t('businessCase.statusQuo.labour', {
                      hours: fmt.number(p.hoursPerWeek!),
                      rate: eur(p.hourlyCost!),
                    })}
                  </th>
                  <td className="num">{eur(sq.breakdown.labourPerWeek)}</td>
                  <td className="num">{eur(sq.breakdown.labourPerYear)}</td>
                </tr>
              )}
              {hasErrors && (
                <tr>
                  <th scope="row">
                    {t('businessCase.statusQuo.errors', {
                      volume: fmt.number(p.volumePerWeek!),
                      errorRate: fmt.percent(p.errorRate!),
                      costPerError: eur(p.costPerError!),
                    })}
                  </th>
                  <td className="num">{eur(sq.breakdown.errorsPerWeek)}</td>
                  <td className="num">{eur(sq.breakdown.errorsPerYear)}</td>
                </tr>
              )}
              <tr className="total">
                <th scope="row">{t('businessCase.statusQuo.total')}</th>
                <td className="num">{eur(sq.breakdown.labourPerWeek + sq.breakdown.errorsPerWeek)}</td>
                <td className="num">{eur(sq.perYear)}</td>
              </tr>
            </tbody>
          </table>
          <p className="muted small">
            {t('businessCase.statusQuo.weeks', { weeks: fmt.number(sq.breakdown.weeksPerYear) })}
          </p>
          {sq.isPartial && (
            <p className="notice">
              {t('businessCase.statusQuo.partial', {
                missing: t(
                  hasLabour ? 'businessCase.statusQuo.missingErrors' : 'businessCase.statusQuo.missingLabour',
                ),
              })}{' '}
              <Link to={base}>{t('businessCase.page.statusQuo.fillIn')}</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}

function Results({ output }: { output: SimulationOutput }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { result, findings, histogram } = output;
  const s = result.simulated;
  const d = result.deterministic;
  const years = result.inputs.horizonYears;
  const months = (m: number | null) =>
    m === null
      ? t('businessCase.outcome.notWithinHorizon', { years })
      : t('businessCase.outcome.months', { n: fmt.number(m) });
  const render = (m: Message) => t(m.key, m.params ?? {});
  const stall = result.stall;
  const factors = [
    ...stall.contributions.map((c) =>
      t('businessCase.stall.factor', {
        factor: t(`businessCase.factor.${c.factor}`),
        risk: t(`businessCase.risk.${c.risk}`),
        multiplier: fmt.number(c.oddsMultiplier),
      }),
    ),
    ...stall.conditionContributions.map((c) =>
      t('businessCase.stall.condition', {
        condition: t(`businessCase.condition.${c.condition}`),
        status: t(`businessCase.conditionStatus.${c.status}`),
        multiplier: fmt.number(c.oddsMultiplier),
      }),
    ),
  ].join('; ');
  const top = result.measureFirst;
  const topBar = result.tornado.bars[0];
  const unit = top === null ? null : BUSINESS_CASE_INPUT_UNITS[top];
  const rows: [string, { p10: number; p50: number; p90: number }, number][] = [
    [t('businessCase.outcome.savingsPerYear'), s.savingsPerYearEur, d.savingsPerYearEur],
    [t('businessCase.outcome.netPerYear'), s.netBenefitPerYearEur, d.netBenefitPerYearEur],
    [t('businessCase.outcome.npv', { years }), s.npvEur, d.npvEur],
  ];

  return (
    <>
      <p className="visually-hidden" role="status">
        {t('businessCase.page.results.summary', {
          p: fmt.percent(s.probabilityNpvPositive),
          expected: fmt.eur(result.expected.npvEur),
        })}
      </p>
      <dl className="bc-figures">
        <div className="bc-figure" data-figure="probability">
          <dt>{t('businessCase.page.figure.probabilityPositive')}</dt>
          <dd className="bc-figure-value">{fmt.percent(s.probabilityNpvPositive)}</dd>
          <dd className="small muted">
            {t('businessCase.page.figure.plusMinus', { se: fmt.percent(s.probabilityNpvPositiveStdError) })}
          </dd>
        </div>
        <div className="bc-figure" data-figure="stall">
          <dt>{t('businessCase.page.figure.stall')}</dt>
          <dd className="bc-figure-value">{fmt.percent(stall.probability)}</dd>
          <dd className="small muted">{t(`businessCase.page.figure.stallSource.${stall.source}`)}</dd>
        </div>
        <div className="bc-figure" data-figure="expected">
          <dt>{t('businessCase.page.figure.expected', { years })}</dt>
          <dd className="bc-figure-value">{fmt.eur(result.expected.npvEur)}</dd>
          <dd className="small muted">
            {t('businessCase.page.figure.plusMinus', { se: fmt.eur(result.expected.npvStdErrorEur) })}
          </dd>
        </div>
        <div className="bc-figure" data-figure="expectedPositive">
          <dt>{t('businessCase.page.figure.expectedPositive')}</dt>
          <dd className="bc-figure-value">{fmt.percent(result.expected.probabilityNpvPositive)}</dd>
          <dd className="small muted">
            {t('businessCase.page.figure.plusMinus', {
              se: fmt.percent(result.expected.probabilityNpvPositiveStdError),
            })}
          </dd>
        </div>
      </dl>

      <h3>{t('businessCase.outcome.heading')}</h3>
      <ScrollTable label={t('businessCase.outcome.heading')}>
        <table className="table bc-percentiles">
          <thead>
            <tr>
              <th scope="col">{t('businessCase.outcome.columnMeasure')}</th>
              <th scope="col" className="num">
                P10
              </th>
              <th scope="col" className="num">
                P50
              </th>
              <th scope="col" className="num">
                P90
              </th>
              <th scope="col" className="num">
                {t('businessCase.outcome.columnLikely')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, stat, likely]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="num">{fmt.eur(stat.p10)}</td>
                <td className="num">{fmt.eur(stat.p50)}</td>
                <td className="num">{fmt.eur(stat.p90)}</td>
                <td className="num">{fmt.eur(likely)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('businessCase.outcome.payback')}</th>
              <td className="num">{months(s.paybackMonth.p10)}</td>
              <td className="num">{months(s.paybackMonth.p50)}</td>
              <td className="num">{months(s.paybackMonth.p90)}</td>
              <td className="num">{months(d.paybackMonth)}</td>
            </tr>
          </tbody>
        </table>
      </ScrollTable>
      <p className="small muted">{t('businessCase.page.results.percentiles')}</p>
      <p className="small">
        {t('businessCase.outcome.costs', {
          oneOff: fmt.eur(d.oneOffEur),
          yearly: fmt.eur(d.yearlyCostEur),
        })}
      </p>
      <p className="small muted bc-monte-carlo" data-elapsed-ms={output.elapsedMs.toFixed(1)}>
        {t('businessCase.page.results.monteCarlo', {
          runs: fmt.number(result.runs),
          seed: result.seed,
          npv: fmt.eur(s.npvEur.meanStdError),
          p: fmt.percent(s.probabilityNpvPositiveStdError),
        })}{' '}
        {t('businessCase.page.results.elapsed', { ms: fmt.number(Math.round(output.elapsedMs)) })}
      </p>

      <NpvHistogramChart histogram={histogram} years={years} />

      <h3>{t('businessCase.tornado.heading')}</h3>
      <p className="measure-first">
        {top === null || topBar === undefined
          ? t('businessCase.measureFirst.none')
          : t(`businessCase.measureFirst.${unit === 'eur' || unit === 'eurPerYear' ? 'quote' : 'measure'}`, {
              input: t(`businessCase.input.${top}`),
              swing: fmt.eur(topBar.swingEur),
            })}
      </p>
      <TornadoChart tornado={result.tornado} />

      <h3>{t('businessCase.stall.heading')}</h3>
      <p className="bc-stall">
        {t(`businessCase.stall.${stall.source}`, { p: fmt.percent(stall.probability), factors })}
      </p>
      <p className="small muted">
        {t('businessCase.stall.assumption', { share: fmt.percent(stall.stalledCostShare) })}
      </p>
      {result.switching && (
        <p className="bc-switching" data-figure="switching">
          {t('businessCase.switching.summary', {
            low: fmt.eur(result.switching.range.low),
            likely: fmt.eur(result.switching.range.likely),
            high: fmt.eur(result.switching.range.high),
            npv: fmt.eur(result.switching.npvWithExitEur),
          })}{' '}
          {result.switching.tornadoBar &&
            t('businessCase.switching.tornado', { swing: fmt.eur(result.switching.tornadoBar.swingEur) })}
        </p>
      )}

      <h3>{t('businessCase.findings.heading')}</h3>
      {findings.length === 0 ? (
        <p className="muted">{t('businessCase.findings.none')}</p>
      ) : (
        <ul className="findings">
          {findings.map((f) => (
            <li key={f.id} className={`finding sev-${f.severity}`}>
              <p className="finding-title">
                <span className={`badge sev-badge-${f.severity}`}>{t(`web.severity.${f.severity}`)}</span>{' '}
                {render(f.title)}
              </p>
              <p className="evidence">{render(f.evidence)}</p>
              <p className="advice">{render(f.advice)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
