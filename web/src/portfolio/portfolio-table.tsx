import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PortfolioRow } from '../../../src/api/portfolio-schemas.ts';
import { ScrollTable } from '../components/scroll-table.tsx';
import { useFormat } from '../format.ts';
import { type SortKey, type SortOrder, sortRows } from './sort-rows.ts';

const NUMERIC: ReadonlySet<SortKey> = new Set(['p10', 'p50', 'p90', 'oneOff', 'feasibility', 'realised']);

/** The column headers in order, with the key each sorts by. */
const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'organisation', label: 'organisation' },
  { key: 'title', label: 'title' },
  { key: 'verdict', label: 'verdict' },
  { key: 'feasibility', label: 'feasibility' },
  { key: 'p10', label: 'p10' },
  { key: 'p50', label: 'p50' },
  { key: 'p90', label: 'p90' },
  { key: 'oneOff', label: 'oneOff' },
  { key: 'decision', label: 'decision' },
  { key: 'realised', label: 'realised' },
  { key: 'model', label: 'model' },
];

/**
 * The portfolio's figures as a table: the same numbers as the matrix, sortable by every column
 * (a button in each header; `aria-sort` says which one sorts now), in a box that scrolls sideways
 * on a phone.
 */
export function PortfolioTable({
  rows,
  modelVersion,
}: {
  rows: readonly PortfolioRow[];
  modelVersion: number;
}) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const [order, setOrder] = useState<SortOrder | null>(null);
  const sorted = order ? sortRows(rows, order, i18n.language) : rows;

  function sortBy(key: SortKey) {
    setOrder((current) =>
      current?.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: NUMERIC.has(key) ? 'descending' : 'ascending' },
    );
  }

  function modelText(r: PortfolioRow): string {
    if (r.modelVersion === null)
      return r.isOlderModel ? t('portfolio.model.unrecorded') : t('portfolio.model.none');
    return r.isOlderModel
      ? t('portfolio.model.older', { version: r.modelVersion })
      : t('portfolio.model.current', { version: r.modelVersion });
  }

  return (
    <ScrollTable label={t('portfolio.matrix.tableTitle')}>
      <table className="table portfolio-table">
        <caption className="visually-hidden">{t('portfolio.matrix.tableTitle')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const label = t(`portfolio.column.${c.label}`);
              const isSorted = order?.key === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={NUMERIC.has(c.key) ? 'num' : undefined}
                  aria-sort={isSorted ? order.direction : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => sortBy(c.key)}
                    title={t('portfolio.sortBy', { column: label })}
                  >
                    {label}
                    <span aria-hidden="true" className="sort-mark">
                      {isSorted ? (order.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.useCaseId} data-use-case={r.useCaseId}>
              <td>{r.organisationName}</td>
              <th scope="row">
                <Link to={`/o/${r.organisationId}/use-cases/${r.useCaseId}/results`}>
                  {r.title || t('web.useCases.untitled')}
                </Link>
              </th>
              <td>
                <span className={`card-verdict verdict-chip-${r.verdict}`}>
                  {t(`web.verdict.${r.verdict}.title`)}
                </span>
              </td>
              <td className="num">{r.feasibility}</td>
              <td className="num">{fmt.eur(r.yearlyBenefitEur.p10)}</td>
              <td className="num">{fmt.eur(r.yearlyBenefitEur.p50)}</td>
              <td className="num">{fmt.eur(r.yearlyBenefitEur.p90)}</td>
              <td className="num">{fmt.eur(r.oneOffCostEur)}</td>
              <td>
                {t(`portfolio.decision.${r.decision ?? 'none'}`)}
                {r.decidedOn && <small className="muted"> · {fmt.date(r.decidedOn)}</small>}
              </td>
              <td className="num">
                {r.predictedVsRealised ? (
                  <>
                    {r.predictedVsRealised.realisedEur === null
                      ? '—'
                      : fmt.eur(r.predictedVsRealised.realisedEur)}
                    <small className="muted">
                      {' '}
                      ({t('portfolio.column.predicted')} {fmt.eur(r.predictedVsRealised.predictedEur.p50)},{' '}
                      {t(`portfolio.position.${r.predictedVsRealised.position}`)})
                    </small>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>
                {r.isOlderModel ? (
                  <span
                    className="badge old-model"
                    title={t('portfolio.model.olderExplain', { current: modelVersion })}
                  >
                    {modelText(r)}
                  </span>
                ) : (
                  modelText(r)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
