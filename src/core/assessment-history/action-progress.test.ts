import { describe, expect, it } from 'vitest';
import { assess } from '../assessment/assess.ts';
import type { Assessment } from '../assessment/assessment-types.ts';
import { actionIdOf } from '../assessment/plan-actions.ts';
import type { DataProfile } from '../data-profile/data-profile-types.ts';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { type ActionRecord, actionEvidence, actionProgress } from './action-progress.ts';
import { compareAssessments } from './compare-assessments.ts';

const profile = (file: string, overrides: Partial<DataProfile> = {}): DataProfile => ({
  schemaVersion: 1,
  file,
  dataset: { rows: 1200, columns: 4, duplicateRows: 0, encoding: 'utf-8', format: 'csv', bytes: 50_000 },
  columns: [],
  timeSeries: [],
  pii: [],
  readiness: { level: 'A', reasons: [] },
  issues: [],
  ...overrides,
});

const missing = (share: number) =>
  profile('verkoop.csv', {
    columns: [
      {
        name: 'bedrag',
        type: 'decimal',
        missingShare: share,
        distinctCount: 900,
        issues: [{ code: 'MISSING', severity: 'high', message: { key: 'x' }, share, exampleRows: [3, 9] }],
      },
    ],
  });
const gaps = profile('sensoren.csv', {
  issues: [{ code: 'TOO_FEW_ROWS', severity: 'high', message: { key: 'profiler.x' } }],
});

const useCase: UseCase = {
  organisation: { employees: 8 },
  problem: { statement: 'Bestellingen via WhatsApp overtypen kost ons 6 uur per week.' },
};

/** Marks an action of `assessment` done, as the API does. */
function markDone(assessment: Assessment, actionId: string, note = ''): ActionRecord {
  const action = assessment.actions.find((a) => actionIdOf(a) === actionId);
  if (!action) throw new Error(`no action ${actionId}`);
  return {
    actionId,
    title: action.title,
    doneOn: '2026-11-26',
    note,
    evidence: actionEvidence(assessment, action),
  };
}

describe('assess and compare with real findings', () => {
  it('regression: a second upload (listed first) does not make the first file’s findings new and resolved', () => {
    const one = assess(useCase, { dataProfiles: [missing(0.4)], dataFileIds: ['v'] });
    const two = assess(useCase, { dataProfiles: [gaps, missing(0.4)], dataFileIds: ['s', 'v'] });
    const changes = compareAssessments(one, two);
    expect(changes.filter((c) => c.kind === 'finding-resolved')).toEqual([]);
    expect(changes.filter((c) => c.kind === 'finding-new').every((c) => c.findingId.endsWith('.f1'))).toBe(
      true,
    );
    // Restoring an older revision with both files still there changes nothing about the files.
    const restored = assess(
      { ...useCase, title: 'Teruggezet' },
      { dataProfiles: [gaps, missing(0.4)], dataFileIds: ['s', 'v'] },
    );
    expect(compareAssessments(two, restored)).toEqual([]);
  });

  it('names the stored file behind each profile finding', () => {
    const a = assess(useCase, { dataProfiles: [gaps, missing(0.4)], dataFileIds: ['s', 'v'] });
    const data = a.factors.find((f) => f.id === 'data')!;
    const subjects = data.findings
      .filter((f) => f.id.startsWith('data.profile.'))
      .map((f) => [f.id, f.subject]);
    expect(subjects).toContainEqual(['data.profile.MISSING.f2', { fileId: 'v', file: 'verkoop.csv' }]);
    expect(subjects).toContainEqual(['data.profile.TOO_FEW_ROWS.f1', { fileId: 's', file: 'sensoren.csv' }]);
  });
});

describe('actionProgress', () => {
  const before = assess(useCase, { dataProfiles: [missing(0.4)], dataFileIds: ['v'] });

  it('keeps a done action as done while the evidence it addressed is unchanged', () => {
    const record = markDone(before, 'data.clean', 'kolom bedrag nagelopen');
    const same = assess(
      { ...useCase, title: 'Andere titel' },
      { dataProfiles: [missing(0.4)], dataFileIds: ['v'] },
    );
    expect(actionProgress(same, [record])).toEqual([
      {
        actionId: 'data.clean',
        title: record.title,
        state: 'done',
        doneOn: '2026-11-26',
        note: 'kolom bedrag nagelopen',
      },
    ]);
  });

  it('drops a done action out of the plan when the finding it addressed changed', () => {
    const record = markDone(before, 'data.clean');
    const cleaner = assess(useCase, { dataProfiles: [missing(0.1)], dataFileIds: ['v'] });
    expect(cleaner.actions.some((a) => a.id === 'data.clean')).toBe(true);
    expect(actionProgress(cleaner, [record])[0]?.state).toBe('settled');
  });

  it('drops it when the finding is gone, also with the file gone', () => {
    const record = markDone(before, 'data.clean');
    const clean = assess(useCase, { dataProfiles: [profile('verkoop.csv')], dataFileIds: ['v'] });
    expect(clean.actions.some((a) => a.id === 'data.clean')).toBe(false);
    expect(actionProgress(clean, [record])[0]).toMatchObject({ state: 'settled', title: record.title });
    expect(actionProgress(assess(useCase), [record])[0]?.state).toBe('settled');
  });

  it('opens it again when a new finding needs it (another file with the same problem)', () => {
    const record = markDone(before, 'data.clean');
    const other = profile('inkoop.csv', { columns: missing(0.4).columns });
    const more = assess(useCase, { dataProfiles: [other, missing(0.4)], dataFileIds: ['i', 'v'] });
    expect(actionProgress(more, [record])[0]?.state).toBe('reopened');
  });

  it('opens it again when the finding it addressed got worse, instead of dropping it', () => {
    const milder = profile('verkoop.csv', {
      columns: [
        {
          name: 'bedrag',
          type: 'decimal',
          missingShare: 0.1,
          distinctCount: 900,
          issues: [{ code: 'MISSING', severity: 'medium', message: { key: 'x' }, share: 0.1 }],
        },
      ],
    });
    const earlier = assess(useCase, { dataProfiles: [milder], dataFileIds: ['v'] });
    const record = markDone(earlier, 'data.clean');
    const worse = assess(useCase, { dataProfiles: [missing(0.4)], dataFileIds: ['v'] });
    expect(actionProgress(worse, [record])[0]?.state).toBe('reopened');
  });

  it('follows a success condition for its actions', () => {
    const record = markDone(before, 'condition.sponsor');
    expect(actionProgress(before, [record])[0]?.state).toBe('done');
    const withSponsor = assess(
      { ...useCase, success: { sponsor: { name: 'Eva', level: 'board' } } },
      {
        dataProfiles: [missing(0.4)],
        dataFileIds: ['v'],
      },
    );
    expect(actionProgress(withSponsor, [record])[0]?.state).toBe('settled');
  });
});
