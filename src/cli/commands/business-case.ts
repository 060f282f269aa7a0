import type { Command } from 'commander';
import {
  assessedBusinessCase,
  businessCaseAssessment,
} from '../../core/business-case/assessed-business-case.ts';
import { MAX_RUNS } from '../../core/business-case/simulate-business-case.ts';
import { parseUseCaseText } from '../../core/use-case/parse-use-case.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/resources.ts';
import { renderMessage, translator } from '../../i18n/translate.ts';
import { EXIT_INVALID, EXIT_OK, type FileCommandIo, outputLocale, processIo } from '../cli-output.ts';
import { ALLOW_OUTSIDE_FLAG, profileDataFiles } from './assess.ts';

/** Options as commander hands them over: strings, unparsed. */
export type BusinessCaseCliOptions = {
  runs?: string;
  seed?: string;
  json?: boolean;
  md?: boolean;
  lang?: string;
  xlsx?: string;
  /** Read `data.files` outside the use-case file's folder too (a trusted use-case file). */
  allowOutside?: boolean;
};

/** Where the command reads and writes; the real process in the CLI, buffers in tests. */
export type CliIo = FileCommandIo;

/** Exit codes, as documented in src/cli/main.ts. */

function parseWholeNumber(value: string | undefined, fallback: number): number | null {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim())) return null;
  const n = Number(value.trim());
  return Number.isSafeInteger(n) ? n : null;
}

/**
 * `haalbaar business-case FILE`: reads a use case, simulates its business case and prints it as text
 * (default), Markdown (`--md`) or JSON (`--json`) in `--lang` (else HAALBAAR_LANG, else Dutch);
 * `--xlsx OUT` also writes the accountant's workbook. Returns the exit code: 0 done, 2 invalid input
 * (every problem listed, never a stack trace).
 */
export async function runBusinessCaseCommand(options: {
  file: string;
  flags: BusinessCaseCliOptions;
  io?: CliIo;
}): Promise<number> {
  const { file, flags } = options;
  const io = options.io ?? processIo;
  const langFlag = flags.lang;
  const locale: Locale = outputLocale(langFlag, io.envLang);
  const t = translator(locale);
  const usage: string[] = [];
  if (langFlag !== undefined && !isLocale(langFlag))
    usage.push(t('businessCase.cli.invalidLang', { value: langFlag }));
  const runs = parseWholeNumber(flags.runs, 10_000);
  if (runs === null || runs < 1 || runs > MAX_RUNS) {
    usage.push(t('businessCase.cli.invalidRuns', { value: flags.runs ?? '', max: MAX_RUNS }));
  }
  const seed = parseWholeNumber(flags.seed, 1);
  if (seed === null) usage.push(t('businessCase.cli.invalidSeed', { value: flags.seed ?? '' }));
  if (flags.json && flags.md) usage.push(t('businessCase.cli.jsonAndMd'));
  if (usage.length > 0) {
    io.err(`${usage.map((u) => `haalbaar business-case: ${u}`).join('\n')}\n`);
    return EXIT_INVALID;
  }

  let source: string;
  try {
    source = await io.readText(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const line =
      code === 'ENOENT'
        ? t('businessCase.cli.notFound', { file })
        : code === 'EISDIR'
          ? t('businessCase.cli.isDirectory', { file })
          : t('businessCase.cli.unreadable', { file, detail: code ?? (e as Error).message });
    io.err(`${line}\n`);
    return EXIT_INVALID;
  }
  const parsed = parseUseCaseText(source);
  if (!parsed.ok) {
    const lines = parsed.error.map((p) =>
      t('businessCase.cli.problem', { path: p.path, message: renderMessage(p.message, locale) }),
    );
    io.err(`${t('businessCase.cli.invalidInput', { file })}\n${lines.join('\n')}\n`);
    return EXIT_INVALID;
  }

  const useCase = parsed.value;
  // The stall chance follows the one assessment with all evidence: the answers and the profiles of
  // the file's `data.files`, exactly as `haalbaar assess` and the API assess it.
  const evidence = await profileDataFiles({
    useCase,
    useCaseFile: file,
    allowOutside: flags.allowOutside === true,
    io,
    t: (key, params) => String(t(key, params ?? {})),
    locale,
  });
  if ('problems' in evidence) {
    io.err(`${evidence.problems.join('\n')}\n`);
    return EXIT_INVALID;
  }
  const { result, findings, assessment } = assessedBusinessCase({
    useCase,
    runs: runs as number,
    seed: seed as number,
    withRankCorrelation: true,
    dataProfiles: evidence.profiles,
  });
  const report = { useCase, result, findings, assessment: businessCaseAssessment(assessment) };

  if (flags.json) {
    const { renderBusinessCaseJson } = await import('../../report/business-case-json.ts');
    io.out(`${JSON.stringify(renderBusinessCaseJson(report, locale), null, 2)}\n`);
  } else if (flags.md) {
    const { renderBusinessCaseMarkdown } = await import('../../report/business-case-markdown.ts');
    io.out(renderBusinessCaseMarkdown(report, locale));
  } else {
    const { renderBusinessCaseText } = await import('../../report/business-case-text.ts');
    io.out(renderBusinessCaseText(report, locale));
  }

  if (flags.xlsx !== undefined) {
    const { buildBusinessCaseXlsx } = await import('../../report/business-case-xlsx.ts');
    try {
      await io.writeBinary(flags.xlsx, await buildBusinessCaseXlsx(report, locale));
    } catch (e) {
      const detail = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      io.err(`${t('businessCase.cli.xlsxFailed', { file: flags.xlsx, detail })}\n`);
      return EXIT_INVALID;
    }
    io.err(`${t('businessCase.cli.xlsxWritten', { file: flags.xlsx })}\n`);
  }
  return EXIT_OK;
}

/** Registers `business-case` on the program; help texts in HAALBAAR_LANG or Dutch. */
export function registerBusinessCase(program: Command): void {
  const envLang = process.env.HAALBAAR_LANG;
  const t = translator(isLocale(envLang) ? envLang : DEFAULT_LOCALE);
  program
    .command('business-case')
    .description(t('businessCase.cli.description'))
    .argument('<file>', t('businessCase.cli.argFile'))
    .option('--runs <n>', t('businessCase.cli.optRuns'))
    .option('--seed <s>', t('businessCase.cli.optSeed'))
    .option('--json', t('businessCase.cli.optJson'))
    .option('--md', t('businessCase.cli.optMd'))
    .option('--lang <lang>', t('businessCase.cli.optLang'))
    .option('--xlsx <file>', t('businessCase.cli.optXlsx'))
    .option(ALLOW_OUTSIDE_FLAG, t('assessment.cli.optAllowOutside'))
    .action(async (file: string, flags: BusinessCaseCliOptions) => {
      process.exitCode = await runBusinessCaseCommand({ file, flags });
    });
}
