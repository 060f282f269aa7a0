import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { seededRandom } from '../../core/business-case/seeded-random.ts';
import { type Message, msg } from '../../core/message.ts';
import { aggregateSurvey } from '../../core/survey/aggregate-survey.ts';
import { surveyInstrument } from '../../core/survey/instrument.ts';
import {
  MAX_SURVEY_EXPORT_CHARS,
  parseSurveyExport,
  type SurveyExportContent,
} from '../../core/survey/parse-survey-export.ts';
import {
  SURVEY_K_MAX,
  SURVEY_K_MIN,
  type SurveyFigures,
  type SurveyResults,
} from '../../core/survey/survey-types.ts';
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
export type SurveyCliFlags = { json?: boolean; lang?: string; k?: string };

/** Where the command writes; the real process in the CLI, buffers in tests. */
export type SurveyCliIo = CommandIo;

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** A stable shuffle seeded by the file's text: free text in no telling order, the same on every run. */
function seededShuffle(text: string): <T>(items: readonly T[]) => T[] {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  const next = seededRandom(hash >>> 0);
  return <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
}

/** The barrier's advice, or that there is none; nothing when no figure is shown. */
export function surveyResultNotes(results: SurveyResults): Array<{ key: string; message: Message }> {
  if (!results.shown) return [];
  const barrier = results.barrier;
  const figure = results.overall?.elements.find((e) => e.id === barrier)?.figure;
  if (barrier !== null && figure) {
    return [
      {
        key: `barrier.${barrier}`,
        message: msg(`survey.note.barrier.${barrier}`, {
          mean: figure.mean,
          disagree: Math.round(figure.disagreeShare * 100),
        }),
      },
    ];
  }
  return [{ key: 'noBarrier', message: msg('survey.note.noBarrier') }];
}

