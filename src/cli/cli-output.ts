import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/resources.ts';
import { loadConfig } from '../server/config.ts';

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

/**
 * The memory and time budget for profiling one file: the server's settings
 * (HAALBAAR_PROFILE_MEMORY_MB, HAALBAAR_PROFILE_MINUTES), so the CLI refuses what the server refuses.
 */
export function profileBudget(): { memoryMb: number; minutes: number } {
  const loaded = loadConfig(process.env);
  return loaded.ok ? loaded.config.profile : { memoryMb: 2048, minutes: 15 };
}
