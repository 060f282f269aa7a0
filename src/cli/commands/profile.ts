import type { Command } from 'commander';
import { isLocale, type Locale } from '../../i18n/resources.ts';
import { renderMessage, translator } from '../../i18n/translate.ts';
import { helpLocale, outputLocale, profileBudget } from '../cli-output.ts';

type ProfileCliOptions = {
  json?: boolean;
  html?: boolean;
  sheet?: string;
  time?: string;
  entity?: string;
  target?: string;
  lang?: string;
};

/**
 * `haalbaar profile FILE…`: profiles data files. Default output is a readable summary; `--json`
 * prints one DataProfile per file (an array for several files), `--html` a standalone page.
 * Exit 0 when every file was profiled, 2 when a file could not be read (the reason on stderr).
 * Progress goes to stderr, only when it is a terminal, so stdout stays clean JSON/HTML.
 */
export function registerProfile(program: Command): void {
  const t = translator(helpLocale());
  program
    .command('profile')
    .description(t('cli.profile.description'))
    .argument('<files...>', t('cli.profile.files'))
    .option('--json', t('cli.profile.json'))
    .option('--html', t('cli.profile.html'))
    .option('--sheet <name>', t('cli.profile.sheet'))
    .option('--time <column>', t('cli.profile.time'))
    .option('--entity <column>', t('cli.profile.entity'))
    .option('--target <column>', t('cli.profile.target'))
    .option('--lang <nl|en>', t('cli.profile.lang'))
    .action(async (files: string[], opts: ProfileCliOptions) => {
      process.exitCode = await runProfile(files, opts);
    });
}

async function runProfile(files: string[], opts: ProfileCliOptions): Promise<number> {
  const locale: Locale = outputLocale(opts.lang, process.env.HAALBAAR_LANG);
  if (opts.lang !== undefined && !isLocale(opts.lang)) {
    process.stderr.write(
      `haalbaar: ${translator(helpLocale())('cli.profile.badLang', { lang: opts.lang })}\n`,
    );
    return 2;
  }
  const say = (key: string, params?: Record<string, string | number>) =>
    renderMessage(params ? { key: `profiler.cli.${key}`, params } : { key: `profiler.cli.${key}` }, locale);
  if (opts.json && opts.html) {
    process.stderr.write(`haalbaar: ${say('jsonAndHtml')}\n`);
    return 2;
  }
  const [
    { profileInChild, profileLimits },
    { renderProfileJson },
    { renderProfileHtml },
    { renderProfileTerminal },
    { renderProfileMessage },
  ] = await Promise.all([
    import('../../profiler/profile-in-child.ts'),
    import('../../report/profile-json.ts'),
    import('../../report/profile-html.ts'),
    import('../../report/profile-terminal.ts'),
    import('../../report/profile-text.ts'),
  ]);
  const budget = profileLimits(profileBudget());
  const showProgress = process.stderr.isTTY === true;
  const jsonOut: unknown[] = [];
  let failed = 0;
  for (const file of files) {
    const sheets: (string | undefined)[] = [opts.sheet];
    for (let s = 0; s < sheets.length; s++) {
      const sheet = sheets[s];
      const started = Date.now();
      let lastPercent = -1;
      const onProgress = (f: number) => {
        const percent = Math.floor(f * 100);
        if (!showProgress || Date.now() - started < 1000 || percent === lastPercent) return;
        lastPercent = percent;
        process.stderr.write(`\r${say('progress', { file, percent })}`);
      };
      // In a child process with the server's limits: a file that crashes the engine fails alone.
      const result = await profileInChild(
        file,
        {
          ...(sheet !== undefined ? { sheet } : {}),
          ...(opts.time !== undefined ? { timeColumn: opts.time } : {}),
          ...(opts.entity !== undefined ? { entityColumn: opts.entity } : {}),
          ...(opts.target !== undefined ? { targetColumn: opts.target } : {}),
          memoryLimit: budget.memoryLimit,
          onProgress,
        },
        budget.limits,
      );
      if (lastPercent >= 0) process.stderr.write('\r\x1b[K');
      if (!result.ok) {
        failed++;
        process.stderr.write(`haalbaar: ${renderProfileMessage(result.error.message, locale)}\n`);
        break;
      }
      const profile = result.value;
      // Without --sheet, every sheet of a workbook is profiled in turn.
      if (opts.sheet === undefined && s === 0 && profile.dataset.sheets) {
        for (const other of profile.dataset.sheets) if (other !== profile.dataset.sheet) sheets.push(other);
      }
      if (opts.json) jsonOut.push(renderProfileJson(profile, locale));
      else if (opts.html) process.stdout.write(renderProfileHtml(profile, locale));
      else process.stdout.write(`${renderProfileTerminal(profile, locale)}\n`);
    }
  }
  if (opts.json && jsonOut.length > 0) {
    process.stdout.write(`${JSON.stringify(jsonOut.length === 1 ? jsonOut[0] : jsonOut, null, 2)}\n`);
  }
  return failed > 0 ? 2 : 0;
}
