import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../i18n/translate.ts';
import type { Message } from '../../message.ts';
import {
  CHANGE_ELEMENTS,
  type ChangeElement,
  type FeedbackEvidence,
  type SurveyEvidence,
} from '../../survey/survey-types.ts';
import type { UseCase } from '../../use-case/use-case-schema.ts';
import { ACTION_CATALOGUE } from '../action-catalogue.ts';
import { assess } from '../assess.ts';
import { buildAssessContext } from '../assess-context.ts';
import type { AssessEvidence, Assessment, Finding } from '../assessment-types.ts';
import { peopleFindings } from './people-findings.ts';

/** Every people question answered well. */
const WELL: NonNullable<UseCase['people']> = {
  employeesInvolvedFrom: 'problem',
  communicationPlan: true,
  jobImpactCommunicated: true,
  trainingPlan: true,
  feedbackChannel: true,
  adoptionMonthsPlanned: 4,
};

const fine = { mean: 4.1, disagreeShare: 0.08 };

/** A shown survey round of twelve responses; every element and perception fine unless overridden. */
function survey(
  elements: Partial<Record<ChangeElement, { mean: number | null; disagreeShare: number | null }>> = {},
  overrides: Partial<SurveyEvidence> = {},
): SurveyEvidence {
  return {
    roundId: 'r1',
    wave: 'start',
    status: 'closed',
    openedOn: '2026-11-02',
    responses: 12,
    elements: CHANGE_ELEMENTS.map((id) => ({ id, ...(elements[id] ?? fine) })),
    perceptions: [
      { id: 'usefulness', mean: 3.8, agreeShare: 0.6 },
      { id: 'ease', mean: 3.5, agreeShare: 0.5 },
      { id: 'jobWorry', mean: 2.1, agreeShare: 0.1 },
      { id: 'trust', mean: 3.6, agreeShare: 0.55 },
      { id: 'learningTime', mean: 3.2, agreeShare: 0.4 },
    ],
    barrier: null,
    ...overrides,
  };
}

const feedback = (overrides: Partial<FeedbackEvidence> = {}): FeedbackEvidence => ({
  received: 14,
  due: 10,
  handledInTime: 9,
  share: 0.9,
  actedOn: 5,
  overdue: 1,
  ...overrides,
});

const findingsOf = (people: UseCase['people'], evidence: AssessEvidence = {}) =>
  peopleFindings(buildAssessContext({ people }, evidence));
const byId = (findings: readonly Finding[], id: string) => findings.find((f) => f.id === id);
const idsOf = (findings: readonly Finding[]) => findings.map((f) => f.id);
const peopleOf = (a: Assessment) => a.factors.find((f) => f.id === 'people')!;

/** Renders a message in a locale and fails on a key that has no text (i18next returns the key). */
function rendered(message: Message, locale: 'nl' | 'en'): string {
  const text = renderMessage(message, locale);
  expect(text, message.key).not.toContain('assessment.');
  return text;
}

