import type { Command } from 'commander';
import pkg from '../../../package.json' with { type: 'json' };
import { assessWithEvidence } from '../../core/business-case/assessed-business-case.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/resources.ts';
import { translator } from '../../i18n/translate.ts';
import {
  cliTranslator,
  EXIT_INVALID,
  EXIT_OK,
  type FileCommandIo,
  outputLocale,
  processIo,
} from '../cli-output.ts';
import { ALLOW_OUTSIDE_FLAG, isCalendarDay, profileDataFiles, readUseCase, todayUtc } from './assess.ts';

/** Options as commander hands them over. */
export type ReportCliFlags = {
  pdf?: string;
  md?: boolean;
  html?: boolean;
  lang?: string;
  asOf?: string;
  allowOutside?: boolean;
};

/** Where the command reads and writes; the real process in the CLI, buffers in tests. */
export type ReportCliIo = Omit<FileCommandIo, 'readText'>;

/**
 * `haalbaar report FILE --pdf OUT`: the board report of a use-case file (YAML or JSON) with its
 * `data.files` profiled, as a PDF file (`--pdf OUT`) and/or Markdown (`--md`) or HTML (`--html`) on
 * standard output, in `--lang` (else HAALBAAR_LANG, else Dutch), the rules judged on `--as-of` (else
 * today). A file has no survey, vendors or pilot: those sections say there is no evidence.
 * Returns the exit code: 0 when written, 2 on invalid input with every problem listed.
 */
export async function runReportCommand(options: {
  file: string;
  flags: ReportCliFlags;
  io?: ReportCliIo;
}): Promise<number> {
  const { file, flags } = options;
  const io = options.io ?? processIo;
  const locale: Locale = outputLocale(flags.lang, io.envLang);
  const t = cliTranslator(locale);
  const fail = (lines: string[]) => {
    io.err(`${lines.map((l) => `haalbaar report: ${l}`).join('\n')}\n`);
    return EXIT_INVALID;
  };

  const usage: string[] = [];
  if (flags.lang !== undefined && !isLocale(flags.lang))
    usage.push(t('assessment.cli.badLang', { lang: flags.lang }));
  if (flags.md && flags.html) usage.push(t('report.cli.oneText'));
  if (!flags.pdf && !flags.md && !flags.html) usage.push(t('report.cli.noOutput'));
  if (flags.asOf !== undefined && !isCalendarDay(flags.asOf))
    usage.push(t('assessment.cli.badAsOf', { value: flags.asOf }));
  if (usage.length > 0) return fail(usage);

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

  const asOf = flags.asOf ?? todayUtc();
  const assessment = assessWithEvidence(useCase, { dataProfiles: evidence.profiles, asOf });
  const { computeBusinessCase } = await import('../../server/use-case-business-case.ts');
  const { ASSESSMENT_VERSION } = await import('../../server/current-assessment.ts');
  const { boardReport } = await import('../../report/board-report/board-report-document.ts');
  const report = boardReport(
    {
      useCase,
      assessment,
      businessCase: computeBusinessCase({ useCase, assessment, stored: null }),
      profiles: evidence.profiles,
      survey: undefined,
      vendors: undefined,
      pilot: undefined,
      organisation: null,
      generatedOn: asOf,
      appVersion: pkg.version,
      modelVersion: ASSESSMENT_VERSION,
    },
    locale,
  );
  if (flags.pdf) {
    const { renderBoardPdf } = await import('../../report/board-report/render-pdf.ts');
    await io.writeBinary(flags.pdf, await renderBoardPdf(report));
    io.err(`${t('report.cli.written', { file: flags.pdf })}\n`);
  }
  if (flags.md) {
    const { renderBoardMarkdown } = await import('../../report/board-report/render-markdown.ts');
    io.out(renderBoardMarkdown(report));
  } else if (flags.html) {
    const { renderBoardHtml } = await import('../../report/board-report/render-html.ts');
    io.out(renderBoardHtml(report));
  }
  return EXIT_OK;
}

/** Registers `report` on the program; help texts in HAALBAAR_LANG or Dutch. */
export function registerReport(program: Command): void {
  const envLang = process.env.HAALBAAR_LANG;
  const t = translator(isLocale(envLang) ? envLang : DEFAULT_LOCALE);
  program
    .command('report')
    .description(t('report.cli.description'))
    .argument('<file>', t('assessment.cli.argFile'))
    .option('--pdf <out>', t('report.cli.optPdf'))
    .option('--md', t('report.cli.optMd'))
    .option('--html', t('report.cli.optHtml'))
    .option('--lang <lang>', t('assessment.cli.optLang'))
    .option(ALLOW_OUTSIDE_FLAG, t('assessment.cli.optAllowOutside'))
    .option('--as-of <day>', t('assessment.cli.optAsOf'))
    .action(async (file: string, flags: ReportCliFlags) => {
      process.exitCode = await runReportCommand({ file, flags });
    });
}
