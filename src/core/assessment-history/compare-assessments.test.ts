import { describe, expect, it } from 'vitest';
import type { Assessment, FactorResult, Finding, Severity } from '../assessment/assessment-types.ts';
import { compareAssessments } from './compare-assessments.ts';

const finding = (id: string, severity: Severity = 'high', extra: Partial<Finding> = {}): Finding => ({
  id,
  severity,
  title: {
    key: `t.${id.replace(/\.f\d+$/, '')}`,
    params: extra.subject?.file ? { file: extra.subject.file } : {},
  },
  evidence: { key: 'e' },
  advice: { key: 'a' },
  ...extra,
});

const factor = (
  id: FactorResult['id'],
  risk: FactorResult['risk'],
  findings: (string | Finding)[] = [],
): FactorResult => ({
  id,
  risk,
  score: { low: 10, medium: 40, high: 70, critical: 90 }[risk],
  findings: findings.map((f) => (typeof f === 'string' ? finding(f) : f)),
});

const assessment = (overrides: Partial<Assessment>): Assessment => ({
  schemaVersion: 1,
  verdict: 'fix-first',
  verdictReason: { key: 'r' },
  factors: [
    factor('expectations', 'low'),
    factor('problem', 'medium'),
    factor('data', 'high', ['data.noHistory']),
  ],
  successConditions: [],
  statusQuoCost: null,
  actions: [],
  ...overrides,
});

/** A profile finding about one file, at the file's position `n` in that assessment's list. */
const fileFinding = (
  code: string,
  n: number,
  file: { id?: string; name: string },
  severity: Severity = 'high',
) =>
  finding(`data.profile.${code}.f${n}`, severity, {
    subject: { ...(file.id ? { fileId: file.id } : {}), file: file.name },
  });

const kinds = (before: Assessment, after: Assessment) =>
  compareAssessments(before, after).map((c) => [c.kind, 'findingId' in c ? c.findingId : undefined]);