describe('people: the survey barrier point', () => {
  const cases: Array<[ChangeElement, string]> = [
    ['awareness', 'people.communicate'],
    ['desire', 'people.involve'],
    ['knowledge', 'people.train'],
    ['ability', 'people.support'],
    ['reinforcement', 'people.feedback'],
  ];

  it.each(cases)('a barrier at %s gives its own advice and the action %s', (element, action) => {
    const findings = findingsOf(WELL, { survey: survey({ [element]: { mean: 2.8, disagreeShare: 0.42 } }) });
    const barrier = byId(findings, `people.survey.barrier.${element}`);
    expect(barrier).toMatchObject({
      severity: 'medium',
      action,
      advice: { key: `assessment.finding.people.survey.barrier.${element}.advice` },
      evidence: { params: { mean: 2.8, disagree: 0.42, responses: 12, wave: 'start' } },
    });
    expect(ACTION_CATALOGUE[action as keyof typeof ACTION_CATALOGUE].factor).toBe('people');
  });

  it('quotes the aggregated figure in the report, in Dutch and English', () => {
    const findings = findingsOf(WELL, {
      survey: survey({ awareness: { mean: 2.6, disagreeShare: 0.58 } }, { wave: 'before' }),
    });
    const barrier = byId(findings, 'people.survey.barrier.awareness')!;
    const nl = rendered(barrier.evidence, 'nl');
    expect(nl).toContain('58%');
    expect(nl).toContain('2,6 op 5');
    expect(nl).toContain('12 medewerkers');
    expect(nl).toContain('vóór de pilot');
    const en = rendered(barrier.evidence, 'en');
    expect(en).toContain('58%');
    expect(en).toContain('2.6 out of 5');
    expect(en).toContain('before the pilot');
  });

  it('is the first low element, in the order of the change; later low ones form one low finding', () => {
    const findings = findingsOf(WELL, {
      survey: survey({
        desire: { mean: 2.9, disagreeShare: 0.3 },
        knowledge: { mean: 3.4, disagreeShare: 0.2 },
        ability: { mean: 2.4, disagreeShare: 0.6 },
        reinforcement: { mean: 3, disagreeShare: 0.3 },
      }),
    });
    const survey_ = findings.filter((f) => f.id.startsWith('people.survey.'));
    expect(idsOf(survey_)).toEqual(['people.survey.barrier.desire', 'people.survey.alsoLow']);
    // The advice starts at desire (2.9); the severity is that of the worst low step (ability, 2.4).
    expect(byId(findings, 'people.survey.barrier.desire')?.severity).toBe('high');
    const also = byId(findings, 'people.survey.alsoLow')!;
    expect(also).toMatchObject({
      severity: 'low',
      action: 'people.support',
      title: { params: { count: 2 } },
    });
    expect(also.details?.map((d) => d.key)).toEqual([
      'assessment.evidence.survey.element.ability',
      'assessment.evidence.survey.element.reinforcement',
      'assessment.evidence.survey.contradicts.feedbackChannel',
    ]);
    expect(rendered(also.title, 'nl')).toBe('Nog 2 stappen van de verandering scoren laag');
    expect(rendered(also.details![0]!, 'nl')).toContain('2,4 op 5, 60% oneens');
  });

  it('is high when the group has turned against the step: mean ≤ 2.5 or half disagreeing', () => {
    const at = (mean: number, disagreeShare: number) =>
      byId(
        findingsOf(WELL, { survey: survey({ knowledge: { mean, disagreeShare } }) }),
        'people.survey.barrier.knowledge',
      )?.severity;
    expect(at(3, 0.3)).toBe('medium');
    expect(at(2.6, 0.49)).toBe('medium');
    expect(at(2.5, 0.3)).toBe('high');
    expect(at(2.9, 0.5)).toBe('high');
    expect(at(3.1, 0.3)).toBeUndefined();
  });

  it('leaves out elements the survey may not show (too few answered them)', () => {
    const findings = findingsOf(WELL, {
      survey: survey({
        awareness: { mean: null, disagreeShare: null },
        desire: { mean: 2.2, disagreeShare: 0.7 },
      }),
    });
    expect(idsOf(findings)).toEqual(['people.survey.barrier.desire']);
  });

  it('says when the round is still open', () => {
    const findings = findingsOf(
      {},
      {
        survey: survey({ awareness: { mean: 2.8, disagreeShare: 0.4 } }, { status: 'open' }),
      },
    );
    expect(byId(findings, 'people.survey.barrier.awareness')?.details?.map((d) => d.key)).toEqual([
      'assessment.evidence.survey.stillOpen',
    ]);
  });
});

