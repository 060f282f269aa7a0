/**
 * The proof that server and web share one contract: renaming a field in a response schema of
 * src/api makes the web's typecheck fail, where the web reads that field. The web is checked with
 * the TypeScript compiler API (tsconfig.web.json, the browser code and what it imports) twice: as the
 * tree is, and with the schema file patched in memory. The errors the patch adds must name the field
 * in the web's pages. Nothing is written to disk.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/server/project-root.ts';

/** Two typechecks of the web on a busy two-core machine: a guard against a hang, not a speed test. */
const HANG_GUARD_MS = 600_000;

type Patch = { file: string; from: string; to: string };

/** The web's type errors as `file: message` lines; `patch` replaces text in one file first. */
function webTypeErrors(patch?: Patch, oldProgram?: ts.Program): { errors: string[]; program: ts.Program } {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(PROJECT_ROOT, 'tsconfig.web.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error('tsconfig.web.json could not be read');
  const host = ts.createCompilerHost(parsed.options);
  if (patch) {
    const target = join(PROJECT_ROOT, patch.file);
    const readFile = host.readFile.bind(host);
    host.readFile = (fileName) => {
      const text = readFile(fileName);
      if (fileName !== target || text === undefined) return text;
      if (!text.includes(patch.from)) throw new Error(`${patch.file} no longer contains: ${patch.from}`);
      return text.replace(patch.from, patch.to);
    };
  }
  const program = ts.createProgram({
    rootNames: parsed.fileNames,
    options: parsed.options,
    host,
    ...(oldProgram ? { oldProgram } : {}),
  });
  const errors = ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? d.file.fileName.replace(`${PROJECT_ROOT}/`, '') : '(project)';
    return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
  return { errors, program };
}

describe('one contract from server to web', () => {
  it(
    'a renamed field in a response schema fails the web typecheck where the web reads it',
    () => {
      const before = webTypeErrors();
      const after = webTypeErrors(
        {
          file: 'src/api/use-case-schemas.ts',
          from: '    organisationId: z.string(),\n    title: z.string(),',
          to: '    organisationId: z.string(),\n    name: z.string(),',
        },
        before.program,
      );
      const added = after.errors.filter((e) => !before.errors.includes(e));
      const inPages = added.filter((e) => e.startsWith('web/src/') && /'title'/.test(e));
      expect(inPages, added.join('\n')).not.toEqual([]);
      // The list page shows each use case's title.
      expect(inPages.some((e) => e.startsWith('web/src/pages/use-case-list-page.tsx'))).toBe(true);
    },
    HANG_GUARD_MS,
  );
});
