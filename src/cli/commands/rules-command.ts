import type { Command } from 'commander';
import { assessedRules } from '../../core/assessment/rules-actions.ts';
import { assessRules } from '../../core/rules/assess-rules.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/resources.ts';
import { translator } from '../../i18n/translate.ts';
import { escapeMarkdown } from '../../report/assessment-markdown.ts';
import { renderRules } from '../../report/assessment-render.ts';
import { rulesDocument, rulesMarkdown, rulesText } from '../../report/rules-document.ts';
import { cliTranslator, EXIT_INVALID, EXIT_OK, outputLocale, processIo } from '../cli-output.ts';
import { type AssessCliIo, isCalendarDay, readUseCase, todayUtc } from './assess.ts';

export type RulesCliFlags = { json?: boolean; md?: boolean; lang?: string; asOf?: string };

/**
 * `haalbaar rules FILE`: only the rules part of the assessment: the AI Act class and role with
 * reasons (or the questions that settle them), the DPIA and works-council outcomes, what blocks a
 * pilot, and every obligation with the day it applies from, judged on `--as-of` (default today).
 * Terminal text, `--md` or `--json` (the assessment contract's `rules` section). Exit 0 when
 * judged, 2 on invalid input.
 */
export async function runRulesCommand(options: {
  file: string;
  flags: RulesCliFlags;
  io?: AssessCliIo;
}): Promise<number> {
  const { file, flags } = options;
  const io = options.io ?? processIo;
  const locale: Locale = outputLocale(flags.lang, io.envLang);
  const t = cliTranslator(locale);
  const usage: string[] = [];
  if (flags.lang !== undefined && !isLocale(flags.lang))
    usage.push(t('assessment.cli.badLang', { lang: flags.lang }));
  if (flags.json && flags.md) usage.push(t('assessment.cli.oneFormatRules'));
  if (flags.asOf !== undefined && !isCalendarDay(flags.asOf))
    usage.push(t('assessment.cli.badAsOf', { value: flags.asOf }));
  if (usage.length > 0) {
    io.err(`${usage.map((u) => `haalbaar rules: ${u}`).join('\n')}\n`);
    return EXIT_INVALID;
  }
  const read = await readUseCase(file, { t, locale });
  if ('problems' in read) {
    io.err(`${read.problems.join('\n')}\n`);
    return EXIT_INVALID;
  }
  const rules = assessedRules(assessRules(read.useCase, flags.asOf ?? todayUtc()), read.useCase);
  const rendered = renderRules(rules, locale);
  if (flags.json) io.out(`${JSON.stringify(rendered, null, 2)}\n`);
  else if (flags.md)
    io.out(`${rulesMarkdown(rulesDocument(rendered, locale), escapeMarkdown).join('\n').trimEnd()}\n`);
  else io.out(`${rulesText(rulesDocument(rendered, locale)).join('\n')}\n`);
  return EXIT_OK;
}

/** Registers `rules` on the program; help texts in HAALBAAR_LANG or Dutch. */
export function registerRules(program: Command): void {
  const envLang = process.env.HAALBAAR_LANG;
  const t = translator(isLocale(envLang) ? envLang : DEFAULT_LOCALE);
  program
    .command('rules')
    .description(t('assessment.cli.rulesDescription'))
    .argument('<file>', t('assessment.cli.argFile'))
    .option('--json', t('assessment.cli.optRulesJson'))
    .option('--md', t('assessment.cli.optMd'))
    .option('--lang <lang>', t('assessment.cli.optLang'))
    .option('--as-of <day>', t('assessment.cli.optAsOf'))
    .action(async (file: string, flags: RulesCliFlags) => {
      process.exitCode = await runRulesCommand({ file, flags });
    });
}
