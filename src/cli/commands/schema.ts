import type { Command } from 'commander';
import { pilotJsonSchema } from '../../core/pilot/pilot-json-schema.ts';
import { useCaseJsonSchema } from '../../core/use-case/json-schema.ts';
import { DEFAULT_LOCALE, isLocale } from '../../i18n/resources.ts';
import { translator } from '../../i18n/translate.ts';

/** The schemas `haalbaar schema NAME` can print. */
const SCHEMAS: Record<string, () => unknown> = {
  'use-case': useCaseJsonSchema,
  pilot: pilotJsonSchema,
};

/**
 * `haalbaar schema use-case` (or `pilot`): prints the JSON Schema of a file format on stdout. Returns the exit
 * code: 0 printed, 2 unknown schema name.
 */
export function runSchemaCommand(options: {
  name: string;
  out?: (text: string) => void;
  err?: (text: string) => void;
  envLang?: string | undefined;
}): number {
  const out = options.out ?? ((text: string) => process.stdout.write(text));
  const err = options.err ?? ((text: string) => process.stderr.write(text));
  const build = SCHEMAS[options.name];
  if (build === undefined) {
    const t = translator(isLocale(options.envLang) ? options.envLang : DEFAULT_LOCALE);
    err(
      `haalbaar schema: ${t('assessment.schema.unknownName', { name: options.name, names: Object.keys(SCHEMAS).join(', ') })}\n`,
    );
    return 2;
  }
  out(`${JSON.stringify(build(), null, 2)}\n`);
  return 0;
}

/** Registers `schema` on the program; help texts in HAALBAAR_LANG or Dutch. */
export function registerSchema(program: Command): void {
  const envLang = process.env.HAALBAAR_LANG;
  const t = translator(isLocale(envLang) ? envLang : DEFAULT_LOCALE);
  program
    .command('schema')
    .description(t('assessment.schema.description'))
    .argument('<name>', t('assessment.schema.argName'))
    .action((name: string) => {
      process.exitCode = runSchemaCommand({ name, envLang });
    });
}
