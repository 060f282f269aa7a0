import { describe, expect, it } from 'vitest';
import type { ShiftedValuesCount } from './column-stats.ts';
import { findShiftedValueCandidates, findShiftedValueIssues } from './find-shifted-values.ts';
import { testColumnStats as column, times } from './test-column-stats.ts';

const city = {
  ...column([...times(3, 'Gary IN'), ...times(50, 'Utrecht'), ...times(47, 'Austin')]),
  name: 'city',
};
const state = { ...column([...times(3, ''), ...times(50, 'UT'), ...times(47, 'IN')]), name: 'state' };

const count = (over: Partial<ShiftedValuesCount> = {}): ShiftedValuesCount => ({
  receiver: 'state',
  sender: 'city',
  receiverEmpty: 10,
  receiverFilled: 90,
  matchedWhereEmpty: 5,
  matchedWhereFilled: 0,
  exampleRow: 4,
  exampleValue: 'Gary IN',
  ...over,
});

describe('findShiftedValueCandidates', () => {
  it('pairs a receiver with some empty rows with a sender ending in its values', () => {
    expect(findShiftedValueCandidates([city, state])).toEqual([
      { receiver: 'state', senders: [{ sender: 'city', matching: ['Gary IN'] }] },
    ]);
  });
  it('needs a complete count of text values and empty rows in the receiver', () => {
    expect(findShiftedValueCandidates([city, { ...state, isExact: false }])).toEqual([]);
    expect(findShiftedValueCandidates([city, { ...state, isText: false }])).toEqual([]);
    expect(findShiftedValueCandidates([city, { ...state, missing: 0 }])).toEqual([]);
  });
  it('a value that is only the receiver value itself does not count', () => {
    const bare = { ...column([...times(5, 'IN'), ...times(95, 'Utrecht')]), name: 'city' };
    expect(findShiftedValueCandidates([bare, state])).toEqual([]);
  });
});

describe('findShiftedValueIssues', () => {
  it('reports both columns, medium, with the example', () => {
    expect(findShiftedValueIssues([count()])).toEqual([
      {
        code: 'SHIFTED_VALUES',
        severity: 'medium',
        column: 'city',
        message: {
          key: 'profiler.issue.shiftedValues',
          params: { column: 'city', other: 'state', count: 5, example: 'Gary IN' },
        },
        count: 5,
        exampleValues: ['Gary IN'],
        exampleRows: [4],
      },
      {
        code: 'SHIFTED_VALUES',
        severity: 'medium',
        column: 'state',
        message: {
          key: 'profiler.issue.shiftedValuesInto',
          params: { column: 'city', other: 'state', count: 5, example: 'Gary IN' },
        },
        count: 5,
        exampleRows: [4],
      },
    ]);
  });
  it('needs at least three rows and a fifth of the receiver’s empty rows', () => {
    expect(findShiftedValueIssues([count({ matchedWhereEmpty: 2 })])).toEqual([]);
    expect(findShiftedValueIssues([count({ matchedWhereEmpty: 3, receiverEmpty: 20 })])).toEqual([]);
    expect(findShiftedValueIssues([count({ matchedWhereEmpty: 4, receiverEmpty: 20 })])).toHaveLength(2);
  });
  it('is not an issue when the sender is written that way where the receiver is filled too', () => {
    // 5 of 10 empty rows match (50 %); 30 of 90 filled rows do too (33 %, more than half of 50 %).
    expect(findShiftedValueIssues([count({ matchedWhereFilled: 30 })])).toEqual([]);
    expect(findShiftedValueIssues([count({ matchedWhereFilled: 10 })])).toHaveLength(2);
  });
});
