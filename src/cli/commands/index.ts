import type { Command } from 'commander';
import { registerBusinessCase } from './business-case.ts';
import { registerServe } from './serve.ts';

/** Every sub-command registers itself here, one line each. */
export function registerCommands(program: Command): void {
  registerServe(program);
  registerBusinessCase(program);
}
