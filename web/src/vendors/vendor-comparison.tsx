import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_VENDOR_WEIGHTS,
  VENDOR_SCORED_QUESTIONS,
  type VendorScoredQuestion,
} from '../../../src/core/vendors/vendor-types.ts';
import { apiHref } from '../api.ts';
import { useFormat } from '../format.ts';
import { useSaveWeights } from './vendor-queries.ts';
import type { Comparison, ComparisonRow, UseCaseIds } from './vendor-types.ts';

type Gate = ComparisonRow['gates'][number];

/** Failed gates first, then open, then passed, then not applicable: what stops a vendor comes first. */
const GATE_ORDER: Record<Gate['status'], number> = { failed: 0, open: 1, passed: 2, 'not-applicable': 3 };

/**
 * The vendors side by side, ranked as the server ranks them (fewest failed gates, then fewest open
 * gates, then the weighted score): per vendor its failed gates first with the vendor's own words and
 * whether it showed evidence, then the open gates, the score, the share with evidence and the
 * switching cost. The XLSX has the same comparison.
 */
export function VendorComparison({
  ids,
  comparison,
  canManage,
}: {
  ids: UseCaseIds;
  comparison: Comparison;
  canManage: boolean;
}) {
  const { t, i18n } = useTranslation();
  const xlsx = apiHref('GET /api/orgs/:orgId/use-cases/:useCaseId/vendors/comparison.xlsx', {
    params: ids,
    query: { lang: i18n.language === 'en' ? 'en' : 'nl' },
  });
  return (
    <>
      <p className="hint">{t('vendorsWeb.compare.intro')}</p>
      <ol className="vendor-compare" data-table="vendor-comparison">
        {comparison.rows.map((row, i) => (
          <RankCard
            key={row.vendorId}
            row={row}
            rank={i + 1}
            isSelected={row.vendorId === comparison.selectedId}
          />
        ))}
      </ol>
      <p>
        <a className="button" href={xlsx} download>
          {t('vendorsWeb.compare.xlsx')}
        </a>
      </p>
      <Weights ids={ids} weights={comparison.weights} canManage={canManage} />
    </>
  );
}

