import { useTranslation } from 'react-i18next';
import { ADOPTION_EMBEDDED } from '../../../src/core/pilot/pilot-constants.ts';
import { figureText } from '../../../src/report/pilot-figures.ts';
import { AdoptionChart, BeforeAfterChart, ControlChart } from './pilot-charts.tsx';
import { usePilotFormat } from './pilot-format.ts';
import type { AnalysisView, KpiAnalysisView } from './pilot-types.ts';

/** Per KPI, in plain words: can the planned weeks show the smallest effect worth having? */
export function PowerCheck({ analysis }: { analysis: AnalysisView }) {
  const { t } = useTranslation();
  const f = usePilotFormat();
  return (
    <ul className="pilot-power">
      {analysis.kpis.map((k) => {
        const p = k.power;
        let line: string;
        let advice: string | null = null;
        let kind: 'ok' | 'warn' = 'warn';
        if (p.status === 'checked') {
          line = t('pilot.report.powerLine', {
            kpi: k.name,
            count: analysis.plannedWeeks,
            effect: f.num(k.smallestEffect),
            unit: k.unit,
            power: p.power,
          });
          if (p.isPowered) kind = 'ok';
          else
            advice =
              p.weeksNeeded === null
                ? t('pilotWeb.power.noLength')
                : t('pilotWeb.power.weeksNeeded', { count: p.weeksNeeded });
        } else if (p.status === 'too-few-baseline') {
          line = t('pilot.report.powerLineTooFew', { kpi: k.name, n: p.baselineCount });
        } else {
          line = t('pilot.report.powerLineNoSpread', { kpi: k.name });
        }
        return (
          <li key={k.id} className={`pilot-power-${kind}`} data-kpi={k.id}>
            <span className="badge">
              {kind === 'ok' ? t('pilotWeb.power.enough') : t('pilotWeb.power.notEnough')}
            </span>{' '}
            {line} {advice}
          </li>
        );
      })}
    </ul>
  );
}

/** The proposed decision with its reason. */
export function Proposal({ proposal }: { proposal: AnalysisView['proposal'] }) {
  const { t } = useTranslation();
  return (
    <div className={`pilot-proposal outcome-${proposal.outcome}`} data-outcome={proposal.outcome}>
      <p className="pilot-proposal-outcome">
        <span className="muted">{t('pilot.report.proposal')}:</span>{' '}
        <strong>{t(`pilot.outcome.${proposal.outcome}`)}</strong>
      </p>
      <p>{proposal.reason}</p>
    </div>
  );
}

