import { describe, expect, it } from 'vitest';
import type { RenderedIssue, RenderedProfile } from './data-file-types.ts';
import {
  emptyPeriods,
  isIdentifierColumn,
  parseProfileTime,
  sortedIssues,
  topProblems,
  worstSeverity,
} from './profile-summary.ts';

const issue = (code: string, severity: RenderedIssue['severity']): RenderedIssue => ({
  // Placeholder codes such as 'A': these tests order issues by severity, whatever their code.
  code: code as RenderedIssue['code'],
  severity,
  message: { key: `profiler.issue.${code}`, text: code },
});

const profile = (issues: RenderedIssue[], columnIssues: RenderedIssue[]): RenderedProfile => ({
  schemaVersion: 1,
  file: 'x.csv',
  locale: 'nl',
  dataset: { rows: 1, columns: 1, duplicateRows: 0, encoding: 'utf-8', format: 'csv', bytes: 1 },
  columns: [{ name: 'temp', type: 'decimal', missingShare: 0, distinctCount: 1, issues: columnIssues }],
  timeSeries: [],
  pii: [],
  readiness: { level: 'B', reasons: [] },
  issues,
});

describe('sortedIssues', () => {
  it('puts the most severe first, keeps the order within a severity and names the column', () => {
    const p = profile(
      [issue('TOO_FEW_ROWS', 'medium'), issue('A', 'info')],
      [issue('MISSING', 'low'), issue('IMBALANCE', 'high'), issue('B', 'medium')],
    );
    expect(sortedIssues(p).map((i) => i.code)).toEqual(['IMBALANCE', 'TOO_FEW_ROWS', 'B', 'MISSING', 'A']);
    expect(sortedIssues(p)[0]?.column).toBe('temp');
  });

  it('names the worst severity of a list, or none', () => {
    expect(worstSeverity([issue('A', 'low'), issue('B', 'high'), issue('C', 'medium')])).toBe('high');
    expect(worstSeverity([])).toBeNull();
  });

  it('leads with at most three problems and never with information only', () => {
    expect(topProblems(profile([issue('A', 'info')], [])).map((i) => i.code)).toEqual([]);
    const many = profile(
      ['a', 'b', 'c', 'd'].map((c) => issue(c, 'low')),
      [],
    );
    expect(topProblems(many)).toHaveLength(3);
  });
});

describe('parseProfileTime', () => {
  it('reads profile timestamps as UTC', () => {
    expect(parseProfileTime('2026-01-30 10:53:00')?.toISOString()).toBe('2026-01-30T10:53:00.000Z');
    expect(parseProfileTime('2026-01-30')?.toISOString()).toBe('2026-01-30T00:00:00.000Z');
    expect(parseProfileTime('2026-01-30T10:00:00+01:00')?.toISOString()).toBe('2026-01-30T09:00:00.000Z');
    expect(parseProfileTime('no date')).toBeNull();
  });
});

describe('emptyPeriods', () => {
  const b = (start: string, readings: number) => ({ start, readings, expected: 2 });
  it('names each run of periods without readings with its dates', () => {
    const buckets = [
      b('2026-01-01', 2),
      b('2026-01-02', 0),
      b('2026-01-03', 0),
      b('2026-01-04', 1),
      b('2026-01-05', 0),
    ];
    expect(emptyPeriods({ coverageBuckets: buckets, last: '2026-01-05 20:00:00' })).toEqual([
      { from: '2026-01-02', to: '2026-01-04', periods: 2 },
      { from: '2026-01-05', to: '2026-01-05 20:00:00', periods: 1 },
    ]);
  });

  it('finds nothing in a complete series or one without buckets', () => {
    expect(emptyPeriods({ coverageBuckets: [b('2026-01-01', 2)], last: '2026-01-01' })).toEqual([]);
    expect(emptyPeriods({ last: '2026-01-01' })).toEqual([]);
  });
});

describe('isIdentifierColumn', () => {
  const column = (name: string, type: string, codes: string[] = []) => ({
    name,
    type,
    issues: codes.map((c) => issue(c, 'info')),
  });

  it('takes a column whose every value differs (histograms were drawn for ID columns)', () => {
    expect(isIdentifierColumn(column('meting', 'integer', ['UNIQUE']))).toBe(true);
  });

  it('takes whole-number and text columns named like a key', () => {
    for (const name of ['id', 'klant_id', 'Factuurnummer', 'ordernr', 'SKU', 'order-no', 'ID_machine'])
      expect(isIdentifierColumn(column(name, 'integer')), name).toBe(true);
    expect(isIdentifierColumn(column('artikel_code', 'text'))).toBe(true);
  });

  it('leaves measurements alone, also when their name ends like a key', () => {
    expect(isIdentifierColumn(column('temperatuur', 'decimal'))).toBe(false);
    expect(isIdentifierColumn(column('druk', 'integer'))).toBe(false);
    expect(isIdentifierColumn(column('postcode', 'decimal'))).toBe(false);
    expect(isIdentifierColumn(column('video', 'integer'))).toBe(false);
  });
});
