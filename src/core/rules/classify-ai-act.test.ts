import { describe, expect, it } from 'vitest';
import { classifyAiAct } from './classify-ai-act.ts';
import type { RulesAnswers } from './rules-types.ts';

const keys = (ms: { key: string }[]) => ms.map((m) => m.key);

/** Answers that settle the article 50 questions as "no", so only the point under test decides. */
const quiet: RulesAnswers = { interactsWithPeople: 'no', generatesContent: 'no' };

describe('classifyAiAct: prohibited practices (art. 5)', () => {
  it.each([
    'manipulation',
    'exploitsVulnerability',
    'socialScoring',
    'crimePrediction',
    'facialScraping',
    'sensitiveBiometricCategorisation',
  ] as const)('%s is prohibited', (activity) => {
    const r = classifyAiAct({ ...quiet, activities: [activity] });
    expect(r.classification).toBe('prohibited');
    expect(keys(r.reasons)).toEqual([`rules.reason.prohibited.${activity}`]);
    expect(r.questions).toEqual([]);
  });

  it.each(['employees', 'applicants', 'students'] as const)(
    'emotion recognition of %s is prohibited',
    (group) => {
      const r = classifyAiAct({
        ...quiet,
        activities: ['emotionRecognition'],
        affected: ['customers', group],
      });
      expect(r.classification).toBe('prohibited');
      expect(keys(r.reasons)).toEqual(['rules.reason.prohibited.emotionRecognition']);
      expect(r.transparency.emotionOrBiometric).toBe(false);
    },
  );

  it('outranks a high-risk area and an unknown activity', () => {
    const r = classifyAiAct({ activities: ['recruitment', 'socialScoring', 'unknown'] });
    expect(r.classification).toBe('prohibited');
    expect(keys(r.reasons)).toEqual(['rules.reason.prohibited.socialScoring']);
  });
});

describe('classifyAiAct: emotion recognition outside work and education', () => {
  it('is Annex III 1(c) with an article 50(3) duty for customers', () => {
    const r = classifyAiAct({
      ...quiet,
      activities: ['emotionRecognition'],
      affected: ['customers'],
      exception: 'none',
    });
    expect(r.classification).toBe('high-risk');
    expect(keys(r.reasons)).toContain('rules.reason.annexIII.emotionRecognition');
    expect(keys(r.reasons)).toContain('rules.reason.transparency.emotionOrBiometric');
    expect(r.transparency.emotionOrBiometric).toBe(true);
  });

  it.each([
    ['absent', undefined],
    ['unknown', ['unknown'] as const],
    ['empty', [] as const],
  ])('is unclear when whom it concerns is %s', (_, affected) => {
    const r = classifyAiAct({
      ...quiet,
      activities: ['emotionRecognition'],
      affected: affected ? [...affected] : undefined,
    });
    expect(r.classification).toBe('unclear');
    expect(keys(r.questions)).toContain('rules.settle.emotionContext');
  });
});

describe('classifyAiAct: Annex III and the article 6(3) exceptions', () => {
  it('an area without an exception is high-risk', () => {
    const r = classifyAiAct({ ...quiet, activities: ['recruitment'], exception: 'none' });
    expect(r.classification).toBe('high-risk');
    expect(r.routes).toEqual({ annexIII: true, annexI: false });
    expect(keys(r.reasons)).toEqual(['rules.reason.annexIII.recruitment', 'rules.reason.noException']);
  });

  it.each(['creditScoring', 'insurancePricing', 'workDecisions'] as const)(
    '%s profiles by nature: high-risk whatever exception is claimed',
    (activity) => {
      const r = classifyAiAct({ ...quiet, activities: [activity], exception: 'narrowTask', profiling: 'no' });
      expect(r.classification).toBe('high-risk');
      expect(keys(r.reasons)).toContain('rules.reason.profilingByNature');
    },
  );

  it('profiling rules out an exception', () => {
    const r = classifyAiAct({
      ...quiet,
      activities: ['education'],
      exception: 'preparatory',
      profiling: 'yes',
    });
    expect(r.classification).toBe('high-risk');
    expect(keys(r.reasons)).toContain('rules.reason.profiling');
  });

  it.each(['narrowTask', 'improvesHumanWork', 'detectsPatterns', 'preparatory'] as const)(
    'exception %s without profiling takes it out of high-risk (minimal when nothing else applies)',
    (exception) => {
      const r = classifyAiAct({ ...quiet, activities: ['recruitment'], exception, profiling: 'no' });
      expect(r.classification).toBe('minimal');
      expect(r.exceptionApplied).toBe(true);
      expect(keys(r.reasons)).toContain(`rules.reason.exception.${exception}`);
    },
  );

  it('an exception with an article 50 duty is transparency, still recorded as an exception', () => {
    const r = classifyAiAct({
      activities: ['recruitment'],
      exception: 'narrowTask',
      profiling: 'no',
      interactsWithPeople: 'yes',
      generatesContent: 'no',
    });
    expect(r.classification).toBe('transparency');
    expect(r.exceptionApplied).toBe(true);
  });

  it.each([
    ['absent', undefined],
    ['unknown', 'unknown' as const],
  ])('an exception %s is unclear, asking about the exception and profiling', (_, exception) => {
    const r = classifyAiAct({ ...quiet, activities: ['recruitment'], exception });
    expect(r.classification).toBe('unclear');
    expect(keys(r.questions)).toEqual(['rules.settle.exception', 'rules.settle.profiling']);
  });

  it('an unknown exception with profiling ruled out asks only about the exception', () => {
    const r = classifyAiAct({ ...quiet, activities: ['recruitment'], exception: 'unknown', profiling: 'no' });
    expect(keys(r.questions)).toEqual(['rules.settle.exception']);
  });

  it.each([
    ['absent', undefined],
    ['unknown', 'unknown' as const],
  ])('an exception with profiling %s is unclear, asking about profiling', (_, profiling) => {
    const r = classifyAiAct({ ...quiet, activities: ['justice'], exception: 'detectsPatterns', profiling });
    expect(r.classification).toBe('unclear');
    expect(keys(r.questions)).toEqual(['rules.settle.profiling']);
  });
});

