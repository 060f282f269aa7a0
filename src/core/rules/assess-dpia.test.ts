import { describe, expect, it } from 'vitest';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { assessDpia, conditionHolds } from './assess-dpia.ts';
import { DPIA_AP_LIST, DPIA_CRITERIA } from './rules-data.ts';
import type { RulesAnswers } from './rules-types.ts';

const withData = (rules: RulesAnswers, extra: UseCase = {}): UseCase => ({
  ...extra,
  data: { personalData: true, ...extra.data },
  rules,
});
const keys = (ms: { key: string }[]) => ms.map((m) => m.key);

describe('assessDpia', () => {
  it('is not indicated without personal data, whatever else the answers say', () => {
    const r = assessDpia({ data: { personalData: false }, rules: { activities: ['creditScoring'] } });
    expect(r.outcome).toBe('not-indicated');
    expect(keys(r.reasons)).toEqual(['rules.dpia.reason.noPersonalData']);
  });

  it('is recommended while it is unknown whether personal data is used, naming what else it found', () => {
    const r = assessDpia({ rules: { activities: ['creditScoring'] } });
    expect(r.outcome).toBe('recommended');
    expect(keys(r.reasons)[0]).toBe('rules.dpia.reason.personalDataUnknown');
    expect(keys(r.reasons)).toContain('rules.dpia.reason.apList.creditScores');
  });

  it('is required by a category of the Dutch list, alone', () => {
    const r = assessDpia(withData({ activities: ['fraudDetection'] }));
    expect(r.outcome).toBe('required');
    expect(keys(r.reasons)[0]).toBe('rules.dpia.reason.apList.fraudPrevention');
  });

  it('is required by employee monitoring (people.monitorsStaff), even without a rules section', () => {
    const r = assessDpia({ data: { personalData: true }, people: { monitorsStaff: true } });
    expect(r.outcome).toBe('required');
    expect(keys(r.reasons)).toContain('rules.dpia.reason.apList.employeeMonitoring');
  });

  it('is required at two criteria: AI (criterion 8) and vulnerable people (criterion 7)', () => {
    const r = assessDpia(withData({ affected: ['employees'] }));
    expect(r.outcome).toBe('required');
    expect(r.reasons[0]).toEqual({ key: 'rules.dpia.reason.criteriaCount', params: { count: 2 } });
    expect(keys(r.reasons)).toEqual([
      'rules.dpia.reason.criteriaCount',
      'rules.dpia.reason.criterion.vulnerablePeople',
      'rules.dpia.reason.criterion.innovativeTechnology',
    ]);
  });

  it('is recommended at one criterion: any AI use of personal data counts as innovative technology', () => {
    const r = assessDpia(withData({ affected: ['customers'] }));
    expect(r.outcome).toBe('recommended');
    expect(r.reasons[0]).toEqual({ key: 'rules.dpia.reason.criteriaCount', params: { count: 1 } });
  });

  it('says when open answers could still make it required', () => {
    const r = assessDpia(withData({ affected: ['customers'], largeScale: 'unknown' }));
    expect(keys(r.reasons)).toContain('rules.dpia.reason.openAnswers');
    for (const rules of [
      { dataCategories: ['unknown'] },
      { affected: ['unknown'] },
      { profiling: 'unknown' },
      { decides: 'unknown' },
    ] as RulesAnswers[]) {
      expect(keys(assessDpia(withData(rules)).reasons)).toContain('rules.dpia.reason.openAnswers');
    }
  });

  it('is not indicated when nothing counts (lists without the AI criterion)', () => {
    const lists = {
      apList: DPIA_AP_LIST,
      criteria: DPIA_CRITERIA.filter((c) => c.id !== 'innovativeTechnology'),
    };
    const r = assessDpia(withData({ affected: ['customers'], largeScale: 'unknown' }), lists);
    expect(r.outcome).toBe('not-indicated');
    expect(keys(r.reasons)).toEqual(['rules.dpia.reason.noCriteria', 'rules.dpia.reason.openAnswers']);
  });

  it('takes done from rules.dpiaDone', () => {
    expect(assessDpia(withData({ dpiaDone: 'yes' })).done).toBe('yes');
    expect(assessDpia(withData({})).done).toBeUndefined();
  });
});

describe('the DPIA triggers', () => {
  const full: UseCase = {
    data: { personalData: true },
    people: { monitorsStaff: true },
    rules: {
      activities: [
        'fraudDetection',
        'creditScoring',
        'insurancePricing',
        'workDecisions',
        'emotionRecognition',
        'remoteBiometricIdentification',
      ],
      affected: ['employees', 'patients'],
      dataCategories: ['special', 'biometric', 'criminal', 'location', 'communications', 'financial'],
      profiling: 'yes',
      largeScale: 'yes',
      decides: 'decides',
    },
  };

  it('every Dutch list category the intake can see is reached by some answer', () => {
    const reachable = DPIA_AP_LIST.filter((e) => !('any' in e.when && e.when.any.length === 0));
    expect(reachable.filter((e) => !conditionHolds(e.when, full)).map((e) => e.id)).toEqual([]);
    expect(DPIA_AP_LIST.filter((e) => conditionHolds(e.when, {})).map((e) => e.id)).toEqual([]);
  });

  it('every WP248 criterion the intake can see is reached, and only AI holds without answers', () => {
    const reachable = DPIA_CRITERIA.filter((e) => !('any' in e.when && e.when.any.length === 0));
    expect(reachable.filter((e) => !conditionHolds(e.when, full)).map((e) => e.id)).toEqual([]);
    expect(DPIA_CRITERIA.filter((e) => conditionHolds(e.when, {})).map((e) => e.id)).toEqual([
      'innovativeTechnology',
    ]);
  });

  it('an "all" needs every part: financial data alone is not the list category', () => {
    const financial = DPIA_AP_LIST.find((e) => e.id === 'financialSituation')!;
    expect(conditionHolds(financial.when, { rules: { dataCategories: ['financial'] } })).toBe(false);
    expect(
      conditionHolds(financial.when, { rules: { dataCategories: ['financial'], largeScale: 'yes' } }),
    ).toBe(true);
  });
});
