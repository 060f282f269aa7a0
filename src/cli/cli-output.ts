import type { Message } from '../core/message.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/resources.ts';
import { renderMessage } from '../i18n/translate.ts';

/** The language for CLI output: `--lang`, else HAALBAAR_LANG, else Dutch. */
export function cliLocale(flag: string | undefined, envLang: string | undefined): Locale {
  if (flag !== undefined) {
    if (!isLocale(flag)) throw new Error(`--lang must be nl or en, not '${flag}'`);
    return flag;
  }
  return isLocale(envLang) ? envLang : DEFAULT_LOCALE;
}

export function say(message: Message, locale: Locale): string {
  return renderMessage(message, locale);
}

/** The language for help texts: HAALBAAR_LANG, else Dutch (arguments are not parsed yet). */
export function helpLocale(): Locale {
  const env = process.env.HAALBAAR_LANG;
  return isLocale(env) ? env : DEFAULT_LOCALE;
}
