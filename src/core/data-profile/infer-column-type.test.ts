import { describe, expect, it } from 'vitest';
import { inferColumnType } from './infer-column-type.ts';

const vc = (pairs: [string, number][]) => pairs.map(([value, count]) => ({ value, count }));

describe('inferColumnType', () => {
  it('reads a Dutch decimal-comma column as decimal numbers', () => {
    const r = inferColumnType(
      vc([
        ['17', 3],
        ['15,98', 5],
        ['69,17', 2],
      ]),
    );
    expect(r.type).toBe('decimal');
    expect(r.numberFormat).toEqual({ decimal: ',', thousands: null });
  });
  it('settles 1.234 by the other values, then by the file hint', () => {
    expect(
      inferColumnType(
        vc([
          ['1.234', 1],
          ['5,5', 1],
        ]),
      ).numberFormat,
    ).toEqual({ decimal: ',', thousands: '.' });
    expect(inferColumnType(vc([['1.234', 1]]), { preferDecimalComma: true }).numberFormat?.decimal).toBe(',');
    expect(inferColumnType(vc([['1.234', 1]])).numberFormat?.decimal).toBe('.');
  });
  it('counts units and percentages (beers ounces and abv)', () => {
    const r = inferColumnType(
      vc([
        ['12.0 oz', 3],
        ['12.0 ounce', 2],
        ['16.0 OZ.', 1],
      ]),
    );
    expect(r.type).toBe('decimal');
    expect(r.units.map((u) => u.value)).toEqual(['oz', 'ounce', 'OZ.']);
    const abv = inferColumnType(
      vc([
        ['0.05', 10],
        ['0.09%', 3],
      ]),
    );
    expect(abv.type).toBe('decimal');
    expect(abv.decorated.percent).toBe(3);
  });
  it('keeps missing tokens apart from the type', () => {
    const r = inferColumnType(
      vc([
        ['N/A', 40],
        ['20', 10],
        ['35', 5],
      ]),
    );
    expect(r.type).toBe('integer');
    expect(r.missingTokens).toEqual([{ value: 'N/A', count: 40 }]);
    expect(r.nonConformingCount).toBe(0);
  });
  it('reads d-m-yyyy dates with a strptime format and notices mixed families', () => {
    const r = inferColumnType(
      vc([
        ['1-1-2019 00:00', 1],
        ['26-1-2019 00:00', 1],
        ['2019-01-27', 1],
      ]),
    );
    expect(r.type).toBe('datetime');
    expect(r.dateOrder).toBe('dmy');
    expect(r.dateFormats).toContain('%d-%m-%Y %H:%M');
    expect(r.dateFamilies.length).toBe(2);
  });
  it('lists values that do not fit', () => {
    const r = inferColumnType(
      vc([
        ['1', 10],
        ['2', 10],
        ['abc', 1],
      ]),
    );
    expect(r.type).toBe('integer');
    expect(r.nonConforming).toEqual([{ value: 'abc', count: 1 }]);
  });
  it('calls an empty column empty', () => {
    expect(inferColumnType(vc([['', 3]])).type).toBe('empty');
  });
});

describe('canonicalUnit', async () => {
  const { canonicalUnit } = await import('./canonical-unit.ts');
  it('maps spellings of one unit together and keeps different units apart', () => {
    expect(new Set(['oz', 'OZ.', 'ounce', 'oz.'].map(canonicalUnit)).size).toBe(1);
    expect(canonicalUnit('kg')).not.toBe(canonicalUnit('g'));
    expect(canonicalUnit('Stk.')).toBe(canonicalUnit('stk'));
  });
});
