import { describe, expect, it } from 'vitest';
import { formatEur, formatFixed, formatNumber, formatPercent, localeFormat } from './locale-format.ts';

/** 26 November 2026, 14:05 in the machine's own time zone, so the day never shifts. */
const DAY = new Date(2026, 10, 26, 14, 5);

describe('locale format', () => {
  it('writes money, numbers and percentages the Dutch way', () => {
    const nl = localeFormat('nl');
    expect(nl.eur(1234.4)).toBe('€ 1.234');
    expect(nl.eurCents(1234.56)).toBe('€ 1.234,56');
    expect(nl.number(10_000)).toBe('10.000');
    expect(nl.percent(0.0312)).toBe('3,1%');
    expect(nl.fixed(-0.2, 2)).toBe('-0,20');
    expect(nl.eurCompact(25_000)).toBe('€ 25K');
  });

  it('writes them the British way in English', () => {
    const en = localeFormat('en');
    expect(en.eur(1234.4)).toBe('€1,234');
    expect(en.eurCents(1234.56)).toBe('€1,234.56');
    expect(en.percent(0.0312)).toBe('3.1%');
    expect(en.eurCompact(25_000)).toBe('€25k');
  });

  it('writes days as dd-mm-yyyy in both languages', () => {
    expect(localeFormat('nl').date(DAY)).toBe('26-11-2026');
    expect(localeFormat('en').date(DAY)).toBe('26-11-2026');
    expect(localeFormat('nl').dateTime(DAY)).toBe('26-11-2026, 14:05');
    expect(localeFormat('nl').dayMonth(DAY)).toBe('26-11');
    expect(localeFormat('nl').date(new Date(Date.UTC(2026, 10, 26, 23, 30)), { timeZone: 'UTC' })).toBe(
      '26-11-2026',
    );
  });

  it('never prints "-0" for an amount that rounds to nothing', () => {
    expect(formatEur(-0.4, 'nl')).toBe('€ 0');
    expect(localeFormat('nl').eurCents(-0.001)).toBe('€ 0,00');
    expect(localeFormat('en').eurCompact(-0.2)).toBe('€0');
  });

  it('writes a negative amount one way per language, in tables and on chart axes, with a real minus', () => {
    const nl = localeFormat('nl');
    expect([nl.eur(-21_231), nl.eurCents(-5.5), nl.eurCompact(-50_000)]).toEqual([
      '€ \u221221.231',
      '€ \u22125,50',
      '€ \u221250K',
    ]);
    const en = localeFormat('en');
    expect([en.eur(-21_231), en.eurCents(-5.5), en.eurCompact(-50_000)]).toEqual([
      '\u2212€21,231',
      '\u2212€5.50',
      '\u2212€50k',
    ]);
    expect(localeFormat('nl', { spaces: 'no-break' }).eur(-21_231)).toBe('€\u00a0\u221221.231');
  });

  it('prints plain spaces for text outputs and keeps no-break spaces for a page', () => {
    expect(formatEur(1234, 'nl')).toBe('€ 1.234');
    expect(localeFormat('nl', { spaces: 'no-break' }).eur(1234)).toBe('€\u00a01.234');
  });

  it('reads numbers typed in the locale, and writes them back for an input', () => {
    expect(localeFormat('nl').parseNumber('1.234,5')).toBe(1234.5);
    expect(localeFormat('en').parseNumber('1,234.5')).toBe(1234.5);
    expect(localeFormat('nl').parseNumber('€ 52,50')).toBe(52.5);
    expect(localeFormat('nl').parseNumber('')).toBeNull();
    expect(localeFormat('nl').parseNumber('abc')).toBeNull();
    expect(localeFormat('nl').numberForInput(52.5)).toBe('52,5');
    expect(localeFormat('en').numberForInput(undefined)).toBe('');
  });

  it('keeps the report functions as they were', () => {
    expect(formatPercent(0.0312, 'nl', 2)).toBe('3,12%');
    expect(formatNumber(1.2345, 'en', 1)).toBe('1.2');
    expect(formatFixed(0.5, 'nl', 2)).toBe('0,50');
  });
});
