import { describe, expect, it } from 'vitest';
import { parseRecord } from './sample-csv-rows.ts';

describe('parseRecord (one record of a sampled window)', () => {
  it('splits on the delimiter and stops at the line break', () => {
    expect(parseRecord('a;b;;d\nnext;row', ';')).toEqual({
      fields: ['a', 'b', '', 'd'],
      isComplete: true,
      text: 'a;b;;d\n',
    });
  });
  it('keeps delimiters, quotes and line breaks inside quotes', () => {
    expect(parseRecord('"x;y";"say ""hi""";"two\nlines"\r\nrest', ';').fields).toEqual([
      'x;y',
      'say "hi"',
      'two\nlines',
    ]);
  });
  it('says a record cut off by the window is incomplete', () => {
    expect(parseRecord('a,"open quote\nstill', ',').isComplete).toBe(false);
    expect(parseRecord('a,b', ',').isComplete).toBe(false);
  });
  it('ends CR-only lines too', () => {
    expect(parseRecord('1\t2\r3\t4', '\t')).toMatchObject({ fields: ['1', '2'], isComplete: true });
  });
});
