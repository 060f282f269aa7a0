import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../i18n/translate.ts';
import type { PilotEvidence } from '../pilot/pilot-evidence.ts';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { notApplicableTest } from './not-applicable.ts';
import { assessSuccessConditions } from './success-conditions.ts';

const statuses = (u: UseCase) =>
  Object.fromEntries(
    assessSuccessConditions(u, notApplicableTest(u.notApplicable)).map((c) => [c.id, c.status]),
  );

describe('assessSuccessConditions', () => {
  it('everything unknown for an empty use case', () => {
    expect(Object.values(statuses({}))).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
  });

  it('start small: one process for about six weeks is met; company-wide or long is not', () => {
    expect(statuses({ success: { pilot: { scope: 'one-process', weeks: 6 } } }).startSmall).toBe('met');
    expect(statuses({ success: { pilot: { scope: 'company-wide', weeks: 6 } } }).startSmall).toBe('not-met');
    expect(statuses({ success: { pilot: { scope: 'one-department', weeks: 30 } } }).startSmall).toBe(
      'not-met',
    );
    expect(statuses({ success: { pilot: { weeks: 6 } } }).startSmall).toBe('unknown');
  });

  it('measure: needs a KPI with baseline, target and how it is measured', () => {
    expect(statuses({ success: { kpis: [] } }).measure).toBe('not-met');
    expect(statuses({ success: { kpis: [{ name: 'uren', baseline: 15, target: 6 }] } }).measure).toBe(
      'not-met',
    );
    expect(
      statuses({
        success: { kpis: [{ name: 'uren', baseline: 15, target: 6, measuredHow: 'urenregistratie' }] },
      }).measure,
    ).toBe('met');
  });

  it('iterate: a plan without budget is not met', () => {
    expect(
      statuses({ success: { iterationPlan: true }, expectations: { budgetForIterations: false } }).iterate,
    ).toBe('not-met');
    expect(statuses({ success: { iterationPlan: true } }).iterate).toBe('met');
  });

  it('sponsor: only board level counts', () => {
    expect(statuses({ success: { sponsor: { level: 'board' } } }).sponsor).toBe('met');
    expect(statuses({ success: { sponsor: { level: 'management', name: 'x' } } }).sponsor).toBe('not-met');
    expect(statuses({ success: { sponsor: { name: 'Piet' } } }).sponsor).toBe('unknown');
  });

  it('human in the loop: near-total automation expected without an answer counts as not met', () => {
    expect(statuses({ expectations: { expectedAutomationRate: 1 } }).humanInTheLoop).toBe('not-met');
    expect(statuses({ expectations: { expectedAutomationRate: 0.5 } }).humanInTheLoop).toBe('unknown');
  });

  it('a condition marked not applicable is met and says so', () => {
    const [sponsor] = assessSuccessConditions({}, notApplicableTest(['success.sponsor'])).filter(
      (c) => c.id === 'sponsor',
    );
    expect(sponsor).toEqual({
      id: 'sponsor',
      status: 'met',
      evidence: { key: 'assessment.condition.notApplicable' },
    });
  });

  describe('once the use case has a pilot, its facts outrank the answers', () => {
    const answered: UseCase = {
      success: {
        kpis: [{ name: 'uren', baseline: 15, target: 6, measuredHow: 'urenregistratie' }],
        iterationPlan: true,
        humanInTheLoop: true,
      },
      expectations: { budgetForIterations: true },
    };
    const pilot = (facts: Partial<PilotEvidence> = {}): PilotEvidence => ({
      title: 'Facturen',
      status: 'running',
      primaryKpi: 'Minuten per factuur',
      primaryBaselinePoints: 8,
      weeksMeasured: 2,
      iterations: 0,
      reviewRhythm: null,
      humanReviewShare: 0.2,
      ...facts,
    });
    const judged = (u: UseCase, p: PilotEvidence) =>
      Object.fromEntries(
        assessSuccessConditions(u, notApplicableTest(u.notApplicable), p).map((c) => [
          c.id,
          { status: c.status, text: renderMessage(c.evidence, 'nl') },
        ]),
      );

    it('measure: the pilot baseline of the primary KPI, not the KPI answers', () => {
      expect(judged(answered, pilot()).measure).toEqual({
        status: 'met',
        text: "Pilot 'Facturen' heeft een nulmeting van 8 periodes voor 'Minuten per factuur'.",
      });
      const few = judged(answered, pilot({ primaryBaselinePoints: 3 })).measure;
      expect(few?.status).toBe('not-met');
      expect(few?.text).toContain('pas 3 nulmetingen');
      expect(few?.text).toContain('minstens 6');
      // A plan without a primary KPI says nothing yet: the answers count.
      expect(judged(answered, pilot({ primaryKpi: null })).measure?.status).toBe('met');
      expect(judged({}, pilot({ primaryKpi: null })).measure?.status).toBe('unknown');
    });

    it('iterate: logged changes meet it; three weeks without one do not, whatever was answered', () => {
      expect(judged({}, pilot({ iterations: 2, weeksMeasured: 4 })).iterate).toEqual({
        status: 'met',
        text: "Pilot 'Facturen' heeft na 4 weken 2 aanpassingen vastgelegd, met de reden erbij.",
      });
      const idle = judged(answered, pilot({ weeksMeasured: 3 })).iterate;
      expect(idle?.status).toBe('not-met');
      expect(idle?.text).toContain('3 weken zonder één vastgelegde aanpassing');
      // Two weeks in, the pilot cannot tell yet; a review rhythm in the plan counts.
      expect(judged({}, pilot()).iterate?.status).toBe('unknown');
      expect(judged({}, pilot({ reviewRhythm: 'elke vrijdag' })).iterate?.text).toContain('elke vrijdag');
      // No money for later rounds stays a gap a pilot log cannot close.
      const noBudget: UseCase = { expectations: { budgetForIterations: false } };
      expect(judged(noBudget, pilot({ iterations: 3, weeksMeasured: 5 })).iterate?.status).toBe('not-met');
    });

    it('people in the loop: the share a person checks in the pilot', () => {
      expect(judged({}, pilot()).humanInTheLoop).toEqual({
        status: 'met',
        text: "In pilot 'Facturen' controleert een medewerker 20% van wat de AI oplevert.",
      });
      expect(judged(answered, pilot({ humanReviewShare: 0 })).humanInTheLoop?.status).toBe('not-met');
      expect(judged(answered, pilot({ humanReviewShare: null })).humanInTheLoop?.status).toBe('met');
    });
  });
});
