import { describe, expect, it } from 'vitest';
import { readCsvRecords } from './read-csv-records.ts';

const fields = (text: string, delimiter: string) => readCsvRecords(text, delimiter).map((r) => r.fields);

describe('readCsvRecords', () => {
  it('splits on the delimiter and ends a record at its line break', () => {
    expect(readCsvRecords('a;b;;d\nnext;row', ';')[0]).toEqual({
      fields: ['a', 'b', '', 'd'],
      line: 0,
      text: 'a;b;;d\n',
      isComplete: true,
    });
  });
  it('keeps delimiters, quotes and line breaks inside quotes', () => {
    expect(fields('"x;y";"say ""hi""";"two\nlines"\r\nrest', ';')).toEqual([
      ['x;y', 'say "hi"', 'two\nlines'],
      ['rest'],
    ]);
  });
  it('keeps a quote inside an unquoted field as it is', () => {
    expect(fields('5" pipe,3\n', ',')).toEqual([['5" pipe', '3']]);
  });
  it('ends records at CR, LF and CRLF, mixed in one text', () => {
    expect(fields('1\t2\r3\t4\r\n5\t6\n', '\t')).toEqual([
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });
  it('says which records the text cut off, and keeps what a cut-off quoted field holds', () => {
    expect(readCsvRecords('a,b', ',')).toMatchObject([{ fields: ['a', 'b'], isComplete: false }]);
    expect(readCsvRecords('x,y\na,"open quote\nstill', ',')).toEqual([
      { fields: ['x', 'y'], line: 0, text: 'x,y\n', isComplete: true },
      { fields: ['a', 'open quote\nstill'], line: 1, text: 'a,"open quote\nstill', isComplete: false },
    ]);
  });
  it('numbers the line each record starts on, counting line breaks inside quotes (CRLF as one)', () => {
    expect(readCsvRecords('h1,h2\r\n"a\r\nb",1\n\nc,2', ',').map((r) => [r.fields, r.line])).toEqual([
      [['h1', 'h2'], 0],
      [['a\r\nb', '1'], 1],
      [[''], 3],
      [['c', '2'], 4],
    ]);
  });
  it('stops at the maximum', () => {
    expect(readCsvRecords('1\n2\n3\n', ',', 2)).toHaveLength(2);
    expect(readCsvRecords('1\n"2\n', ',', 1)).toMatchObject([{ fields: ['1'], isComplete: true }]);
  });
  it('gives the text of multi-byte records exactly', () => {
    expect(readCsvRecords('é,"ü"\r\nß', ',').map((r) => r.text)).toEqual(['é,"ü"\r\n', 'ß']);
  });
});