/** The results for a terminal: settings, count, barrier advice, figures, groups, open answers. */
function renderText(
  content: SurveyExportContent,
  results: SurveyResults,
  title: string,
  t: Translate,
  locale: Locale,
): string {
  const lines: string[] = [t('survey.cli.heading', { title })];
  if (content.wave !== null) lines.push(t('survey.cli.wave', { wave: t(`survey.wave.${content.wave}`) }));
  lines.push(t('survey.cli.instrument', { version: results.instrumentVersion, k: results.k }));
  lines.push(t('survey.cli.responses', { count: results.responses ?? 0 }));
  const overall = results.overall;
  if (!results.shown || overall === null) {
    lines.push('', t('survey.cli.notShown'));
    return `${lines.join('\n')}\n`;
  }
  for (const note of surveyResultNotes(results)) lines.push('', renderMessage(note.message, locale));
  const width = Math.max(
    ...overall.elements.map((e) => t(`survey.element.${e.id}`).length),
    ...overall.perceptions.map((p) => t(`survey.perception.${p.id}`).length),
  );
  const row = (label: string, value: string) => `  ${label.padEnd(width)}   ${value}`;
  lines.push('', t('survey.cli.elements'));
  for (const { id, figure } of overall.elements) {
    const value = figure
      ? t('survey.cli.elementFigure', {
          mean: figure.mean,
          disagree: figure.disagreeShare,
          answered: figure.answered,
        })
      : t('survey.cli.suppressed');
    lines.push(row(t(`survey.element.${id}`), value));
  }
  lines.push('', t('survey.cli.perceptions'));
  for (const { id, figure } of overall.perceptions) {
    const value = figure
      ? t('survey.cli.perceptionFigure', {
          mean: figure.mean,
          agree: figure.agreeShare,
          answered: figure.answered,
        })
      : t('survey.cli.suppressed');
    lines.push(row(t(`survey.perception.${id}`), value));
  }
  lines.push('', t('survey.cli.groups'));
  if (results.groups.length === 0) lines.push(`  ${t('survey.cli.noGroups')}`);
  const means = (figures: SurveyFigures) =>
    figures.elements
      .map(
        (e) =>
          `${t(`survey.element.${e.id}`)} ${e.figure ? t('survey.cli.mean', { mean: e.figure.mean }) : '–'}`,
      )
      .join(' · ');
  for (const group of results.groups) {
    const name = group.key === 'other' ? t('survey.group.other') : (group.label ?? group.key);
    lines.push(`  ${t('survey.cli.groupLine', { group: name, responses: group.figures.responses })}`);
    lines.push(`    ${means(group.figures)}`);
  }
  if (results.hiddenGroups > 0)
    lines.push(`  ${t('survey.cli.hiddenGroups', { count: results.hiddenGroups })}`);
  const instrument = surveyInstrument(results.instrumentVersion) ?? surveyInstrument(1);
  lines.push('', t('survey.cli.openAnswers'));
  for (const { question, texts } of results.openAnswers) {
    const key = instrument?.openQuestions.find((q) => q.id === question)?.key ?? question;
    lines.push(`  ${t(key)}`);
    if (texts.length === 0) lines.push(`    ${t('survey.cli.noOpenAnswers')}`);
    for (const text of texts) lines.push(`    - ${text.replace(/\s*\n\s*/g, ' / ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `haalbaar survey results FILE`: reads an exported survey round (JSON from the app, or CSV; see
 * parseSurveyExport for the layout), applies the same anonymity rules as the app (k per figure,
 * small groups merged, free text only from groups with k) and prints the results for a terminal, or
 * as JSON (`--json`), in `--lang` (else HAALBAAR_LANG, else Dutch). `--k` raises the file's k, never
 * lowers it. Free text comes in an order shuffled by a seed taken from the file, so runs agree.
 * Returns the exit code: 0 when read, 2 on invalid input, every problem listed.
 */
export async function runSurveyResultsCommand(options: {
  file: string;
  flags: SurveyCliFlags;
  io?: SurveyCliIo;
}): Promise<number> {
  const { file, flags } = options;
  const io = options.io ?? processIo;
  const locale: Locale = outputLocale(flags.lang, io.envLang);
  const t: Translate = cliTranslator(locale);
  const fail = (lines: string[]) => {
    io.err(`${lines.join('\n')}\n`);
    return EXIT_INVALID;
  };
  const usage: string[] = [];
  if (flags.lang !== undefined && !isLocale(flags.lang))
    usage.push(t('survey.cli.badLang', { lang: flags.lang }));
  let minimumK: number | undefined;
  if (flags.k !== undefined) {
    minimumK = /^\d+$/.test(flags.k) ? Number(flags.k) : Number.NaN;
    if (!(minimumK >= SURVEY_K_MIN && minimumK <= SURVEY_K_MAX))
      usage.push(t('survey.cli.badK', { k: flags.k, min: SURVEY_K_MIN, max: SURVEY_K_MAX }));
  }
  if (usage.length > 0) return fail(usage.map((u) => `haalbaar survey results: ${u}`));

  const read = await readDocumentFile(file, {
    t,
    keys: 'survey.cli',
    maxChars: MAX_SURVEY_EXPORT_CHARS,
    extensions: ['.json', '.csv'],
  });
  if (!read.ok) return fail([read.problem]);
  const parsed = parseSurveyExport(read.source, {
    format: extname(file).toLowerCase() === '.csv' ? 'csv' : 'json',
    ...(minimumK === undefined ? {} : { minimumK }),
  });
  if (!parsed.ok) {
    return fail([
      t('survey.cli.invalid', { file }),
      ...parsed.error.map((p) => {
        const where =
          p.line === undefined ? p.path : t('survey.cli.pathAtLine', { path: p.path, line: p.line });
        return `  ${where}: ${renderMessage(p.message, locale)}`;
      }),
    ]);
  }
  const content = parsed.value;
  const results = aggregateSurvey({
    responses: content.responses,
    groups: content.groups,
    k: content.k,
    status: 'closed',
    instrumentVersion: content.instrumentVersion,
    shuffle: seededShuffle(read.source),
  });
  const title = content.title || basename(file);
  if (flags.json) {
    const notes = surveyResultNotes(results).map((n) => ({
      key: n.key,
      text: renderMessage(n.message, locale),
    }));
    io.out(`${JSON.stringify({ title, wave: content.wave, ...results, notes }, null, 2)}\n`);
  } else {
    io.out(renderText(content, results, title, t, locale));
  }
  return EXIT_OK;
}

/** Registers `survey results` on the program; help texts in HAALBAAR_LANG or Dutch. */
export function registerSurvey(program: Command): void {
  const t = translator(helpLocale());
  const survey = program.command('survey').description(t('survey.cli.description'));
  survey
    .command('results')
    .description(t('survey.cli.description'))
    .argument('<file>', t('survey.cli.argFile'))
    .option('--json', t('survey.cli.optJson'))
    .option('--lang <lang>', t('survey.cli.optLang'))
    .option('--k <k>', t('survey.cli.optK'))
    .action(async (file: string, flags: SurveyCliFlags) => {
      process.exitCode = await runSurveyResultsCommand({ file, flags });
    });
}
