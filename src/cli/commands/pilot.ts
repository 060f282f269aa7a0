import type { Command } from 'commander';
import { analysePilot } from '../../core/pilot/analyse-pilot.ts';
import { MAX_PILOT_CHARS, parsePilotText } from '../../core/pilot/parse-pilot.ts';
import type { Pilot } from '../../core/pilot/pilot-schema.ts';
import { isLocale, type Locale } from '../../i18n/resources.ts';
import { renderMessage, translator } from '../../i18n/translate.ts';
import {
  type CommandIo,
  cliTranslator,
  EXIT_INVALID,
  EXIT_OK,
  helpLocale,
  outputLocale,
  processIo,
} from '../cli-output.ts';
import { readDocumentFile } from '../read-document-file.ts';

/** Options as commander hands them over. */
export type PilotCliFlags = {
  json?: boolean;
  md?: boolean;
  memoMd?: boolean;
  memoHtml?: boolean;
  lang?: string;
};

/** Where the command writes; the real process in the CLI, buffers in tests. */
export type PilotCliIo = CommandIo;

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Reads and validates the pilot file; every problem as a printable line, with its YAML line when known. */
async function readPilot(
  file: string,
  t: Translate,
  locale: Locale,
): Promise<{ pilot: Pilot } | { problems: string[] }> {
  const read = await readDocumentFile(file, { t, keys: 'pilot.cli', maxChars: MAX_PILOT_CHARS });
  if (!read.ok) return { problems: [read.problem] };
  const parsed = parsePilotText(read.source);
  if (parsed.ok) return { pilot: parsed.value };
  return {
    problems: [
      t('pilot.cli.invalid', { file }),
      ...parsed.error.map((p) => {
        const where =
          p.line === undefined ? p.path : t('pilot.cli.pathAtLine', { path: p.path, line: p.line });
        return `  ${where}: ${renderMessage(p.message, locale)}`;
      }),
    ],
  };
}

/**
 * `haalbaar pilot FILE`: reads a pilot file (YAML or JSON, schema: `haalbaar schema pilot`), analyses
 * it and prints the analysis with the proposed decision for a terminal (default), as Markdown (`--md`),
 * as JSON (`--json`: the analysis with rendered texts), or the decision memo as Markdown (`--memo-md`)
 * or HTML (`--memo-html`), in `--lang` (else HAALBAAR_LANG, else Dutch). Returns the exit code: 0 when
 * analysed, whatever the proposal; 2 on invalid input, every problem listed with its field path.
 */
export async function runPilotCommand(options: {
  file: string;
  flags: PilotCliFlags;
  io?: PilotCliIo;
}): Promise<number> {
  const { file, flags } = options;
  const io = options.io ?? processIo;
  const langFlag = flags.lang;
  const locale: Locale = outputLocale(langFlag, io.envLang);
  const t: Translate = cliTranslator(locale);
  const fail = (lines: string[]) => {
    io.err(`${lines.join('\n')}\n`);
    return EXIT_INVALID;
  };
  const usage: string[] = [];
  if (langFlag !== undefined && !isLocale(langFlag)) usage.push(t('pilot.cli.badLang', { lang: langFlag }));
  if ([flags.json, flags.md, flags.memoMd, flags.memoHtml].filter(Boolean).length > 1)
    usage.push(t('pilot.cli.oneFormat'));
  if (usage.length > 0) return fail(usage.map((u) => `haalbaar pilot: ${u}`));

  const read = await readPilot(file, t, locale);
  if ('problems' in read) return fail(read.problems);
  const analysis = analysePilot(read.pilot);
  const report = await import('../../report/pilot-report.ts');
  if (flags.json) io.out(`${JSON.stringify(report.renderPilotJson(analysis, locale), null, 2)}\n`);
  else if (flags.md) io.out(report.renderPilotMarkdown(analysis, locale));
  else if (flags.memoMd) io.out(report.renderPilotMemoMarkdown(analysis, locale));
  else if (flags.memoHtml) io.out(report.renderPilotMemoHtml(analysis, locale));
  else io.out(report.renderPilotText(analysis, locale));
  return EXIT_OK;
}

/** Registers `pilot` on the program; help texts in HAALBAAR_LANG or Dutch. */
export function registerPilot(program: Command): void {
  const t = translator(helpLocale());
  program
    .command('pilot')
    .description(t('pilot.cli.description'))
    .argument('<file>', t('pilot.cli.argFile'))
    .option('--json', t('pilot.cli.optJson'))
    .option('--md', t('pilot.cli.optMd'))
    .option('--memo-md', t('pilot.cli.optMemoMd'))
    .option('--memo-html', t('pilot.cli.optMemoHtml'))
    .option('--lang <lang>', t('pilot.cli.optLang'))
    .action(async (file: string, flags: PilotCliFlags) => {
      process.exitCode = await runPilotCommand({ file, flags });
    });
}
