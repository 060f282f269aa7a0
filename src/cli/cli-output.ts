import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/resources.ts';

/**
 * The language for a command's output: `--lang` when it is nl or en, else HAALBAAR_LANG, else
 * Dutch. An invalid `--lang` falls through here; each command reports it as a usage error.
 */
export function outputLocale(flag: string | undefined, envLang: string | undefined): Locale {
  if (isLocale(flag)) return flag;
  return isLocale(envLang) ? envLang : DEFAULT_LOCALE;
}

/** The language for help texts: HAALBAAR_LANG, else Dutch (arguments are not parsed yet). */
export function helpLocale(): Locale {
  return outputLocale(undefined, process.env.HAALBAAR_LANG);
}
