/**
 * Numbers, money, percentages and dates in the user's locale: one formatter for the web app, the
 * reports (assessment, profile, business case) and the CLI. `€ 1.234,56`, `3,1%` and `26-11-2026`
 * in Dutch; `€1,234.56`, `3.1%` and `26-11-2026` in English. Pure: Intl only, no I/O.
 *
 * Text outputs (terminal, Markdown, golden files) use the `format…` functions, which print plain
 * spaces; a page uses `localeFormat(locale, { spaces: 'no-break' })`, so `€` and its amount never
 * wrap apart.
 */
import type { Locale } from './resources.ts';

/** BCP 47 tag per locale: Dutch as in the Netherlands (`€ 1.234`), English as in Britain (`€1,234`). */
const TAG: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A maker of Intl formatters that keeps one per locale and options (they are costly to create). */
function cachedFormats<O, F>(make: (tag: string, options: O) => F): (locale: Locale, options: O) => F {
  const cache = new Map<string, F>();
  return (locale, options) => {
    const key = `${locale}:${JSON.stringify(options)}`;
    let f = cache.get(key);
    if (f === undefined) {
      f = make(TAG[locale], options);
      cache.set(key, f);
    }
    return f;
  };
}
const numberFormat = cachedFormats(
  (tag, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(tag, options),
);
const dateFormat = cachedFormats(
  (tag, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, options),
);

/**
 * Replaces the no-break and narrow no-break spaces Intl puts in `€ 1.234` and `1 234` by plain
 * spaces, so terminal output, Markdown and golden files hold one kind of space.
 */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/** `plain` for text outputs; `no-break` (Intl's own) for a page. */
export type Spaces = 'plain' | 'no-break';

/** Dates are shown in the reader's time zone, or in UTC for zone-less values (profile timestamps). */
export type DateOptions = { timeZone?: 'UTC' };

/** The formatters of one locale; see `localeFormat`. */
export type LocaleFormat = ReturnType<typeof localeFormat>;

/**
 * Every formatter of one locale, bound once.
 *
 * @example localeFormat('nl').eur(1234.4) // "€ 1.234"
 * @example localeFormat('en', { spaces: 'no-break' }).date('2026-11-26T10:00:00Z') // "26-11-2026"
 */
export function localeFormat(locale: Locale, options: { spaces?: Spaces } = {}) {
  const spaces = (text: string) => (options.spaces === 'no-break' ? text : plainSpaces(text));
  const currency = (digits: number, extra: Intl.NumberFormatOptions = {}) =>
    numberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: digits,
      minimumFractionDigits: digits,
      ...extra,
    });
  /**
   * Money with one convention for a negative amount, in tables and on chart axes alike, with a real
   * minus sign (U+2212): Dutch puts it after the euro sign (`€ −21.231`, `€ −50K`), British English
   * before it (`−€21,231`). Intl alone writes `€ -21.231` but `-€ 50K` in Dutch.
   */
  const money = (format: Intl.NumberFormat, valueEur: number) => {
    const shown = format.format(Math.abs(valueEur));
    if (!(valueEur < 0) || /^\D*0([.,]0+)?\D*$/.test(shown)) return spaces(shown);
    return spaces(locale === 'nl' ? shown.replace(/^€(\s?)/, '€$1\u2212') : `\u2212${shown}`);
  };
  const day = (value: Date | string, format: Intl.DateTimeFormatOptions, date: DateOptions) =>
    dateFormat(locale, { ...format, ...(date.timeZone ? { timeZone: date.timeZone } : {}) })
      .format(typeof value === 'string' ? new Date(value) : value)
      .replaceAll('/', '-');
  return {
    locale,
    /** Whole euros: `€ 1.234`, `€ −21.231` (nl), `€1,234`, `−€21,231` (en). Never prints "-0". */
    eur: (valueEur: number) => money(currency(0), Math.round(valueEur)),
    /** Euros with cents: `€ 52,50`, `€ −5,50` (nl). */
    eurCents: (valueEur: number) => money(currency(2), valueEur),
    /** Euros in short for chart axes: `€ 25K`, `€ −50K` (nl), `€25k`, `−€50k` (en). */
    eurCompact: (valueEur: number) =>
      money(
        numberFormat(locale, {
          style: 'currency',
          currency: 'EUR',
          notation: 'compact',
          maximumFractionDigits: 0,
        }),
        valueEur,
      ),
    /** A fraction as a percentage with up to `digits` decimals: 0.0312 → `3,1%` (nl). */
    percent: (fraction: number, digits = 1) =>
      spaces(numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(fraction)),
    /**
     * A share of a whole (a fraction 0..1) with as many decimals as it needs to not read as zero:
     * `48%`, `3,4%`, `0,25%` (nl). For evidence: the same figure the Data tab shows.
     */
    share: (fraction: number) =>
      spaces(
        numberFormat(locale, {
          style: 'percent',
          maximumFractionDigits: fraction > 0 && fraction < 0.01 ? 2 : fraction < 0.1 ? 1 : 0,
        }).format(fraction),
      ),
    /** A number with up to `digits` decimals, grouped: `10.000` (nl). */
    number: (value: number, digits = 2) =>
      spaces(numberFormat(locale, { maximumFractionDigits: digits }).format(value)),
    /** A number with exactly `digits` decimals: `-0,20` (nl). */
    fixed: (value: number, digits: number) =>
      spaces(
        numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
      ),
    /** A day: `26-11-2026` in both languages. */
    date: (value: Date | string, date: DateOptions = {}) =>
      day(value, { day: '2-digit', month: '2-digit', year: 'numeric' }, date),
    /**
     * A calendar day (`YYYY-MM-DD`, read as that day everywhere) written out, for dates in running
     * text such as the day a law applies: `2 december 2027` (nl), `2 December 2027` (en).
     */
    longDay: (value: string) =>
      spaces(
        day(
          `${value.slice(0, 10)}T00:00:00Z`,
          { day: 'numeric', month: 'long', year: 'numeric' },
          { timeZone: 'UTC' },
        ),
      ),
    /** A day and a time: `26-11-2026 14:05` (nl), `26-11-2026, 14:05` (en). */
    dateTime: (value: Date | string, date: DateOptions = {}) =>
      spaces(
        day(
          value,
          { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' },
          date,
        ),
      ),
    /** A day without the year, for chart axes: `30-01`. */
    dayMonth: (value: Date | string, date: DateOptions = {}) =>
      day(value, { day: '2-digit', month: '2-digit' }, date),
    /** A month, for chart axes over more than a year: `jan 26` (nl), `Jan 26` (en). */
    monthYear: (value: Date | string, date: DateOptions = {}) =>
      spaces(day(value, { month: 'short', year: '2-digit' }, date)),
    /**
     * Reads a number typed in the locale: "1.234,5" (nl) or "1,234.5" (en); `€`, `%` and spaces are
     * ignored. Null when empty or not a number.
     */
    parseNumber: (text: string): number | null => {
      const t = text.trim().replace(/\s|€|%/g, '');
      if (t === '') return null;
      const normalised = locale === 'nl' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
      const n = Number(normalised);
      return Number.isFinite(n) ? n : null;
    },
    /** A number as it should stand in an input in the locale: no grouping, `52,5` (nl). */
    numberForInput: (n: number | undefined | null): string =>
      n === undefined || n === null ? '' : locale === 'nl' ? String(n).replace('.', ',') : String(n),
  };
}

const plain: Partial<Record<Locale, LocaleFormat>> = {};
/** The formatters of a locale with plain spaces, made once. */
function plainFormat(locale: Locale): LocaleFormat {
  plain[locale] ??= localeFormat(locale);
  return plain[locale];
}

/** Whole euros in the locale with plain spaces: `€ 1.234` (nl), `€1,234` (en). Never prints "-0". */
export function formatEur(valueEur: number, locale: Locale): string {
  return plainFormat(locale).eur(valueEur);
}

/** A fraction as a percentage with plain spaces: 0.0312 → `3,1%` (nl) with up to `digits` decimals. */
export function formatPercent(fraction: number, locale: Locale, digits = 1): string {
  return plainFormat(locale).percent(fraction, digits);
}

/** A plain number with up to `digits` decimals, grouped: `10.000` (nl). */
export function formatNumber(value: number, locale: Locale, digits = 2): string {
  return plainFormat(locale).number(value, digits);
}

/** A number with exactly `digits` decimals: `-0,20` (nl). */
export function formatFixed(value: number, locale: Locale, digits: number): string {
  return plainFormat(locale).fixed(value, digits);
}
