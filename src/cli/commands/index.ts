import type { Command } from 'commander';
import { registerAssess } from './assess.ts';
import { registerBusinessCase } from './business-case.ts';
import { registerPilot } from './pilot.ts';
import { registerProfile } from './profile.ts';
import { registerReport } from './report.ts';
import { registerRules } from './rules-command.ts';
import { registerSchema } from './schema.ts';
import { registerServe } from './serve.ts';
import { registerSurvey } from './survey-command.ts';
import { registerVendors } from './vendors.ts';

/** Every sub-command registers itself here, one line each. */
export function registerCommands(program: Command): void {
  registerServe(program);
  registerProfile(program);
  registerBusinessCase(program);
  registerAssess(program);
  registerRules(program);
  registerPilot(program);
  registerSurvey(program);
  registerVendors(program);
  registerReport(program);
  registerSchema(program);
}