describe('classifyAiAct: products, fraud detection, transparency, minimal', () => {
  it('a product safety component is high-risk by art. 6(1), and an open exception does not matter', () => {
    const r = classifyAiAct({ ...quiet, activities: ['productSafety', 'education'] });
    expect(r.classification).toBe('high-risk');
    expect(r.routes).toEqual({ annexIII: false, annexI: true });
    expect(keys(r.reasons)).toContain('rules.reason.annexI');
    expect(r.questions).toEqual([]);
  });

  it('fraud detection alone is not Annex III 5(b)', () => {
    const r = classifyAiAct({ ...quiet, activities: ['fraudDetection'] });
    expect(r.classification).toBe('minimal');
    expect(keys(r.reasons)).toEqual(['rules.reason.fraudDetection', 'rules.reason.minimal']);
  });

  it.each([
    ['interacts', { interactsWithPeople: 'yes', generatesContent: 'no' }],
    ['generates', { interactsWithPeople: 'no', generatesContent: 'yes' }],
  ] as const)('an article 50 duty (%s) is transparency', (duty, answers) => {
    const r = classifyAiAct({ ...answers, activities: ['none'] });
    expect(r.classification).toBe('transparency');
    expect(keys(r.reasons)).toEqual([`rules.reason.transparency.${duty}`]);
  });

  it('biometric categorisation carries an art. 50(3) duty beside high-risk', () => {
    const r = classifyAiAct({ ...quiet, activities: ['biometricCategorisation'], exception: 'none' });
    expect(r.classification).toBe('high-risk');
    expect(r.transparency.emotionOrBiometric).toBe(true);
  });

  it('a duty settles the class even when the other article 50 answer is unknown', () => {
    const r = classifyAiAct({
      activities: ['none'],
      interactsWithPeople: 'yes',
      generatesContent: 'unknown',
    });
    expect(r.classification).toBe('transparency');
  });

  it('none of it is minimal', () => {
    const r = classifyAiAct({ ...quiet, activities: ['none'] });
    expect(r.classification).toBe('minimal');
    expect(keys(r.reasons)).toEqual(['rules.reason.minimal']);
  });

  it.each([
    ['unknown', { interactsWithPeople: 'unknown', generatesContent: 'no' }, ['rules.settle.interacts']],
    ['absent', { generatesContent: 'no' }, ['rules.settle.interacts']],
    ['both open', {}, ['rules.settle.interacts', 'rules.settle.generates']],
  ] as const)('open article 50 answers (%s) leave it unclear', (_, answers, questions) => {
    const r = classifyAiAct({ ...answers, activities: ['none'] });
    expect(r.classification).toBe('unclear');
    expect(keys(r.questions)).toEqual(questions);
  });
});

describe('classifyAiAct: unknown activities', () => {
  it.each([
    ['absent', undefined],
    ['empty', []],
    ['unknown', ['unknown'] as const],
  ])('activities %s: unclear, asking what it does', (_, activities) => {
    const r = classifyAiAct({ ...quiet, activities: activities ? [...activities] : undefined });
    expect(r.classification).toBe('unclear');
    expect(keys(r.questions)).toEqual(['rules.settle.activities']);
  });

  it('an unknown beside a high-risk area stays unclear (it could be prohibited) and keeps the area as a reason', () => {
    const r = classifyAiAct({ ...quiet, activities: ['recruitment', 'unknown'], exception: 'none' });
    expect(r.classification).toBe('unclear');
    expect(keys(r.reasons)).toContain('rules.reason.annexIII.recruitment');
    expect(keys(r.questions)).toEqual(['rules.settle.activities']);
  });

  it('asks the exception and article 50 questions too when they still matter', () => {
    const r = classifyAiAct({ activities: ['unknown', 'education'] });
    expect(keys(r.questions)).toEqual([
      'rules.settle.activities',
      'rules.settle.exception',
      'rules.settle.profiling',
      'rules.settle.interacts',
      'rules.settle.generates',
    ]);
  });
});
