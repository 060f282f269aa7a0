import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DecisionOutcome } from '../../../src/core/pilot/pilot-schema.ts';
import { ApiError, apiHref } from '../api.ts';
import { useSession } from '../session.ts';
import { TextInput } from './pilot-fields.tsx';
import { usePilotFormat } from './pilot-format.ts';
import { useDecide } from './pilot-queries.ts';
import { Proposal } from './pilot-results.tsx';
import { type AnalysisView, type FieldErrors, fieldErrorsOf, type PilotView } from './pilot-types.ts';

type Ids = { orgId: string; useCaseId: string; pilotId: string };
const OUTCOMES: DecisionOutcome[] = ['go', 'kill', 'hold', 'recycle'];

/**
 * The decision gate: the proposal from the rules beside the sponsor's own Go / Kill / Hold / Recycle
 * with reasons; once recorded, who decided when, and whether it follows the proposal.
 */
export function DecisionPanel({
  pilot,
  analysis,
  ids,
}: {
  pilot: PilotView;
  analysis: AnalysisView | null;
  ids: Ids;
}) {
  const { t, i18n } = useTranslation();
  const f = usePilotFormat();
  const decide = useDecide(ids);
  const session = useSession();
  const role = session.data?.memberships.find((m) => m.organisationId === ids.orgId)?.role;
  const id = useId();
  // The proposal is preselected (and follows it as weeks come in) until the sponsor picks one.
  const [picked, setOutcome] = useState<DecisionOutcome | undefined>(undefined);
  const outcome = picked ?? analysis?.proposal.outcome;
  const [reasons, setReasons] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const d = pilot.decision;
  // A business-case range as the pilot's intervals read: the likely value, then low to high.
  const rangeText = (r: { low: number; likely: number; high: number }) =>
    f.interval({ estimate: r.likely, low: r.low, high: r.high }, f.pct);
  const lang = { lang: i18n.language === 'en' ? ('en' as const) : ('nl' as const) };
  const memo = (
    <p className="pilot-memo">
      <a
        href={apiHref('GET /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/memo.html', {
          params: ids,
          query: lang,
        })}
        download
      >
        {t('pilotWeb.decision.memoHtml')}
      </a>{' '}
      ·{' '}
      <a
        href={apiHref('GET /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/memo.md', {
          params: ids,
          query: lang,
        })}
        download
      >
        {t('pilotWeb.decision.memoMd')}
      </a>
    </p>
  );

  if (d) {
    const proposed = d.proposedOutcome;
    return (
      <div className="pilot-decision">
        {analysis && <Proposal proposal={analysis.proposal} />}
        <div className={`pilot-decided outcome-${d.outcome}`} data-outcome={d.outcome}>
          <p>
            <strong>
              {t('pilot.report.decisionLine', {
                outcome: t(`pilot.outcome.${d.outcome}`),
                by: d.by,
                on: f.day(d.on),
              })}
            </strong>
          </p>
          <p>{t('pilot.report.decisionReasons', { reasons: d.reasons })}</p>
          {proposed && (
            <p className="pilot-agreement">
              {proposed === d.outcome
                ? t('pilot.report.decisionAgrees')
                : t('pilot.report.decisionDiffers', { proposal: t(`pilot.outcomeShort.${proposed}`) })}
            </p>
          )}
        </div>
        {d.businessCase && (
          <div className="pilot-business-case-update" data-revision={d.businessCase.revision}>
            <p>
              {t('pilotWeb.decision.businessCaseUpdated', {
                kpi: d.businessCase.kpi.name,
                range: rangeText(d.businessCase.range),
                revision: d.businessCase.revision,
              })}{' '}
              {d.businessCase.previous
                ? t('pilotWeb.decision.businessCaseBefore', {
                    range: rangeText(d.businessCase.previous),
                  })
                : t('pilotWeb.decision.businessCaseBeforeDefault')}
            </p>
            <p>
              <Link to={`/o/${ids.orgId}/use-cases/${ids.useCaseId}/business-case`}>
                {t('pilotWeb.decision.businessCaseLink')}
              </Link>
            </p>
          </div>
        )}
        {d.outcome === 'go' && !d.businessCase && (
          <p className="hint">{t('pilotWeb.decision.businessCaseUnchanged')}</p>
        )}
        {memo}
      </div>
    );
  }

  async function submit() {
    if (!outcome) return;
    setProblem(null);
    try {
      await decide.mutateAsync({ outcome, reasons: reasons.trim() });
      setErrors({});
    } catch (e) {
      setErrors(e instanceof ApiError ? fieldErrorsOf(e.details) : {});
      setProblem(e instanceof Error ? e.message : String(e));
    }
  }

  const proposal = analysis?.proposal.outcome;
  if (role === 'member') {
    return (
      <div className="pilot-decision">
        {analysis && <Proposal proposal={analysis.proposal} />}
        <p className="notice">{t('pilotWeb.decision.onlySponsor')}</p>
        {memo}
      </div>
    );
  }
  return (
    <div className="pilot-decision">
      {analysis && <Proposal proposal={analysis.proposal} />}
      {memo}
      <form
        className="card"
        aria-labelledby={`${id}-h`}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h3 id={`${id}-h`}>{t('pilotWeb.decision.record')}</h3>
        <p className="hint">{t('pilotWeb.decision.intro')}</p>
        <fieldset className="field choice">
          <legend>{t('pilotWeb.decision.outcome')}</legend>
          <div className="pilot-outcomes">
            {OUTCOMES.map((o) => (
              <label key={o} className={outcome === o ? 'checked' : ''}>
                <input
                  type="radio"
                  name={`${id}-outcome`}
                  value={o}
                  checked={outcome === o}
                  onChange={() => setOutcome(o)}
                />
                {t(`pilot.outcome.${o}`)}
                {o === proposal ? <span className="muted"> ({t('pilotWeb.decision.proposed')})</span> : null}
              </label>
            ))}
          </div>
          {errors.outcome && <span className="field-error">{errors.outcome}</span>}
        </fieldset>
        {outcome && proposal && outcome !== proposal && (
          <p className="notice">
            {t('pilotWeb.decision.differs', { proposal: t(`pilot.outcomeShort.${proposal}`) })}
          </p>
        )}
        <TextInput
          label={t('pilotWeb.decision.reasons')}
          hint={t('pilotWeb.decision.reasonsHint')}
          value={reasons}
          isMultiline
          error={errors.reasons}
          onChange={(v) => setReasons(v ?? '')}
        />
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
        <div className="form-actions">
          <button
            type="submit"
            className="primary"
            disabled={decide.isPending || !outcome || reasons.trim() === ''}
          >
            {t('pilotWeb.decision.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
