import type { PortfolioRow } from '../../../src/api/portfolio-schemas.ts';

/** The columns the portfolio's table sorts by. */
export const SORT_KEYS = [
  'organisation',
  'title',
  'verdict',
  'p10',
  'p50',
  'p90',
  'oneOff',
  'feasibility',
  'decision',
  'realised',
  'model',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortOrder = { key: SortKey; direction: 'ascending' | 'descending' };

/** Best first when ascending: ready, then fix first, then rethink. */
const VERDICT_RANK = { ready: 0, 'fix-first': 1, rethink: 2 } as const;
const DECISION_RANK = { go: 0, hold: 1, recycle: 2, kill: 3 } as const;

function value(row: PortfolioRow, key: SortKey): string | number | null {
  switch (key) {
    case 'organisation':
      return row.organisationName;
    case 'title':
      return row.title;
    case 'verdict':
      return VERDICT_RANK[row.verdict];
    case 'p10':
      return row.yearlyBenefitEur.p10;
    case 'p50':
      return row.yearlyBenefitEur.p50;
    case 'p90':
      return row.yearlyBenefitEur.p90;
    case 'oneOff':
      return row.oneOffCostEur;
    case 'feasibility':
      return row.feasibility;
    case 'decision':
      return row.decision === null ? null : DECISION_RANK[row.decision];
    case 'realised':
      return row.predictedVsRealised?.realisedEur ?? null;
    case 'model':
      return row.modelVersion;
  }
}

/**
 * The rows sorted by one column; empty values (no decision, no realised figure) go last in either
 * direction, and ties keep the server's order (organisation, then highest P50).
 *
 * @example sortRows(rows, { key: 'feasibility', direction: 'descending' })
 */
export function sortRows(rows: readonly PortfolioRow[], order: SortOrder, locale: string): PortfolioRow[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return rows
    .map((row, index) => ({ row, index, v: value(row, order.key) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.index - b.index : a.v === null ? 1 : -1;
      const c = typeof a.v === 'string' ? collator.compare(a.v, String(b.v)) : a.v - Number(b.v);
      return c === 0 ? a.index - b.index : sign * c;
    })
    .map((x) => x.row);
}
