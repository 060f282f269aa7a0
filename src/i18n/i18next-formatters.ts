import type { i18n } from 'i18next';
import { localeFormat, type Spaces } from './locale-format.ts';
import type { Locale } from './resources.ts';

/**
 * Teaches an i18next instance the formats of `locale-format.ts`, so a text says how its number is
 * shown and every renderer (server, reports, CLI, web) shows it the same way:
 *
 * - `{{amount, eur}}` whole euros (`€ 21.231`, `€ −21.231`), `{{amount, eurCents}}` with cents;
 * - `{{share, percent}}` a fraction 0..1 as a percentage with the decimals it needs (`48%`, `3,4%`);
 * - `{{from, longDay}}` a calendar day `YYYY-MM-DD` written out (`2 december 2027`, `2 December 2027`).
 *
 * Messages carry plain numbers; a value that is already text (formatted by the caller) is shown as is.
 *
 * @example "Kolom \"{{column}}\" is leeg in {{count, number}} rijen ({{share, percent}})."
 */
export function addLocaleFormatters(instance: i18n, options: { spaces?: Spaces } = {}): void {
  const formats = {
    nl: localeFormat('nl', options),
    en: localeFormat('en', options),
  };
  const of = (lng: string | undefined) => formats[(lng?.startsWith('en') ? 'en' : 'nl') satisfies Locale];
  const add = (name: string, format: (fmt: (typeof formats)['nl'], value: number) => string) =>
    instance.services.formatter?.add(name, (value: unknown, lng: string | undefined) =>
      typeof value === 'number' ? format(of(lng), value) : String(value),
    );
  add('eur', (fmt, v) => fmt.eur(v));
  add('eurCents', (fmt, v) => fmt.eurCents(v));
  add('percent', (fmt, v) => fmt.share(v));
  instance.services.formatter?.add('longDay', (value: unknown, lng: string | undefined) =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? of(lng).longDay(value) : String(value),
  );
}
