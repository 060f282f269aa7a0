import { describe, expect, it } from 'vitest';
import type { PortfolioRow } from '../../../src/api/portfolio-schemas.ts';
import { sortRows } from './sort-rows.ts';

function row(id: string, overrides: Partial<PortfolioRow> = {}): PortfolioRow {
  return {
    organisationId: 'o',
    organisationName: 'Org',
    useCaseId: id,
    title: id,
    status: 'idea',
    verdict: 'fix-first',
    yearlyBenefitEur: { p10: 0, p50: 0, p90: 0 },
    oneOffCostEur: 0,
    feasibility: 50,
    feasibilityCap: null,
    decision: null,
    decidedOn: null,
    predictedVsRealised: null,
    modelVersion: 5,
    isOlderModel: false,
    ...overrides,
  };
}

describe('sortRows', () => {
  const rows = [
    row('a', { feasibility: 30, verdict: 'rethink', title: 'Zaagsel' }),
    row('b', { feasibility: 80, verdict: 'ready', decision: 'go', title: 'appels' }),
    row('c', { feasibility: 55, title: 'Bakken 10' }),
    row('d', { feasibility: 55, decision: 'kill', title: 'Bakken 9' }),
  ];
  const ids = (r: PortfolioRow[]) => r.map((x) => x.useCaseId).join('');

  it('sorts numbers both ways, keeping ties in the given order', () => {
    expect(ids(sortRows(rows, { key: 'feasibility', direction: 'ascending' }, 'nl'))).toBe('acdb');
    expect(ids(sortRows(rows, { key: 'feasibility', direction: 'descending' }, 'nl'))).toBe('bcda');
  });

  it('puts the best verdict first when ascending', () => {
    expect(ids(sortRows(rows, { key: 'verdict', direction: 'ascending' }, 'nl'))).toBe('bcda');
  });

  it('keeps rows without a decision last in either direction', () => {
    expect(ids(sortRows(rows, { key: 'decision', direction: 'ascending' }, 'nl'))).toBe('bdac');
    expect(ids(sortRows(rows, { key: 'decision', direction: 'descending' }, 'nl'))).toBe('dbac');
  });

  it('sorts titles as people read them: case-blind, numbers by value', () => {
    expect(ids(sortRows(rows, { key: 'title', direction: 'ascending' }, 'nl'))).toBe('bdca');
  });
});
