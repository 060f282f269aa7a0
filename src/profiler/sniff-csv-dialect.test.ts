import { describe, expect, it } from 'vitest';
import { sniffCsvDialect } from './sniff-csv-dialect.ts';
import { classifyHead } from './sniff-file-kind.ts';

describe('sniffCsvDialect', () => {
  it('prefers ; over the decimal commas inside the values', () => {
    const d = sniffCsvDialect('id;naam;bedrag\n1;Appel;1,50\n2;Peer;2,25\n3;Kers;3,00\n', false);
    expect(d).toMatchObject({
      delimiter: ';',
      hasHeader: true,
      names: ['id', 'naam', 'bedrag'],
      skipLines: 0,
    });
  });
  it('skips a metadata block above the table', () => {
    const text =
      'Titel:,,\nDatum:,26-06-2020,\n\nLocatie,Peildatum,Stand\nB1,14-02-2003,49\nB1,26-02-2003,56\nB1,14-03-2003,66\n';
    const d = sniffCsvDialect(text, false);
    expect(d).toMatchObject({
      delimiter: ',',
      skipLines: 3,
      headerLine: 4,
      names: ['Locatie', 'Peildatum', 'Stand'],
    });
  });
  it('names columns when there is no header, and fills empty and duplicate names', () => {
    expect(sniffCsvDialect('1,2\n3,4\n', false)).toMatchObject({
      hasHeader: false,
      names: ['column1', 'column2'],
    });
    expect(sniffCsvDialect('a,,a\n1,2,3\n', false).names).toEqual(['a', 'column2', 'a_2']);
  });
  it('reads CR-only line ends', () => {
    expect(sniffCsvDialect('a;b\r1;2\r3;4\r', false)).toMatchObject({ delimiter: ';', names: ['a', 'b'] });
  });
});

describe('classifyHead', () => {
  it('tells files apart by content', () => {
    expect(classifyHead(Buffer.from('PK\x03\x04', 'latin1')).kind).toBe('zip');
    expect(classifyHead(Buffer.from('PAR1', 'latin1')).kind).toBe('parquet');
    expect(classifyHead(Buffer.from('{"a":1}\n{"a":2}\n'))).toEqual({ kind: 'json', layout: 'ndjson' });
    expect(classifyHead(Buffer.from('[{"a":1}]'))).toEqual({ kind: 'json', layout: 'array' });
    expect(classifyHead(Buffer.from([0x89, 0x50, 0x4e, 0x47])).kind).toBe('binary');
    expect(classifyHead(Buffer.from('a;b\n1;2\n')).kind).toBe('text');
  });
});