describe('people: the survey outranks the answers', () => {
  it('a low awareness contradicts "communication plan" and "job impact told", and the report says so', () => {
    const findings = findingsOf(WELL, { survey: survey({ awareness: { mean: 2.6, disagreeShare: 0.58 } }) });
    const barrier = byId(findings, 'people.survey.barrier.awareness')!;
    expect(barrier.details?.map((d) => d.key)).toEqual([
      'assessment.evidence.survey.contradicts.communicationPlan',
      'assessment.evidence.survey.contradicts.jobImpactCommunicated',
    ]);
    expect(rendered(barrier.details![1]!, 'nl')).toMatch(/Volgens de intake .* De enquête weegt zwaarder/);
  });

  it('a low desire contradicts early involvement; late involvement is no contradiction', () => {
    const low = { survey: survey({ desire: { mean: 2.7, disagreeShare: 0.4 } }) };
    expect(byId(findingsOf(WELL, low), 'people.survey.barrier.desire')?.details?.map((d) => d.key)).toEqual([
      'assessment.evidence.survey.contradicts.employeesInvolvedFrom.problem',
    ]);
    const late = findingsOf({ ...WELL, employeesInvolvedFrom: 'launch' }, low);
    expect(byId(late, 'people.survey.barrier.desire')?.details).toBeUndefined();
    // Survey and answer agree: both stand.
    expect(idsOf(late)).toContain('people.involvedLate');
  });

  it('no training answered but knowledge fine: the "no training" finding becomes information', () => {
    const people = { ...WELL, trainingPlan: false };
    expect(byId(findingsOf(people), 'people.noTraining')?.severity).toBe('medium');
    const findings = findingsOf(people, { survey: survey() });
    expect(idsOf(findings)).not.toContain('people.noTraining');
    const info = byId(findings, 'people.survey.outweighs.trainingPlan')!;
    expect(info).toMatchObject({ severity: 'info', evidence: { params: { mean: 4.1, disagree: 0.08 } } });
    expect(rendered(info.evidence, 'nl')).toContain('weegt zwaarder dan dit antwoord');
  });

  it('each negative answer is outranked by the element that measures it', () => {
    const people: UseCase['people'] = {
      employeesInvolvedFrom: 'never',
      communicationPlan: false,
      jobImpactCommunicated: false,
      trainingPlan: false,
      feedbackChannel: false,
      adoptionMonthsPlanned: 1,
    };
    const before = findingsOf(people, { survey: survey({}, { wave: 'before' }) });
    expect(
      idsOf(before)
        .filter((id) => id.startsWith('people.survey.outweighs.'))
        .sort(),
    ).toEqual([
      'people.survey.outweighs.communicationPlan',
      'people.survey.outweighs.employeesInvolvedFrom',
      'people.survey.outweighs.feedbackChannel',
      'people.survey.outweighs.jobImpactCommunicated',
    ]);
    // Knowing how, before anyone was trained, says nothing about the training plan that is missing.
    expect(idsOf(before)).toContain('people.noTraining');
    // Ability before the pilot says nothing about whether the months planned will do.
    expect(byId(before, 'people.shortAdoption')?.severity).toBe('high');
    const after = findingsOf(people, { survey: survey({}, { wave: 'followUp' }) });
    expect(idsOf(after)).not.toContain('people.shortAdoption');
    expect(byId(after, 'people.survey.outweighs.adoptionMonthsPlanned')?.severity).toBe('info');
    for (const f of after) for (const m of [f.title, f.evidence, f.advice]) rendered(m, 'en');
  });

  it('only a clear survey figure outranks an answer: just above neutral or a sizeable group against, it stays', () => {
    const noTraining = { ...WELL, trainingPlan: false };
    const clear = findingsOf(noTraining, {
      survey: survey({ knowledge: { mean: 3.6, disagreeShare: 0.1 } }),
    });
    expect(idsOf(clear)).toContain('people.survey.outweighs.trainingPlan');
    expect(idsOf(clear)).not.toContain('people.noTraining');
    const lukewarm = findingsOf(noTraining, {
      survey: survey({ knowledge: { mean: 3.1, disagreeShare: 0.1 } }),
    });
    expect(idsOf(lukewarm)).toContain('people.noTraining');
    const split = findingsOf(noTraining, {
      survey: survey({ knowledge: { mean: 3.8, disagreeShare: 0.3 } }),
    });
    expect(idsOf(split)).toContain('people.noTraining');
    expect(idsOf(split)).not.toContain('people.survey.outweighs.trainingPlan');
  });

  it('an answer the survey shows low stays, next to the survey finding', () => {
    const findings = findingsOf(
      { ...WELL, trainingPlan: false },
      { survey: survey({ knowledge: { mean: 2.9, disagreeShare: 0.3 } }) },
    );
    expect(idsOf(findings)).toEqual(
      expect.arrayContaining(['people.noTraining', 'people.survey.barrier.knowledge']),
    );
  });

  it('questions the survey measured are not unanswered gaps; the others still are', () => {
    const without = byId(findingsOf({}), 'people.unanswered')!;
    expect(without.evidence.params).toMatchObject({ count: 6, total: 6 });
    const withSurvey = byId(findingsOf({}, { survey: survey() }), 'people.unanswered')!;
    // Measured: communication, job impact, involvement, training, feedback. Left: adoption months.
    expect(withSurvey).toMatchObject({ severity: 'low', evidence: { params: { count: 1, total: 6 } } });
    expect(withSurvey.details?.map((d) => d.key)).toEqual([
      'assessment.question.people.adoptionMonthsPlanned',
    ]);
    expect(
      byId(findingsOf({}, { survey: survey({}, { wave: 'end' }) }), 'people.unanswered'),
    ).toBeUndefined();
  });
});

