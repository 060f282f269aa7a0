import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTable, type TextShape } from './judge-text-shape.ts';

const shape = (s: Partial<TextShape>): TextShape => ({
  lines: 20,
  typicalFields: 3,
  typicalFieldsShare: 1,
  proseCellShare: 0,
  ...s,
});

describe('isTable', () => {
  it('takes a delimited file whose lines mostly have the same number of fields', () => {
    expect(isTable(shape({ typicalFields: 4, typicalFieldsShare: 0.9 }))).toBe(true);
  });

  it('takes a delimited file with a column of sentences (tickets with a description)', () => {
    expect(isTable(shape({ typicalFields: 2, typicalFieldsShare: 1, proseCellShare: 0.5 }))).toBe(true);
  });

  it('takes a single column of values', () => {
    expect(isTable(shape({ typicalFields: 1, typicalFieldsShare: 1, proseCellShare: 0 }))).toBe(true);
  });

  it('refuses notes: one field per line, mostly sentences (notes.txt was graded B)', () => {
    expect(isTable(shape({ typicalFields: 1, typicalFieldsShare: 0.7, proseCellShare: 0.6 }))).toBe(false);
  });

  it('refuses text whose commas split the lines unevenly', () => {
    expect(isTable(shape({ typicalFields: 2, typicalFieldsShare: 0.35, proseCellShare: 0.3 }))).toBe(false);
  });

  it('leaves a text without lines to the empty-file check', () => {
    expect(isTable(shape({ lines: 0, typicalFields: 0, typicalFieldsShare: 0 }))).toBe(true);
  });

  it('never refuses a table for being more consistent or holding fewer sentences', () => {
    const arbitrary = fc.record({
      lines: fc.integer({ min: 1, max: 1000 }),
      typicalFields: fc.integer({ min: 1, max: 50 }),
      typicalFieldsShare: fc.double({ min: 0, max: 1, noNaN: true }),
      proseCellShare: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(arbitrary, fc.double({ min: 0, max: 1, noNaN: true }), (s, t) => {
        if (!isTable(s)) return;
        expect(isTable({ ...s, typicalFieldsShare: Math.max(s.typicalFieldsShare, t) })).toBe(true);
        expect(isTable({ ...s, proseCellShare: Math.min(s.proseCellShare, t) })).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