/** Effect per KPI, charts, adoption, euros, rules and findings of a pilot with measured weeks. */
export function PilotResults({ analysis }: { analysis: AnalysisView }) {
  const { t } = useTranslation();
  const f = usePilotFormat();
  const ad = analysis.adoption;
  return (
    <div className="pilot-results">
      <p>
        {t('pilot.report.measured', { count: analysis.weeksMeasured })}{' '}
        {t('pilotWeb.results.ofPlanned', { count: analysis.plannedWeeks })}
      </p>
      <Proposal proposal={analysis.proposal} />

      {analysis.kpis.map((k) => (
        <KpiResult key={k.id} kpi={k} />
      ))}

      <section className="pilot-block" aria-labelledby="pilot-adoption">
        <h3 id="pilot-adoption">{t('pilot.report.adoption')}</h3>
        {ad.latest === null ? (
          <p>{t('pilot.report.adoptionNone')}</p>
        ) : (
          <p className="pilot-adoption-text">
            {t('pilotWeb.results.adoptionLatest', {
              share: f.pct(ad.latest),
              week: ad.weeks.at(-1)?.week ?? 0,
              pace: t(`pilot.pace.${ad.weeks.at(-1)?.pace ?? 'on-track'}`),
            })}{' '}
            {ad.weeksToEmbedded === 0
              ? t('pilot.report.adoptionEmbedded', { share: ADOPTION_EMBEDDED })
              : ad.weeksToEmbedded !== null
                ? t('pilot.report.adoptionWeeks', { count: ad.weeksToEmbedded, share: ADOPTION_EMBEDDED })
                : ''}
            {ad.isStalling ? ` ${t('pilotWeb.results.adoptionStalling')}` : ''}
          </p>
        )}
        <AdoptionChart adoption={ad} />
      </section>

      <section className="pilot-block" aria-labelledby="pilot-money">
        <h3 id="pilot-money">{t('pilot.report.money')}</h3>
        <Money analysis={analysis} />
      </section>

      {analysis.predictedVsRealised && (
        <section className="pilot-block" aria-labelledby="pilot-predicted">
          <h3 id="pilot-predicted">{t('pilot.report.predicted')}</h3>
          <Predicted value={analysis.predictedVsRealised} />
        </section>
      )}

      <section className="pilot-block" aria-labelledby="pilot-rules">
        <h3 id="pilot-rules">{t('pilot.report.rules')}</h3>
        {analysis.rules.length === 0 ? (
          <p>{t('pilotWeb.results.noRules')}</p>
        ) : (
          <ul className="pilot-rule-list">
            {analysis.rules.map((r) => (
              <li key={`${r.group}-${r.index}`} className={`rule-${r.status}`} data-status={r.status}>
                <span className={`badge status-${r.status}`}>{t(`pilot.status.${r.status}`)}</span>{' '}
                <span className="muted">{t(`pilot.group.${r.group}`)}:</span> {r.rule.text}
                <br />
                <span className="pilot-figure">{figureText(r.figure, f, t)}</span> — {r.reason}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="pilot-block" aria-labelledby="pilot-findings">
        <h3 id="pilot-findings">{t('pilot.report.findings')}</h3>
        <Findings findings={analysis.findings} />
      </section>

      {(analysis.costs.hoursSpent > 0 || analysis.costs.costsEur > 0) && (
        <p className="muted">
          {t('pilot.report.costs', {
            hours: analysis.costs.hoursSpent,
            costs: f.eur(analysis.costs.costsEur),
          })}
        </p>
      )}
    </div>
  );
}

export function Findings({ findings }: { findings: AnalysisView['findings'] }) {
  const { t } = useTranslation();
  if (findings.length === 0) return <p>{t('pilot.report.noFindings')}</p>;
  return (
    <ul className="pilot-findings">
      {findings.map((x, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id of their own per KPI
        <li key={i} className={`severity-${x.severity}`}>
          <span className="badge">{t(`pilot.severity.${x.severity}`)}</span> {x.message}{' '}
          <span className="pilot-advice">{x.advice}</span>
        </li>
      ))}
    </ul>
  );
}

/** The business case's P10–P90 before the pilot beside what the pilot measured. */
function Predicted({ value }: { value: NonNullable<AnalysisView['predictedVsRealised']> }) {
  const { t } = useTranslation();
  const f = usePilotFormat();
  return (
    <div className="pilot-predicted">
      <p>
        {t('pilot.report.predictedLine', {
          p10: f.eur(value.predicted.p10),
          p50: f.eur(value.predicted.p50),
          p90: f.eur(value.predicted.p90),
        })}
      </p>
      {value.realised && (
        <p>
          {t('pilot.report.realisedLine', {
            estimate: f.eur(value.realised.estimate),
            low: f.eur(value.realised.low),
            high: f.eur(value.realised.high),
          })}
        </p>
      )}
      <p>
        <strong>{t(`pilot.report.position.${value.position}`)}</strong>
      </p>
    </div>
  );
}

function Money({ analysis }: { analysis: AnalysisView }) {
  const { t } = useTranslation();
  const f = usePilotFormat();
  const lines = analysis.kpis.flatMap((k) =>
    k.eurosPerYear === null
      ? []
      : [
          t('pilot.report.moneyLine', {
            kpi: k.name,
            estimate: f.eur(k.eurosPerYear.estimate),
            low: f.eur(k.eurosPerYear.low),
            high: f.eur(k.eurosPerYear.high),
          }),
        ],
  );
  const total = analysis.totalEurosPerYear;
  if (lines.length === 0 || total === null) return <p>{t('pilotWeb.results.moneyNone')}</p>;
  if (lines.length > 1)
    lines.push(
      t('pilot.report.moneyTotal', {
        estimate: f.eur(total.estimate),
        low: f.eur(total.low),
        high: f.eur(total.high),
      }),
    );
  return (
    <ul className="pilot-money">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

function KpiResult({ kpi }: { kpi: KpiAnalysisView }) {
  const { t } = useTranslation();
  const f = usePilotFormat();
  const e = kpi.effect;
  const id = `pilot-kpi-${kpi.id}`;
  return (
    <section className="pilot-block pilot-kpi-result" aria-labelledby={id} data-kpi={kpi.id}>
      <h3 id={id}>
        {kpi.name}
        {kpi.isPrimary ? <span className="muted"> · {t('pilot.memo.primary')}</span> : null}
      </h3>
      {e === null || kpi.baseline.median === null || kpi.pilot.median === null ? (
        <p className="pilot-effect">{t('pilotWeb.results.noEffect', { kpi: kpi.name })}</p>
      ) : (
        <p className="pilot-effect">
          {t('pilotWeb.results.effect', {
            kpi: kpi.name,
            baseline: f.num(kpi.baseline.median),
            pilot: f.num(kpi.pilot.median),
            unit: kpi.unit,
            interval: f.interval(e.improvement, f.signed),
            confidence: f.pct(e.shift.confidence),
          })}{' '}
          {e.relative && t('pilotWeb.results.relative', { interval: f.interval(e.relative, f.signedPct) })}{' '}
          {e.isDetected ? t('pilotWeb.results.detected') : t('pilotWeb.results.notDetected')}{' '}
          {e.improvement.low >= kpi.smallestEffect
            ? t('pilotWeb.results.aboveSmallest', { effect: f.num(kpi.smallestEffect), unit: kpi.unit })
            : e.improvement.high < kpi.smallestEffect
              ? t('pilotWeb.results.belowSmallest', { effect: f.num(kpi.smallestEffect), unit: kpi.unit })
              : t('pilotWeb.results.aroundSmallest', { effect: f.num(kpi.smallestEffect), unit: kpi.unit })}
        </p>
      )}
      <BeforeAfterChart kpi={kpi} />
      <ControlChart kpi={kpi} />
      {kpi.eurosPerYear && (
        <p className="pilot-euros">
          {t('pilot.report.moneyLine', {
            kpi: kpi.name,
            estimate: f.eur(kpi.eurosPerYear.estimate),
            low: f.eur(kpi.eurosPerYear.low),
            high: f.eur(kpi.eurosPerYear.high),
          })}
        </p>
      )}
    </section>
  );
}