describe('people: perceptions in the survey', () => {
  const withPerception = (id: 'jobWorry' | 'trust', mean: number, agreeShare: number) => {
    const s = survey();
    return findingsOf(WELL, {
      survey: { ...s, perceptions: s.perceptions.map((p) => (p.id === id ? { id, mean, agreeShare } : p)) },
    });
  };

  it('worry about jobs is medium when half agree or the mean leans to agreeing, high at 4', () => {
    expect(byId(withPerception('jobWorry', 3.4, 0.45), 'people.survey.jobWorry')).toBeUndefined();
    expect(byId(withPerception('jobWorry', 3.2, 0.5), 'people.survey.jobWorry')?.severity).toBe('medium');
    expect(byId(withPerception('jobWorry', 3.5, 0.4), 'people.survey.jobWorry')?.severity).toBe('medium');
    const high = byId(withPerception('jobWorry', 4.2, 0.8), 'people.survey.jobWorry')!;
    expect(high).toMatchObject({ severity: 'high', action: 'people.communicate' });
    expect(rendered(high.evidence, 'nl')).toContain('80%');
  });

  it('low trust in the output is low at or below neutral, medium half a point below', () => {
    expect(byId(withPerception('trust', 3.1, 0.4), 'people.survey.lowTrust')).toBeUndefined();
    expect(byId(withPerception('trust', 3, 0.35), 'people.survey.lowTrust')?.severity).toBe('low');
    const medium = byId(withPerception('trust', 2.3, 0.1), 'people.survey.lowTrust')!;
    expect(medium.severity).toBe('medium');
    expect(rendered(medium.evidence, 'en')).toContain('only 10% trust');
  });
});

