import { describe, expect, it } from 'vitest';
import { classifyValue, isMissingToken, parseNumberCore, strptimeFormat } from './classify-value.ts';

describe('classifyValue', () => {
  it.each([
    ['n.v.t.'],
    ['Onbekend'],
    ['-'],
    ['N/A'],
    ['#N/B'],
    ['#DEEL/0!'],
    ['#WAARDE!'],
    ['#VERW!'],
    ['#NAAM?'],
    ['#GETAL!'],
  ])('reads %s as a missing-value token', (v) => {
    expect(classifyValue(v).kind).toBe('missingToken');
    expect(isMissingToken(v)).toBe(true);
  });

  it('reads Dutch and English numbers', () => {
    expect(parseNumberCore('1.234,56')).toMatchObject({ value: 1234.56, decimal: ',', thousands: '.' });
    expect(parseNumberCore('1,234.56')).toMatchObject({ value: 1234.56, decimal: '.', thousands: ',' });
    expect(parseNumberCore('15,98')).toMatchObject({ value: 15.98, decimal: ',', isAmbiguous: false });
    expect(parseNumberCore('1.234')).toMatchObject({ value: 1.234, isAmbiguous: true });
    expect(parseNumberCore('-999999999')).toMatchObject({ value: -999999999, decimal: null });
    expect(parseNumberCore('1 234 567,5')).toMatchObject({ value: 1234567.5, thousands: ' ' });
    expect(parseNumberCore('M14860')).toBeNull();
  });

  it('reads currency, percent and units as decorated numbers', () => {
    expect(classifyValue('€ 1.234,56')).toMatchObject({
      kind: 'number',
      value: 1234.56,
      decoration: 'currency',
    });
    expect(classifyValue('0.05%')).toMatchObject({ kind: 'number', value: 0.05, decoration: 'percent' });
    expect(classifyValue('12,5 kg')).toMatchObject({
      kind: 'number',
      value: 12.5,
      decoration: 'unit',
      unit: 'kg',
    });
    expect(classifyValue('12.0 OZ.')).toMatchObject({ kind: 'number', value: 12, unit: 'OZ.' });
    expect(classifyValue('12.0 oz. Alumi-Tek')).toMatchObject({ kind: 'number', unit: 'oz. Alumi-Tek' });
  });

  it('reads Dutch and ISO dates', () => {
    expect(classifyValue('1-1-2019')).toMatchObject({ kind: 'date', order: 'xy', family: 'd-m-yyyy' });
    expect(classifyValue('26-11-2026 14:05')).toMatchObject({ kind: 'date', order: 'dmy', hasTime: true });
    expect(classifyValue('2026-11-26')).toMatchObject({ kind: 'date', order: 'ymd' });
    expect(classifyValue('2026-11-26T14:05:00Z')).toMatchObject({
      kind: 'date',
      order: 'ymd',
      hasSeconds: true,
    });
    expect(classifyValue('11/26/2026')).toMatchObject({ kind: 'date', order: 'mdy' });
    expect(classifyValue('32-13-2020').kind).toBe('text');
  });

  it('reads times, booleans and text', () => {
    expect(classifyValue('00:10:00')).toMatchObject({ kind: 'time', hasSeconds: true });
    expect(classifyValue('ja')).toMatchObject({ kind: 'boolean', value: true });
    expect(classifyValue('Krimpen a/d Lek').kind).toBe('text');
    expect(classifyValue('   ').kind).toBe('missing');
  });

  it('builds strptime formats', () => {
    const shape = {
      order: 'xy' as const,
      separator: '-',
      hasTime: true,
      hasSeconds: false,
      twoDigitYear: false,
    };
    expect(strptimeFormat(shape, 'dmy')).toBe('%d-%m-%Y %H:%M');
  });
});
