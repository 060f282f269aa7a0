import { describe, expect, it } from 'vitest';
import obligationsData from '../rules/data/obligations.json' with { type: 'json' };
import type { UseCase } from '../use-case/use-case-schema.ts';
import { assess } from './assess.ts';
import { actionForObligation, articles } from './rules-actions.ts';

const AS_OF = '2026-12-03';

/** A concrete, costly problem with a sponsor and KPIs, so the factors do not decide the verdict. */
const sound: UseCase = {
  organisation: { employees: 60 },
  problem: {
    statement: 'Het inlezen van 400 facturen per week kost 30 uur handwerk en 3% fouten.',
    hoursPerWeek: 30,
    hourlyCost: 45,
    volumePerWeek: 400,
    errorRate: 0.03,
    costPerError: 25,
    baselineMeasured: true,
    target: 'Van 30 naar 10 uur per week binnen zes maanden.',
    alternativesConsidered: true,
    origin: 'problem',
  },
  expectations: {
    expectedAutomationRate: 0.6,
    expectedMonthsToValue: 6,
    budgetForDataPrep: true,
    budgetForIterations: true,
    criticalQuestions: {
      accuracyOnOwnData: true,
      errorHandling: true,
      humanReviewShare: true,
      dataNeeded: true,
      totalCost: true,
      references: true,
    },
  },
  data: {
    sources: [
      {
        name: 'Facturen',
        capture: 'automated',
        format: 'digital-structured',
        monthsOfHistory: 36,
        records: 60000,
        completeness: 0.97,
      },
    ],
    labelsAvailable: true,
    personalData: false,
    accessible: true,
  },
  people: {
    employeesInvolvedFrom: 'problem',
    communicationPlan: true,
    jobImpactCommunicated: true,
    trainingPlan: true,
    feedbackChannel: true,
    adoptionMonthsPlanned: 4,
  },
  notApplicable: ['partner'],
  success: {
    sponsor: { name: 'Directeur', level: 'board' },
    pilot: { scope: 'one-process', weeks: 6 },
    kpis: [{ name: 'Uren per week', baseline: 30, target: 10, measuredHow: 'urenregistratie' }],
    humanInTheLoop: true,
    iterationPlan: true,
  },
};

const withRules = (rules: UseCase['rules'], extra: Partial<UseCase> = {}): UseCase => ({
  ...sound,
  ...extra,
  rules,
});

describe('the rules in the assessment', () => {
  it('has no rules section without an "as of" day, and the same verdict as before', () => {
    const a = assess(withRules({ activities: ['emotionRecognition'], affected: ['employees'] }));
    expect(a.rules).toBeUndefined();
    expect(a.verdict).toBe('ready');
  });

  it('is ready for a minimal use, with AI literacy as the only duty', () => {
    const a = assess(
      withRules({ activities: ['none'], role: 'using', interactsWithPeople: 'no', generatesContent: 'no' }),
      {
        asOf: AS_OF,
      },
    );
    expect(a.rules?.aiAct.classification).toBe('minimal');
    expect(a.verdict).toBe('ready');
    expect(a.actions.filter((x) => x.factor === 'rules').map((x) => x.id)).toEqual(['rules.literacy']);
  });

  it('makes a prohibited practice rethink, first in the plan, whatever else is sound', () => {
    const a = assess(
      withRules({ activities: ['emotionRecognition'], affected: ['employees'], role: 'using' }),
      {
        asOf: AS_OF,
      },
    );
    expect(a.verdict).toBe('rethink');
    expect(a.verdictReason.key).toBe('assessment.verdict.reason.prohibited');
    expect(a.actions[0]?.id).toBe('rules.stopProhibited');
  });

  it('keeps a high-risk use without planned deployer duties and a required DPIA from ready', () => {
    const rules: UseCase['rules'] = {
      activities: ['recruitment'],
      affected: ['applicants'],
      role: 'using',
      decides: 'advises',
      profiling: 'yes',
      exception: 'none',
    };
    const a = assess(withRules(rules, { data: { ...sound.data, personalData: true, legalBasis: true } }), {
      asOf: AS_OF,
    });
    expect(a.rules?.blockers).toEqual(['dpia', 'deployerDuties']);
    expect(a.verdict).toBe('fix-first');
    expect(a.verdictReason).toEqual({ key: 'assessment.verdict.reason.fixFirstRules', params: { count: 2 } });
    const ids = a.actions.map((x) => x.id);
    expect(ids.slice(0, 2).sort()).toEqual(['rules.deployerDuties', 'rules.dpia']);

    const done = assess(
      withRules(
        { ...rules, dpiaDone: 'yes', deployerDutiesPlanned: 'yes' },
        { data: { ...sound.data, personalData: true, legalBasis: true } },
      ),
      { asOf: AS_OF },
    );
    expect(done.rules?.blockers).toEqual([]);
    expect(done.verdict).toBe('ready');
    expect(done.actions.map((x) => x.id)).not.toContain('rules.dpia');
    expect(done.actions.map((x) => x.id)).not.toContain('rules.deployerDuties');
  });

  it('asks to settle an unclear classification, without blocking', () => {
    const a = assess(withRules({ activities: ['unknown'] }), { asOf: AS_OF });
    expect(a.rules?.aiAct.classification).toBe('unclear');
    expect(a.actions.map((x) => x.id)).toContain('rules.settle');
    expect(a.verdict).toBe('ready');
  });

  it('gives every obligation in the data an action, or says which part of the plan covers it', () => {
    for (const o of obligationsData.obligations) {
      const action = actionForObligation(o.id);
      if (o.id === 'worksCouncilConsent') expect(action).toBeNull();
      else expect(action, o.id).not.toBeNull();
    }
  });

  it('names the articles once per law', () => {
    expect(
      articles([
        { article: 'AI Act art. 26(1)' },
        { article: 'AI Act art. 26(2)' },
        { article: 'AI Act art. 26(1)' },
        { article: 'AVG art. 35' },
      ]),
    ).toBe('AI Act art. 26(1), 26(2); AVG art. 35');
  });
});
