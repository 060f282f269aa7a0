import { describe, expect, it } from 'vitest';
import { aggregateSurvey } from './aggregate-survey.ts';
import { surveyTrend } from './survey-trend.ts';
import { INSTRUMENT_V1_ITEMS, type SurveyAnswers, type SurveyResponse } from './survey-types.ts';

function round(value: 1 | 2 | 3 | 4 | 5, count: number, status: 'open' | 'closed' = 'closed') {
  const answers: SurveyAnswers = {};
  for (const id of INSTRUMENT_V1_ITEMS) answers[id] = value;
  const responses: SurveyResponse[] = Array.from({ length: count }, () => ({
    group: null,
    answers,
    open: {},
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

describe('surveyTrend', () => {
  it('orders rounds by the day they opened and gives each element’s mean', () => {
    const points = surveyTrend([
      { roundId: 'c', wave: 'end', openedOn: '2026-06-01', closedOn: '2026-06-10', results: round(4, 6) },
      { roundId: 'a', wave: 'before', openedOn: '2026-01-05', closedOn: '2026-01-20', results: round(2, 7) },
      { roundId: 'b', wave: 'start', openedOn: '2026-03-02', closedOn: null, results: round(3, 5, 'open') },
    ]);
    expect(points.map((p) => [p.roundId, p.wave, p.responses])).toEqual([
      ['a', 'before', 7],
      ['b', 'start', 5],
      ['c', 'end', 6],
    ]);
    expect(points[0]?.elements).toEqual([
      { id: 'awareness', mean: 2 },
      { id: 'desire', mean: 2 },
      { id: 'knowledge', mean: 2 },
      { id: 'ability', mean: 2 },
      { id: 'reinforcement', mean: 2 },
    ]);
    expect(points[2]?.closedOn).toBe('2026-06-10');
  });

  it('shows no mean and no count for an open round below k, and no mean for a closed one', () => {
    const points = surveyTrend([
      {
        roundId: 'open',
        wave: 'followUp',
        openedOn: '2026-09-01',
        closedOn: null,
        results: round(2, 3, 'open'),
      },
      {
        roundId: 'closed',
        wave: 'end',
        openedOn: '2026-06-01',
        closedOn: '2026-06-09',
        results: round(2, 3),
      },
    ]);
    expect(points.map((p) => [p.roundId, p.responses, p.elements.every((e) => e.mean === null)])).toEqual([
      ['closed', 3, true],
      ['open', null, true],
    ]);
  });

  it('keeps the given order of rounds opened on the same day, and is empty without rounds', () => {
    const same = surveyTrend([
      { roundId: 'x', wave: 'start', openedOn: '2026-03-02', closedOn: null, results: round(3, 5) },
      { roundId: 'y', wave: 'start', openedOn: '2026-03-02', closedOn: null, results: round(3, 5) },
    ]);
    expect(same.map((p) => p.roundId)).toEqual(['x', 'y']);
    expect(surveyTrend([])).toEqual([]);
  });
});