describe('people: the feedback channel, measured', () => {
  it('a low share handled within two weeks is a finding quoting share and counts', () => {
    const slow = byId(
      findingsOf(WELL, { feedback: feedback({ due: 10, handledInTime: 6, share: 0.6, overdue: 4 }) }),
      'people.feedback.slow',
    )!;
    expect(slow).toMatchObject({ severity: 'medium', action: 'people.feedback' });
    expect(slow.details?.map((d) => d.key)).toEqual(['assessment.evidence.feedback.contradicts']);
    const nl = rendered(slow.evidence, 'nl');
    expect(nl).toContain('Van de 10 feedbackmeldingen');
    expect(nl).toContain('60%');
    expect(nl).toContain('open: 4');
    const high = byId(
      findingsOf(WELL, { feedback: feedback({ handledInTime: 4, share: 0.4 }) }),
      'people.feedback.slow',
    );
    expect(high?.severity).toBe('high');
  });

  it('acting on items in time moves the finding: from medium to information', () => {
    const people = { ...WELL, feedbackChannel: undefined };
    const late = findingsOf(people, { feedback: feedback({ due: 5, handledInTime: 3, share: 0.6 }) });
    expect(byId(late, 'people.feedback.slow')?.severity).toBe('medium');
    const inTime = findingsOf(people, { feedback: feedback({ due: 5, handledInTime: 4, share: 0.8 }) });
    expect(byId(inTime, 'people.feedback.slow')).toBeUndefined();
    expect(byId(inTime, 'people.feedback.handled')?.severity).toBe('info');
  });

  it('a good measured share replaces the owner\'s "no feedback channel"', () => {
    const people = { ...WELL, feedbackChannel: false };
    expect(idsOf(findingsOf(people))).toContain('people.noFeedback');
    const findings = findingsOf(people, { feedback: feedback() });
    expect(idsOf(findings)).toEqual(['people.feedback.handled']);
    expect(byId(findings, 'people.feedback.handled')?.details?.map((d) => d.key)).toEqual([
      'assessment.evidence.feedback.outweighs',
    ]);
  });

  it('measured beats the survey for the feedback channel too', () => {
    const findings = findingsOf(
      { ...WELL, feedbackChannel: false },
      { survey: survey(), feedback: feedback() },
    );
    expect(idsOf(findings)).not.toContain('people.noFeedback');
    expect(idsOf(findings)).not.toContain('people.survey.outweighs.feedbackChannel');
  });

  it('with fewer than three items due the answer stands and the channel is not yet measured', () => {
    const people = { ...WELL, feedbackChannel: false };
    const findings = findingsOf(people, { feedback: feedback({ due: 2, handledInTime: 0, share: 0 }) });
    expect(idsOf(findings)).toEqual(['people.noFeedback']);
    const none = findingsOf({}, { feedback: feedback({ due: 0, handledInTime: 0, share: null }) });
    expect(byId(none, 'people.unanswered')?.evidence.params).toMatchObject({ count: 6 });
  });

  it('feedback measured is no unanswered gap', () => {
    const findings = findingsOf({}, { feedback: feedback() });
    expect(byId(findings, 'people.unanswered')?.evidence.params).toMatchObject({ count: 5, total: 6 });
  });
});

describe('people: duties when the system can monitor staff', () => {
  it('names works-council consent and informing workers, owned by the board', () => {
    const findings = findingsOf({ ...WELL, monitorsStaff: true });
    const duty = byId(findings, 'people.monitorsStaff')!;
    expect(duty).toMatchObject({ severity: 'medium', action: 'people.worksCouncil' });
    expect(ACTION_CATALOGUE['people.worksCouncil'].owner).toBe('board');
    expect(rendered(duty.advice, 'nl')).toMatch(/artikel 27 WOR.*artikel 26, lid 7/);
    expect(rendered(duty.advice, 'en')).toMatch(/WOR art\. 27.*art\. 26\(7\)/);
  });

  it('is not a finding when answered no, unknown or not applicable', () => {
    expect(findingsOf({ ...WELL, monitorsStaff: false })).toEqual([]);
    expect(findingsOf(WELL)).toEqual([]);
    const na = peopleFindings(
      buildAssessContext({
        people: { ...WELL, monitorsStaff: true },
        notApplicable: ['people.monitorsStaff'],
      }),
    );
    expect(na).toEqual([]);
  });

  it('appears in the action plan', () => {
    const a = assess({ organisation: { employees: 60 }, people: { ...WELL, monitorsStaff: true } });
    expect(a.actions.find((x) => x.id === 'people.worksCouncil')?.findingIds).toEqual([
      'people.monitorsStaff',
    ]);
  });
});

describe('people: without survey or feedback evidence', () => {
  it('gives exactly the findings of the answers', () => {
    const people: UseCase['people'] = {
      employeesInvolvedFrom: 'pilot',
      communicationPlan: false,
      trainingPlan: false,
      adoptionMonthsPlanned: 2,
    };
    expect(idsOf(findingsOf(people))).toEqual([
      'people.involvedLate',
      'people.noCommunication',
      'people.noTraining',
      'people.shortAdoption',
      'people.unanswered',
    ]);
    expect(findingsOf(people, { survey: undefined, feedback: undefined })).toEqual(findingsOf(people));
  });

  it('a survey lifts a factor whose answers are all negative but the employees are on board', () => {
    const people: UseCase['people'] = {
      employeesInvolvedFrom: 'launch',
      communicationPlan: false,
      jobImpactCommunicated: false,
      trainingPlan: false,
      feedbackChannel: false,
      adoptionMonthsPlanned: 4,
    };
    const before = peopleOf(assess({ people }));
    const after = peopleOf(assess({ people }, { survey: survey() }));
    expect(before.risk).toBe('critical');
    expect(after.risk).toBe('low');
    expect(after.score).toBe(0);
  });
});

