/**
 * Numbers, money and percentages in the user's locale for every report (assessment, profile,
 * business case): `€ 1.234` and `3,1%` in Dutch, `€1,234` and `3.1%` in English, with plain spaces.
 */
import type { Locale } from '../i18n/resources.ts';

/** BCP 47 tag per locale: Dutch as in the Netherlands (`€ 1.234`), English as in Britain (`€1,234`). */
const TAG: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(TAG[locale], options);
    cache.set(key, f);
  }
  return f;
}

/**
 * Replaces the no-break and narrow no-break spaces Intl puts in `€ 1.234` and `1 234` by plain
 * spaces, so terminal output, Markdown and golden files hold one kind of space.
 */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/** Whole euros in the locale: `€ 1.234` (nl), `€1,234` (en). Never prints "-0". */
export function formatEur(valueEur: number, locale: Locale): string {
  const rounded = Math.round(valueEur);
  const f = numberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  });
  return plainSpaces(f.format(rounded === 0 ? 0 : rounded));
}

/** A fraction as a percentage: 0.0312 → `3,1%` (nl) with up to `digits` decimals. */
export function formatPercent(fraction: number, locale: Locale, digits = 1): string {
  return plainSpaces(
    numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(fraction),
  );
}

/** A plain number with up to `digits` decimals, grouped: `10.000` (nl). */
export function formatNumber(value: number, locale: Locale, digits = 2): string {
  return plainSpaces(numberFormat(locale, { maximumFractionDigits: digits }).format(value));
}

/** A number with exactly `digits` decimals: `-0,20` (nl). */
export function formatFixed(value: number, locale: Locale, digits: number): string {
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}
