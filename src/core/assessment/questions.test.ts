import { describe, expect, it } from 'vitest';
import { isAnswered, unansweredFinding } from './questions.ts';

const item = (isAnsweredNow: boolean, weight = 1) => ({
  labelKey: 'assessment.question.x',
  weight,
  isAnswered: isAnsweredNow,
});

describe('unansweredFinding', () => {
  const base = { id: 'people.unanswered', rule: 'people.unanswered', action: 'people.answer' as const };

  it('is null when everything is answered or nothing applies', () => {
    expect(unansweredFinding({ ...base, items: [item(true), item(true)] })).toBeNull();
    expect(unansweredFinding({ ...base, items: [] })).toBeNull();
  });

  it('scales its severity with the unanswered share of the weight', () => {
    expect(unansweredFinding({ ...base, items: [item(false), item(true, 9)] })?.severity).toBe('low');
    expect(unansweredFinding({ ...base, items: [item(false), item(true, 3)] })?.severity).toBe('medium');
    expect(unansweredFinding({ ...base, items: [item(false, 3), item(true, 1)] })?.severity).toBe('high');
  });

  it('lists the unanswered questions and counts them', () => {
    const f = unansweredFinding({ ...base, items: [item(false), item(true)] });
    expect(f?.details).toEqual([{ key: 'assessment.question.x' }]);
    expect(f?.evidence.params).toMatchObject({ count: 1, total: 2 });
  });
});

describe('answers', () => {
  it('counts false and 0 as answers, empty text and empty lists not', () => {
    expect(isAnswered(false)).toBe(true);
    expect(isAnswered(0)).toBe(true);
    expect(isAnswered('  ')).toBe(false);
    expect(isAnswered([])).toBe(false);
    expect(isAnswered(undefined)).toBe(false);
  });
});