describe('compareAssessments', () => {
  it('finds nothing between identical assessments', () => {
    expect(compareAssessments(assessment({}), assessment({}))).toEqual([]);
  });

  it('reports the verdict first, then per factor: worse factors first, then better ones, each with its findings', () => {
    const before = assessment({});
    const after = assessment({
      verdict: 'rethink',
      factors: [
        factor('expectations', 'critical', ['exp.total']),
        factor('problem', 'low'),
        factor('data', 'high'),
      ],
    });
    const changes = compareAssessments(before, after);
    expect(changes.map((c) => [c.kind, 'factor' in c ? c.factor : null])).toEqual([
      ['verdict', null],
      ['risk', 'expectations'],
      ['finding-new', 'expectations'],
      ['risk', 'problem'],
      ['finding-resolved', 'data'],
    ]);
    expect(changes[1]).toMatchObject({ factor: 'expectations', from: 'low', to: 'critical' });
    expect(changes[4]).toMatchObject({ findingId: 'data.noHistory' });
  });

  it('reports a finding whose severity changed once, as changed', () => {
    const before = assessment({ factors: [factor('data', 'high', [finding('data.incomplete.s1', 'high')])] });
    const after = assessment({
      factors: [factor('data', 'high', [finding('data.incomplete.s1', 'medium')])],
    });
    expect(compareAssessments(before, after)).toEqual([
      {
        kind: 'finding-changed',
        factor: 'data',
        findingId: 'data.incomplete.s1',
        title: { key: 't.data.incomplete.s1', params: {} },
        from: 'high',
        to: 'medium',
      },
    ]);
  });

  it('treats information findings as no finding', () => {
    const before = assessment({
      factors: [factor('data', 'low', [finding('data.profile.readiness.f1', 'info')])],
    });
    const after = assessment({
      factors: [factor('data', 'low', [finding('data.profile.readiness.f1', 'high')])],
    });
    expect(kinds(before, after)).toEqual([['finding-new', 'data.profile.readiness.f1']]);
    expect(kinds(after, before)).toEqual([['finding-resolved', 'data.profile.readiness.f1']]);
    expect(
      kinds(
        assessment({}),
        assessment({ factors: [factor('data', 'high', ['data.noHistory', finding('x', 'info')])] }),
      ),
    ).toEqual([]);
  });

  it('follows a file, not its position: a second upload does not make the first file’s findings new and resolved', () => {
    const sales = { id: 'file-sales', name: 'verkoop.csv' };
    const sensors = { id: 'file-sensors', name: 'sensoren.csv' };
    // The newest file comes first, so the upload moves verkoop.csv from f1 to f2.
    const before = assessment({ factors: [factor('data', 'high', [fileFinding('MISSING', 1, sales)])] });
    const after = assessment({
      factors: [
        factor('data', 'critical', [fileFinding('TIME_GAPS', 1, sensors), fileFinding('MISSING', 2, sales)]),
      ],
    });
    expect(kinds(before, after)).toEqual([
      ['risk', undefined],
      ['finding-new', 'data.profile.TIME_GAPS.f1'],
    ]);
  });

  it('keeps two files with the same finding apart by their ids', () => {
    const a = { id: 'a', name: 'export.csv' };
    const b = { id: 'b', name: 'export.csv' };
    const before = assessment({ factors: [factor('data', 'high', [fileFinding('MISSING', 1, a)])] });
    const after = assessment({
      factors: [factor('data', 'high', [fileFinding('MISSING', 1, b), fileFinding('MISSING', 2, a)])],
    });
    expect(kinds(before, after)).toEqual([['finding-new', 'data.profile.MISSING.f1']]);
  });

  it('pairs by file name a finding stored before findings carried file ids (no contradiction either)', () => {
    const legacy = finding('data.profile.MISSING.f1', 'high', { subject: { file: 'verkoop.csv' } });
    const before = assessment({ factors: [factor('data', 'high', [legacy])] });
    const after = assessment({
      factors: [
        factor('data', 'high', [
          fileFinding('OUTLIERS', 1, { id: 'n', name: 'nieuw.csv' }),
          fileFinding('MISSING', 2, { id: 'v', name: 'verkoop.csv' }),
        ]),
      ],
    });
    expect(kinds(before, after)).toEqual([['finding-new', 'data.profile.OUTLIERS.f1']]);
    // Without `subject` (older stored results), the file name comes from the title's parameters.
    const older = finding('data.profile.MISSING.f2', 'high');
    older.title = { key: 't.data.profile.MISSING', params: { file: 'verkoop.csv' } };
    expect(kinds(assessment({ factors: [factor('data', 'high', [older])] }), after)).toEqual([
      ['finding-new', 'data.profile.OUTLIERS.f1'],
    ]);
  });

  it('regression: upload, then restore an older revision while the file is still there → no finding both new and resolved', () => {
    const file = { id: 'f-1', name: 'sensoren-hal-2.csv' };
    // Revision 1 without the file, revision 2 with it, then revision 1 restored (answers as before,
    // the file still uploaded): the file's findings stay, the answer-based ones come back as they were.
    const rev1 = assessment({ factors: [factor('data', 'medium', ['data.unanswered'])] });
    const withFile = assessment({
      factors: [
        factor('data', 'critical', [
          'data.unanswered',
          fileFinding('TIME_GAPS', 1, file),
          fileFinding('MISSING', 1, file, 'medium'),
        ]),
      ],
    });
    const restored = assessment({
      factors: [
        factor('data', 'critical', [
          fileFinding('MISSING', 1, file, 'medium'),
          'data.unanswered',
          fileFinding('TIME_GAPS', 1, file),
        ]),
      ],
    });
    expect(kinds(rev1, withFile)).toEqual([
      ['risk', undefined],
      ['finding-new', 'data.profile.TIME_GAPS.f1'],
      ['finding-new', 'data.profile.MISSING.f1'],
    ]);
    expect(compareAssessments(withFile, restored)).toEqual([]);
    for (const [before, after] of [
      [rev1, withFile],
      [withFile, restored],
      [restored, rev1],
    ] as const) {
      const changes = compareAssessments(before, after);
      const newTitles = changes.filter((c) => c.kind === 'finding-new').map((c) => JSON.stringify(c.title));
      const resolvedTitles = changes
        .filter((c) => c.kind === 'finding-resolved')
        .map((c) => JSON.stringify(c.title));
      expect(newTitles.filter((t) => resolvedTitles.includes(t))).toEqual([]);
    }
  });

  it('reports a changed status-quo cost', () => {
    const withCost = assessment({
      statusQuoCost: {
        perYear: 52_260,
        isPartial: false,
        breakdown: {
          labourPerYear: 40_560,
          errorsPerYear: 11_700,
          labourPerWeek: 780,
          errorsPerWeek: 225,
          weeksPerYear: 52,
        },
      },
    });
    expect(compareAssessments(assessment({}), withCost)).toEqual([
      { kind: 'status-quo-cost', fromPerYear: null, toPerYear: 52_260 },
    ]);
  });
});