function RankCard({ row, rank, isSelected }: { row: ComparisonRow; rank: number; isSelected: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const headingId = useId();
  const gates = [...row.gates].sort((a, b) => GATE_ORDER[a.status] - GATE_ORDER[b.status]);
  const failed = gates.filter((g) => g.status === 'failed');
  const open = gates.filter((g) => g.status === 'open');
  const rest = gates.filter((g) => g.status === 'passed' || g.status === 'not-applicable');
  const cost = row.switchingCost;
  return (
    <li
      className={`vendor-rank${row.failedGates > 0 ? ' has-failed' : ''}${isSelected ? ' is-selected' : ''}`}
      data-vendor={row.name}
      data-failed={row.failedGates}
    >
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>
          <span className="vendor-rank-number">{t('vendorsWeb.compare.rank', { rank })}</span> {row.name}
        </h3>
        <p className="vendor-rank-meta">
          {row.chosen && <span className="badge vendor-chosen">{t('vendorsWeb.vendor.chosen')}</span>}{' '}
          {isSelected && !row.chosen && <span className="badge">{t('vendorsWeb.compare.selected')}</span>}{' '}
          {!row.answered
            ? t('vendorsWeb.compare.notAnswered')
            : row.submitted
              ? t(`vendorsWeb.vendor.answeredBy.${row.answeredBy ?? 'vendor'}`)
              : t('vendorsWeb.vendor.draft')}
        </p>
        <p
          className={
            row.failedGates > 0 ? 'vendor-gates-summary vendor-gates-failed' : 'vendor-gates-summary'
          }
        >
          {row.failedGates > 0
            ? t('vendorsWeb.compare.failedGates', { count: row.failedGates })
            : t('vendorsWeb.compare.noFailedGates')}
          {row.openGates > 0 && ` · ${t('vendorsWeb.compare.openGates', { count: row.openGates })}`}
        </p>
        {failed.length + open.length > 0 && (
          <ul className="vendor-gates">
            {[...failed, ...open].map((g) => (
              <GateLine key={g.gate} gate={g} />
            ))}
          </ul>
        )}
        {rest.length > 0 && (
          <details className="vendor-gates-rest">
            <summary className="vendor-summary">
              {t('vendorsWeb.compare.otherGates', { count: rest.length })}
            </summary>
            <ul className="vendor-gates">
              {rest.map((g) => (
                <GateLine key={g.gate} gate={g} />
              ))}
            </ul>
          </details>
        )}
        <dl className="vendor-figures">
          <div>
            <dt>{t('vendorsWeb.compare.score')}</dt>
            <dd data-score={row.score}>
              {t('vendorsWeb.compare.scoreValue', { score: fmt.number(row.score, 0) })}
            </dd>
          </div>
          <div>
            <dt>{t('vendorsWeb.compare.evidenced')}</dt>
            <dd>{fmt.percent(row.evidencedShare, 0)}</dd>
          </div>
          <div className="vendor-figure-wide">
            <dt>{t('vendorsWeb.compare.switching')}</dt>
            <dd data-switching={cost.likely}>
              {t('vendorsWeb.compare.switchingRange', {
                low: fmt.eur(cost.low),
                likely: fmt.eur(cost.likely),
                high: fmt.eur(cost.high),
              })}
            </dd>
          </div>
        </dl>
        <details className="vendor-switching-parts">
          <summary className="vendor-summary">{t('vendorsWeb.compare.switchingParts')}</summary>
          <ul className="vendor-plain-list">
            <li>
              {t('vendors.switching.part.remainingContract')}: {fmt.eur(cost.parts.remainingContract)}
            </li>
            <li>
              {t('vendors.switching.part.migration')}:{' '}
              {t('vendorsWeb.compare.switchingRange', {
                low: fmt.eur(cost.parts.migration.low),
                likely: fmt.eur(cost.parts.migration.likely),
                high: fmt.eur(cost.parts.migration.high),
              })}
            </li>
            <li>
              {t('vendors.switching.part.retraining')}: {fmt.eur(cost.parts.retraining)}
            </li>
            <li>
              {t('vendors.switching.part.parallelRunning')}: {fmt.eur(cost.parts.parallelRunning)}
            </li>
          </ul>
          {cost.assumptions.length > 0 && (
            <>
              <p className="hint">{t('vendorsWeb.compare.assumptions')}</p>
              <ul className="vendor-plain-list hint">
                {cost.assumptions.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            </>
          )}
        </details>
      </article>
    </li>
  );
}

function GateLine({ gate }: { gate: Gate }) {
  const { t } = useTranslation();
  return (
    <li className={`vendor-gate vendor-gate-${gate.status}`} data-gate={gate.gate} data-status={gate.status}>
      <span className={`badge vendor-gate-status-${gate.status}`}>
        {t(`vendors.gateStatus.${gate.status}`)}
      </span>{' '}
      <span className="vendor-gate-title">{t(`vendors.gate.${gate.gate}.title`)}</span>
      {gate.status !== 'not-applicable' && gate.status !== 'open' && (
        <>
          {' '}
          <span className="muted">
            ({t(gate.evidenced ? 'vendors.basis.evidenced' : 'vendors.basis.selfDeclared')})
          </span>
        </>
      )}
      {gate.missing && <span className="hint">{t(`vendorsWeb.compare.missing.${gate.missing}`)}</span>}
      {gate.quote && <q className="vendor-quote">{gate.quote}</q>}
    </li>
  );
}

/** The weights of the scored questions, 0–5 each; the owner changes them, everyone sees them. */
function Weights({
  ids,
  weights,
  canManage,
}: {
  ids: UseCaseIds;
  weights: Record<string, number>;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveWeights(ids);
  const current = (q: VendorScoredQuestion) => weights[q] ?? DEFAULT_VENDOR_WEIGHTS[q];
  const [draft, setDraft] = useState<Record<VendorScoredQuestion, string> | null>(null);
  const shown = (q: VendorScoredQuestion) => draft?.[q] ?? String(current(q));
  const parsed = VENDOR_SCORED_QUESTIONS.map((q) => [q, Number(shown(q))] as const);
  const isValid = parsed.every(([, w]) => Number.isFinite(w) && w >= 0 && w <= 5);
  return (
    <details className="vendor-weights">
      <summary className="vendor-summary">{t('vendorsWeb.weights.title')}</summary>
      <p className="hint">{t('vendorsWeb.weights.intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!isValid) return;
          save.mutate(Object.fromEntries(parsed), { onSuccess: () => setDraft(null) });
        }}
        noValidate
      >
        <div className="vendor-grid">
          {VENDOR_SCORED_QUESTIONS.map((q) => (
            <div className="field" key={q}>
              <label htmlFor={`${id}-${q}`}>{t(`vendors.question.${q}.title`)}</label>
              <input
                id={`${id}-${q}`}
                type="number"
                inputMode="decimal"
                min={0}
                max={5}
                step={0.5}
                readOnly={!canManage}
                value={shown(q)}
                onChange={(e) =>
                  setDraft({
                    ...(Object.fromEntries(VENDOR_SCORED_QUESTIONS.map((k) => [k, shown(k)])) as Record<
                      VendorScoredQuestion,
                      string
                    >),
                    [q]: e.target.value,
                  })
                }
              />
            </div>
          ))}
        </div>
        {!isValid && (
          <p className="field-error" role="alert">
            {t('vendorsWeb.weights.invalid')}
          </p>
        )}
        {save.isError && (
          <p className="error" role="alert">
            {save.error.message}
          </p>
        )}
        {canManage && (
          <div className="vendor-actions">
            <button type="submit" className="primary" disabled={save.isPending || !isValid || draft === null}>
              {save.isPending ? t('web.common.busy') : t('vendorsWeb.weights.save')}
            </button>
            <button
              type="button"
              onClick={() =>
                setDraft(
                  Object.fromEntries(
                    VENDOR_SCORED_QUESTIONS.map((q) => [q, String(DEFAULT_VENDOR_WEIGHTS[q])]),
                  ) as Record<VendorScoredQuestion, string>,
                )
              }
            >
              {t('vendorsWeb.weights.defaults')}
            </button>
          </div>
        )}
      </form>
    </details>
  );
}
