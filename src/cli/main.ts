import { Command } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { registerCommands } from './commands/index.ts';

/**
 * The `haalbaar` command. Thin: parse arguments, call core/profiler/server, print.
 * Exit codes: 0 done, 1 unexpected failure, 2 invalid input (every problem listed).
 */
const program = new Command()
  .name('haalbaar')
  .description('Haalbaar: will this AI project reach production, and what should be fixed first?')
  .version(pkg.version, '-v, --version')
  .showHelpAfterError()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  process.stderr.write(`haalbaar: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
