import { readFile, writeFile } from 'node:fs/promises';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/resources.ts';
import { translator } from '../i18n/translate.ts';
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

/** Where a command writes: the real process in the CLI, buffers in tests. */
export type CommandIo = {
  out: (text: string) => void;
  err: (text: string) => void;
  envLang: string | undefined;
};

/** A command that also writes a file of its own (an XLSX, a PDF) and reads one given by name. */
export type FileCommandIo = CommandIo & {
  writeBinary: (path: string, data: Buffer) => Promise<void>;
  readText: (path: string) => Promise<string>;
};

/** The real process: standard output and error, files on disk, HAALBAAR_LANG. */
export const processIo: FileCommandIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  writeBinary: (path, data) => writeFile(path, data),
  readText: (path) => readFile(path, 'utf8'),
  envLang: process.env.HAALBAAR_LANG,
};

/** Exit codes of every command: done (whatever the verdict), or invalid input with the problems listed. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 2;

/** A command's texts in a locale, with plain spaces: a terminal shows no-break spaces as gaps or boxes. */
export function cliTranslator(locale: Locale): (key: string, params?: Record<string, unknown>) => string {
  const tf = translator(locale);
  return (key, params) => String(tf(key, params ?? {})).replace(/\u00a0/g, ' ');
}
