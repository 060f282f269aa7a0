import { describe, expect, it } from 'vitest';
import { parseRecord, parseRecords } from './parse-csv-record.ts';

describe('parseRecord (one record of a sampled window)', () => {
  it('splits on the delimiter and stops at the line break', () => {
    expect(parseRecord('a;b;;d\nnext;row', ';')).toEqual({
      fields: ['a', 'b', '', 'd'],
      isComplete: true,
      text: 'a;b;;d\n',
      end: 7,
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

describe('parseRecords', () => {
  it('numbers the line each record starts on, counting line breaks inside quotes', () => {
    const records = parseRecords('h1,h2\r\n"a\nb",1\n\nc,2', ',');
    expect(records).toEqual([
      { fields: ['h1', 'h2'], line: 0 },
      { fields: ['a\nb', '1'], line: 1 },
      { fields: [''], line: 3 },
      { fields: ['c', '2'], line: 4 },
    ]);
  });
  it('stops at the maximum', () => {
    expect(parseRecords('1\n2\n3\n', ',', 2)).toHaveLength(2);
  });
});
