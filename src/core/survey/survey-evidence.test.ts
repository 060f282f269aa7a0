import { describe, expect, it } from 'vitest';
import { aggregateSurvey } from './aggregate-survey.ts';
import { surveyEvidenceOf } from './survey-evidence.ts';
import type { SurveyResponse, SurveyResults } from './survey-types.ts';

function results(count: number, status: 'open' | 'closed'): SurveyResults {
  const responses: SurveyResponse[] = Array.from({ length: count }, (_, i) => ({
    group: null,
    answers: { 'awareness.1': i % 2 === 0 ? 1 : 3, 'awareness.2': 2, 'desire.1': 4, usefulness: 5, trust: 2 },
    open: { helps: 'geheim' },
  }));
  return aggregateSurvey({
    responses,
    groups: [],
    k: 5,
    status,
    instrumentVersion: 1,
    shuffle: (xs) => [...xs],
  });
}

describe('surveyEvidenceOf', () => {
  it('takes the newest round whose figures are shown, skipping a newer open one below k', () => {
    const evidence = surveyEvidenceOf([
      { roundId: 'new', wave: 'end', status: 'open', openedOn: '2026-06-01', results: results(3, 'open') },
      {
        roundId: 'mid',
        wave: 'start',
        status: 'closed',
        openedOn: '2026-03-01',
        results: results(6, 'closed'),
      },
      {
        roundId: 'old',
        wave: 'before',
        status: 'closed',
        openedOn: '2026-01-01',
        results: results(8, 'closed'),
      },
    ]);
    expect(evidence).toMatchObject({
      roundId: 'mid',
      wave: 'start',
      status: 'closed',
      openedOn: '2026-03-01',
      responses: 6,
    });
    // persons score 1.5 and 2.5 alternately: mean 2, half disagree
    expect(evidence?.elements[0]).toEqual({ id: 'awareness', mean: 2, disagreeShare: 0.5 });
    expect(evidence?.elements[1]).toEqual({ id: 'desire', mean: 4, disagreeShare: 0 });
    expect(evidence?.elements[2]).toEqual({ id: 'knowledge', mean: null, disagreeShare: null });
    expect(evidence?.perceptions.find((p) => p.id === 'usefulness')).toEqual({
      id: 'usefulness',
      mean: 5,
      agreeShare: 1,
    });
    expect(evidence?.barrier).toBe('awareness');
    expect(JSON.stringify(evidence)).not.toContain('geheim');
  });

  it('uses an open round once it has k responses', () => {
    const evidence = surveyEvidenceOf([
      { roundId: 'new', wave: 'end', status: 'open', openedOn: '2026-06-01', results: results(5, 'open') },
    ]);
    expect(evidence).toMatchObject({ roundId: 'new', status: 'open', responses: 5 });
  });

  it('is undefined when no round shows figures', () => {
    expect(surveyEvidenceOf([])).toBeUndefined();
    expect(
      surveyEvidenceOf([
        {
          roundId: 'a',
          wave: 'start',
          status: 'closed',
          openedOn: '2026-03-01',
          results: results(4, 'closed'),
        },
      ]),
    ).toBeUndefined();
  });
});
