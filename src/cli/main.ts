import { Command } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { translator } from '../i18n/translate.ts';
import { helpLocale } from './cli-output.ts';
import { registerCommands } from './commands/index.ts';

/**
 * The `haalbaar` command. Thin: parse arguments, call core/profiler/server, print.
 * Exit codes: 0 done, 1 unexpected failure, 2 invalid input (every problem listed).
 */
const t = translator(helpLocale());
const program = new Command()
  .name('haalbaar')
  .description(t('cli.program.description'))
  .version(pkg.version, '-v, --version', t('cli.program.version'))
  .helpOption('-h, --help', t('cli.program.help'))
  .helpCommand('help [command]', t('cli.program.help'))
  .showHelpAfterError()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  process.stderr.write(`haalbaar: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
