import type { Message } from '../core/message.ts';
import { plainSpaces } from '../i18n/locale-format.ts';
import type { Locale } from '../i18n/resources.ts';
import { renderMessage } from '../i18n/translate.ts';

/** A core message as text in a locale, with plain spaces. */
export function text(message: Message, locale: Locale): string {
  return plainSpaces(renderMessage(message, locale));
}

/** A translation key (under `assessment.`) as text in a locale. */
export function label(key: string, locale: Locale, params?: Record<string, string | number>): string {
  return text({ key: `assessment.${key}`, params }, locale);
}
