import type { Command } from 'commander';
import { translator } from '../../i18n/translate.ts';
import { helpLocale } from '../cli-output.ts';

export function registerServe(program: Command): void {
  const t = translator(helpLocale());
  program
    .command('serve')
    .description(t('cli.serve.description'))
    .option('-p, --port <port>', t('cli.serve.port'))
    .option('--host <host>', t('cli.serve.host'))
    .action(async (opts: { port?: string; host?: string }) => {
      const { runServe } = await import('../serve.ts');
      await runServe(opts);
    });
}
