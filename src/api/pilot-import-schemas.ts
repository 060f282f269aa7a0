import { z } from 'zod';
import { ZPilotView } from './pilot-schemas.ts';

/**
 * Importing a pilot's baseline or weekly measurements from a CSV or XLSX export (DESIGN.md "The
 * pilot": measurements imported through the profiler's reader). The file comes as a multipart
 * upload; the columns are matched to the plan's KPIs and the week's fields by their headers
 * (`src/core/pilot/measurement-table.ts`, docs/pilot.md "Importing measurements").
 */

export const ZPilotImportTarget = z.enum(['baseline', 'measurements']);
export const ZPilotImportMode = z.enum(['replace', 'merge']);

export const ZPilotImportQuery = z.strictObject({
  target: ZPilotImportTarget.optional().describe(
    'what the file holds; the baseline while the pilot is planned and the weeks once it runs, when absent',
  ),
  mode: ZPilotImportMode.optional().describe(
    'replace: the baseline is replaced by the file, weeks in the file overwrite the ones recorded; ' +
      'merge (default): periods and weeks are added, and one already there is a problem naming its row',
  ),
  lang: z.enum(['nl', 'en']).optional(),
});

/** A row or cell of the file that keeps it from being imported, or a warning; in the requested language. */
export const ZPilotImportProblem = z
  .object({
    row: z.number().nullable().describe('the row as Excel numbers it; null for the file as a whole'),
    column: z.string().nullable().describe('the column’s header (its letter when the header is empty)'),
    message: z.string().describe('what is wrong and what to do, in the requested language'),
  })
  .meta({ id: 'PilotImportProblem' });

export const ZPilotImportResult = z
  .object({
    target: ZPilotImportTarget,
    mode: ZPilotImportMode,
    format: z.enum(['csv', 'xlsx']),
    sheet: z.string().nullable().describe('the worksheet read, for XLSX (the one with the most rows)'),
    imported: z.object({
      periods: z.array(z.string()).describe('baseline periods stored (YYYY-MM-DD)'),
      weeks: z.array(z.number()).describe('pilot weeks stored'),
      replacedWeeks: z.array(z.number()).describe('weeks that were recorded before and are overwritten'),
    }),
    warnings: z.array(ZPilotImportProblem).describe('columns not used, rows skipped'),
    pilot: ZPilotView.describe('the pilot after the import, as GET returns it'),
  })
  .meta({ id: 'PilotImportResult' });
export type PilotImportResult = z.output<typeof ZPilotImportResult>;
