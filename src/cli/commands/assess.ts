import { realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { assessWithEvidence } from '../../core/business-case/assessed-business-case.ts';
import type { DataProfile } from '../../core/data-profile/data-profile-types.ts';
import { MAX_USE_CASE_CHARS, parseUseCaseText } from '../../core/use-case/parse-use-case.ts';
import type { UseCase } from '../../core/use-case/use-case-schema.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/resources.ts';
import { renderMessage, translator } from '../../i18n/translate.ts';
import {
  type CommandIo,
  cliTranslator,
  EXIT_INVALID,
  EXIT_OK,
  outputLocale,
  processIo,
  profileBudget,
} from '../cli-output.ts';
import { readDocumentFile } from '../read-document-file.ts';

/** Options as commander hands them over. */
export type AssessCliFlags = {
  json?: boolean;
  md?: boolean;
  html?: boolean;
  lang?: string;
  /** Read `data.files` outside the use-case file's folder too (a trusted use-case file). */
  allowOutside?: boolean;
  /** The day the rules and obligations are judged on, YYYY-MM-DD; today when absent. */
  asOf?: string;
};

/** A calendar day as `--as-of` takes it. */
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whether `--as-of` names a real calendar day (not 2026-02-30). */
export function isCalendarDay(value: string): boolean {
  return DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

/** Today in UTC, the default "as of" day. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** Where the command writes; the real process in the CLI, buffers in tests. */
export type AssessCliIo = CommandIo;

type Reader = { t: (key: string, params?: Record<string, unknown>) => string; locale: Locale };

/** Reads and validates the use-case file; every problem as a printable line. */
export async function readUseCase(
  file: string,
  { t, locale }: Reader,
): Promise<{ useCase: UseCase } | { problems: string[] }> {
  const read = await readDocumentFile(file, { t, keys: 'assessment.cli', maxChars: MAX_USE_CASE_CHARS });
  if (!read.ok) return { problems: [read.problem] };
  const parsed = parseUseCaseText(read.source);
  if (parsed.ok) return { useCase: parsed.value };
  return {
    problems: [
      t('assessment.cli.invalid', { file }),
      ...parsed.error.map((p) => `  ${p.path}: ${renderMessage(p.message, locale)}`),
    ],
  };
}

export const ALLOW_OUTSIDE_FLAG = '--allow-outside';

/** Whether `path` lies inside the folder `folder` (both absolute); the folder itself does not count. */
function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/**
 * Profiles the files listed in `data.files` (relative to the use-case file) with the data profiler.
 * A use-case file may come from anyone, so unless `allowOutside` it may only name files inside its
 * own folder: checked on the written path and again after resolving symbolic links, so neither
 * `../`, an absolute path nor a link leads elsewhere. Missing, refused and unreadable files are
 * input problems (exit 2), all listed.
 */
export async function profileDataFiles(
  options: { useCase: UseCase; useCaseFile: string; allowOutside: boolean; io: AssessCliIo } & Reader,
): Promise<{ profiles: DataProfile[] } | { problems: string[] }> {
  const { useCase, useCaseFile, allowOutside, io, t, locale } = options;
  const files = useCase.data?.files ?? [];
  if (files.length === 0) return { profiles: [] };
  const base = resolve(dirname(useCaseFile));
  const realBase = await realpath(base);
  const problems: string[] = [];
  const outside = (index: number, entry: string) =>
    problems.push(t('assessment.cli.dataFileOutside', { index, file: entry, flag: ALLOW_OUTSIDE_FLAG }));
  const paths = await Promise.all(
    files.map(async (entry, index) => {
      const path = resolve(base, entry);
      if (!allowOutside && !isInside(base, path)) {
        outside(index, entry);
        return path;
      }
      try {
        if ((await stat(path)).isFile()) {
          if (allowOutside || isInside(realBase, await realpath(path))) return path;
          outside(index, entry);
          return path;
        }
      } catch {
        // reported below
      }
      problems.push(t('assessment.cli.dataFileMissing', { index, file: entry }));
      return path;
    }),
  );
  if (problems.length > 0) return { problems };

  let profiler: typeof import('../../profiler/profile-in-child.ts');
  try {
    profiler = await import('../../profiler/profile-in-child.ts');
  } catch (e) {
    io.err(`${t('assessment.cli.profilerUnavailable')} (${(e as Error).message})\n`);
    return { profiles: [] };
  }
  const profiles: DataProfile[] = [];
  for (const [index, path] of paths.entries()) {
    const entry = files[index] ?? path;
    io.err(`${t('assessment.cli.profiling', { file: entry })}\n`);
    // In a child process with the server's limits: a file that crashes the engine fails alone.
    const budget = profiler.profileLimits(profileBudget());
    const result = await profiler.profileInChild(path, { memoryLimit: budget.memoryLimit }, budget.limits);
    if (result.ok) profiles.push(result.value);
    else {
      const detail = renderMessage(result.error.message, locale);
      problems.push(t('assessment.cli.profileFailed', { index, file: entry, detail }));
    }
  }
  return problems.length > 0 ? { problems } : { profiles };
}

/**
 * `haalbaar assess FILE`: reads a use case (YAML or JSON), profiles its `data.files`, assesses it with
 * all that evidence and its business case's range (`assessWithEvidence`, as the API stores it) and
 * prints a terminal summary (default), the contract JSON (`--json`), Markdown (`--md`) or a standalone
 * HTML page (`--html`) in `--lang` (else HAALBAAR_LANG, else Dutch). `data.files` must lie in the
 * use-case file's folder unless `--allow-outside`. Returns the exit code: 0 when
 * assessed, whatever the verdict; 2 on invalid input, with every problem listed and no stack trace.
 */
export async function runAssessCommand(options: {
  file: string;
  flags: AssessCliFlags;
  io?: AssessCliIo;
}): Promise<number> {
  const { file, flags } = options;
  const io = options.io ?? processIo;
  const langFlag = flags.lang;
  const locale: Locale = outputLocale(langFlag, io.envLang);
  const t = cliTranslator(locale);
  const fail = (lines: string[]) => {
    io.err(`${lines.join('\n')}\n`);
    return EXIT_INVALID;
  };

  const usage: string[] = [];
  if (langFlag !== undefined && !isLocale(langFlag))
    usage.push(t('assessment.cli.badLang', { lang: langFlag }));
  if ([flags.json, flags.md, flags.html].filter(Boolean).length > 1)
    usage.push(t('assessment.cli.oneFormat'));
  if (flags.asOf !== undefined && !isCalendarDay(flags.asOf))
    usage.push(t('assessment.cli.badAsOf', { value: flags.asOf }));
  if (usage.length > 0) return fail(usage.map((u) => `haalbaar assess: ${u}`));

  const read = await readUseCase(file, { t, locale });
  if ('problems' in read) return fail(read.problems);
  const useCase = read.useCase;

  const evidence = await profileDataFiles({
    useCase,
    useCaseFile: file,
    allowOutside: flags.allowOutside === true,
    io,
    t,
    locale,
  });
  if ('problems' in evidence) return fail(evidence.problems);

  // The one assessment with all evidence: answers, data files and the business case's range.
  const assessment = assessWithEvidence(useCase, {
    dataProfiles: evidence.profiles,
    asOf: flags.asOf ?? todayUtc(),
  });
  const report = { locale, title: useCase.title };
  if (flags.json) {
    const { renderAssessment } = await import('../../report/assessment-render.ts');
    io.out(`${JSON.stringify(renderAssessment(assessment, locale), null, 2)}\n`);
  } else if (flags.md) {
    const { renderAssessmentMarkdown } = await import('../../report/assessment-markdown.ts');
    io.out(renderAssessmentMarkdown(assessment, report));
  } else if (flags.html) {
    const { renderAssessmentHtml } = await import('../../report/assessment-html.ts');
    io.out(renderAssessmentHtml(assessment, report));
  } else {
    const { renderAssessmentText } = await import('../../report/assessment-text.ts');
    io.out(renderAssessmentText(assessment, report));
  }
  return EXIT_OK;
}

/** Registers `assess` on the program; help texts in HAALBAAR_LANG or Dutch. */
export function registerAssess(program: Command): void {
  const envLang = process.env.HAALBAAR_LANG;
  const t = translator(isLocale(envLang) ? envLang : DEFAULT_LOCALE);
  program
    .command('assess')
    .description(t('assessment.cli.description'))
    .argument('<file>', t('assessment.cli.argFile'))
    .option('--json', t('assessment.cli.optJson'))
    .option('--md', t('assessment.cli.optMd'))
    .option('--html', t('assessment.cli.optHtml'))
    .option('--lang <lang>', t('assessment.cli.optLang'))
    .option(ALLOW_OUTSIDE_FLAG, t('assessment.cli.optAllowOutside'))
    .option('--as-of <day>', t('assessment.cli.optAsOf'))
    .action(async (file: string, flags: AssessCliFlags) => {
      process.exitCode = await runAssessCommand({ file, flags });
    });
}