describe('people: laws of the survey evidence', () => {
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const people = fc.record(
    {
      employeesInvolvedFrom: maybe(fc.constantFrom('problem', 'design', 'pilot', 'launch', 'never')),
      communicationPlan: maybe(fc.boolean()),
      jobImpactCommunicated: maybe(fc.boolean()),
      trainingPlan: maybe(fc.boolean()),
      feedbackChannel: maybe(fc.boolean()),
      adoptionMonthsPlanned: maybe(fc.integer({ min: 0, max: 8 })),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<NonNullable<UseCase['people']>>;
  const tenths = (min: number, max: number) =>
    fc.integer({ min: min * 10, max: max * 10 }).map((n) => n / 10);
  const figure = fc.option(fc.record({ mean: tenths(1, 5), disagreeShare: tenths(0, 1) }), {
    nil: undefined,
  });
  const elements = fc.record(
    Object.fromEntries(CHANGE_ELEMENTS.map((id) => [id, figure])) as Record<ChangeElement, typeof figure>,
  );
  const wave = fc.constantFrom(...(['before', 'start', 'end', 'followUp'] as const));
  const toSurvey = (
    e: Partial<Record<ChangeElement, { mean: number; disagreeShare: number } | undefined>>,
    w: SurveyEvidence['wave'],
  ) =>
    survey(
      Object.fromEntries(
        CHANGE_ELEMENTS.map((id) => [id, e[id] ?? { mean: null, disagreeShare: null }]),
      ) as Record<ChangeElement, { mean: number | null; disagreeShare: number | null }>,
      { wave: w },
    );
  const score = (p: UseCase['people'], evidence: AssessEvidence = {}) =>
    peopleOf(assess({ people: p }, evidence)).score;

  it('a survey that gets worse on any element never lowers the people score', () => {
    fc.assert(
      fc.property(
        people,
        elements,
        wave,
        fc.constantFrom(...CHANGE_ELEMENTS),
        tenths(0, 4),
        tenths(0, 1),
        (p, e, w, id, drop, rise) => {
          const before = e[id];
          if (!before) return;
          const worse = {
            ...e,
            [id]: {
              mean: Math.max(1, Math.round((before.mean - drop) * 10) / 10),
              disagreeShare: Math.min(1, Math.round((before.disagreeShare + rise) * 10) / 10),
            },
          };
          expect(score(p, { survey: toSurvey(worse, w) })).toBeGreaterThanOrEqual(
            score(p, { survey: toSurvey(e, w) }),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a survey on which the employees are on board never raises the people score', () => {
    const onBoard = fc.record({ mean: tenths(3.1, 5), disagreeShare: tenths(0, 0.4) });
    fc.assert(
      fc.property(people, fc.array(onBoard, { minLength: 5, maxLength: 5 }), wave, (p, figures, w) => {
        const e = Object.fromEntries(CHANGE_ELEMENTS.map((id, i) => [id, figures[i]]));
        expect(score(p, { survey: toSurvey(e, w) })).toBeLessThanOrEqual(score(p));
      }),
      { numRuns: 200 },
    );
  });

  it('handling more feedback in time never raises the people score', () => {
    fc.assert(
      fc.property(people, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (p, a, b) => {
        const due = 30;
        const [few, more] = a <= b ? [a, b] : [b, a];
        const fb = (handled: number) => feedback({ due, handledInTime: handled, share: handled / due });
        expect(score(p, { feedback: fb(more) })).toBeLessThanOrEqual(score(p, { feedback: fb(few) }));
      }),
      { numRuns: 200 },
    );
  });
});
