import type { Message } from '../core/message.ts';
import type { Locale } from '../i18n/resources.ts';
import { renderMessage } from '../i18n/translate.ts';

/** BCP 47 tag per locale: `€ 1.234` in Dutch, `€1,234` in English. */
const TAG: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * Replaces the no-break spaces Intl puts in `€ 1.234` by plain spaces, so terminal output, Markdown,
 * JSON and golden files hold one kind of space.
 */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/** A core message as text in a locale, with plain spaces. */
export function text(message: Message, locale: Locale): string {
  return plainSpaces(renderMessage(message, locale));
}

/** A translation key (under `assessment.`) as text in a locale. */
export function label(key: string, locale: Locale, params?: Record<string, string | number>): string {
  return text({ key: `assessment.${key}`, params }, locale);
}

/** Whole euros in the locale: `€ 69.810` (nl), `€69,810` (en). */
export function formatEur(valueEur: number, locale: Locale): string {
  const rounded = Math.round(valueEur);
  return plainSpaces(
    new Intl.NumberFormat(TAG[locale], {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    }).format(rounded === 0 ? 0 : rounded),
  );
}
