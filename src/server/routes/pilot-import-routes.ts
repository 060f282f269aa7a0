/**
 * Importing a pilot's baseline or weekly measurements from a CSV or XLSX export. The upload is
 * streamed to a temporary file with a size limit counted on the bytes (not the header), read by the
 * profiler's reader in a child process (a hostile file costs one request, never the server), mapped
 * to the plan by the core (`readMeasurementTable`), checked as PUT baseline and POST measurements
 * check, and stored only when no row has a problem: every problem names its row and column.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../api/common-schemas.ts';
import {
  type PilotImportResult,
  ZPilotImportQuery,
  ZPilotImportResult,
} from '../../api/pilot-import-schemas.ts';
import {
  type PilotPlanDraft,
  ZBaselineBody,
  ZMeasurementBody,
  ZPilotParams,
} from '../../api/pilot-schemas.ts';
import { type Message, msg } from '../../core/message.ts';
import {
  type ImportTarget,
  type MeasurementTableResult,
  readMeasurementTable,
  type TableProblem,
} from '../../core/pilot/measurement-table.ts';
import type { BaselinePeriod, PilotMeasurement } from '../../core/pilot/pilot-schema.ts';
import type { Locale } from '../../i18n/resources.ts';
import { renderMessage } from '../../i18n/translate.ts';
import { readTableInChild } from '../../profiler/profile-in-child.ts';
import { AppError } from '../app-error.ts';
import { requireOrgAccess } from '../auth.ts';
import { invalidFields } from '../invalid-fields.ts';
import { baselineProblems, measurementProblems, type PlanProblem } from '../pilot-plan.ts';
import { presentPilot } from '../pilot-view.ts';
import { requestLocale } from '../request-locale.ts';

/** Largest import: a pilot's sixty rows are a few kilobytes; a workbook with styles a few hundred. */
export const PILOT_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
/** More rows than a pilot can have (52 weeks, ten years of weekly baseline) by far; beyond: too many. */
export const PILOT_IMPORT_MAX_ROWS = 5_000;
/** The reading child's JavaScript heap: ample for a 2 MB table, small enough to stop a runaway reader. */
const READER_HEAP_MB = 256;

type ImportProblem = { row: number | null; column: string | null; message: Message };

/** Where a problem is, in words: `rij 7, kolom 'Adoptie'`, `rij 7`, `het bestand`. */
function whereOf(p: { row: number | null; column: string | null }, locale: Locale): string {
  if (p.row !== null && p.column !== null) {
    return renderMessage(msg('pilotImport.where.cell', { row: p.row, column: p.column }), locale);
  }
  if (p.row !== null) return renderMessage(msg('pilotImport.where.row', { row: p.row }), locale);
  return renderMessage(msg('pilotImport.where.file'), locale);
}

const fromTable = ({ row, column, key, params }: TableProblem): ImportProblem => ({
  row,
  column,
  message: params === undefined ? { key } : { key, params },
});

/**
 * Problems of the checks PUT baseline and POST measurements make (`body.periods[2].period`,
 * `body.week`), on the row the value came from and the column that holds the field.
 */
function onRows(
  problems: readonly PlanProblem[],
  rowOf: (index: number) => number | null,
  columns: MeasurementTableResult['columns'],
): ImportProblem[] {
  const labelOf = (kind: string) => columns.find((c) => c.field.kind === kind)?.label ?? null;
  return problems.map((p) => {
    const path = /^body(?:\.periods\[(\d+)\])?\.(\w+)/.exec(p.path);
    const index = path?.[1];
    const field = path?.[2];
    const column =
      field === 'period'
        ? (labelOf('period') ?? labelOf('date') ?? labelOf('week'))
        : field
          ? labelOf(field)
          : null;
    return { row: rowOf(index === undefined ? -1 : Number(index)), column, message: p.message };
  });
}

export function registerPilotImportRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store, config } = app.deps;
  const path = '/api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/import';

  /** A 400 listing every problem with its row, column and message, in the request's language. */
  function refuse(problems: readonly ImportProblem[], locale: Locale): AppError {
    const rendered = problems.map((p) => ({
      path: 'file',
      field: whereOf(p, locale),
      row: p.row,
      column: p.column,
      message: renderMessage(p.message, locale),
    }));
    return new AppError(
      'VALIDATION_FAILED',
      { problems: rendered.map((p) => `${p.field}: ${p.message}`).join('; ') },
      { problems: rendered },
    );
  }

  /** The one uploaded file, streamed to `dir`; refused beyond the limit as the bytes arrive. */
  async function receiveFile(request: FastifyRequest, dir: string): Promise<{ path: string; name: string }> {
    if (!request.isMultipart()) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', { type: String(request.headers['content-type'] ?? '') });
    }
    let received: { path: string; name: string } | null = null;
    const parts = request.parts({ limits: { fileSize: PILOT_IMPORT_MAX_BYTES } });
    for await (const part of parts) {
      if (part.type === 'field') {
        throw invalidFields(request, [
          { path: `body.${part.fieldname}`, message: msg('input.unknownKey', { key: part.fieldname }) },
        ]);
      }
      if (part.fieldname !== 'file' || received) {
        part.file.resume();
        throw invalidFields(request, [
          { path: `body.${part.fieldname}`, message: msg('input.upload.oneFile') },
        ]);
      }
      const name = part.filename.replace(/[\\/]/g, '_').slice(0, 200) || 'upload';
      const target = join(dir, 'upload');
      await pipeline(part.file, createWriteStream(target));
      if (part.file.truncated) {
        throw new AppError('PAYLOAD_TOO_LARGE', { limit: `${PILOT_IMPORT_MAX_BYTES / 1024 / 1024} MB` });
      }
      received = { path: target, name };
    }
    if (!received) throw invalidFields(request, [{ path: 'body.file', message: msg('input.upload.noFile') }]);
    return received;
  }

  r.post(
    path,
    {
      schema: {
        tags: ['pilots'],
        summary:
          'Import the baseline or the weekly measurements from a CSV or XLSX export (multipart/form-data)',
        description:
          'Form field `file`: a CSV/TSV (any encoding and delimiter; lines above the header are skipped) or an XLSX ' +
          `(the sheet with the most rows), at most ${PILOT_IMPORT_MAX_BYTES / 1024 / 1024} MB and ${PILOT_IMPORT_MAX_ROWS} rows. ` +
          'Columns are matched by their header: each KPI by its id or name; Week / Periode / Datum, Adoptie, Uren, Kosten, ' +
          'Opmerking (or their English words). Numbers in Dutch or English notation (1.234,5 or 1,234.5; 80 % adoption is ' +
          '0.8; € amounts); dates 2026-10-05, 5-10-2026 or 05/10/2026. The baseline is imported while the pilot is planned ' +
          '(as PUT baseline), the weeks once it runs (as POST measurements). Nothing is stored while any row has a problem: ' +
          'the 400 lists each with its row (as Excel numbers it), column and what to do. A file that cannot be read is a 422.',
        consumes: ['multipart/form-data'],
        params: ZPilotParams,
        querystring: ZPilotImportQuery,
        response: {
          200: ZPilotImportResult,
          ...errorResponses,
          413: errorResponses[400],
          415: errorResponses[400],
          422: errorResponses[400],
        },
      },
    },
    async (request) => {
      const { orgId, useCaseId, pilotId } = request.params;
      const access = await requireOrgAccess(request, orgId);
      const useCase = await store.useCases.get(orgId, useCaseId);
      if (!useCase) throw new AppError('NOT_FOUND');
      const key = { organisationId: orgId, useCaseId, pilotId };
      if (!(await store.pilots.get(key))) throw new AppError('NOT_FOUND');
      const locale = requestLocale(request);
      const mode = request.query.mode ?? 'merge';

      const dir = await mkdtemp(join(tmpdir(), 'haalbaar-import-'));
      try {
        const upload = await receiveFile(request, dir);
        const record = await store.pilots.getRecord<PilotPlanDraft>(key);
        if (!record) throw new AppError('NOT_FOUND');
        const target: ImportTarget =
          request.query.target ?? (record.status === 'planned' ? 'baseline' : 'measurements');
        if (record.status === 'decided') throw new AppError('PILOT_DECIDED');
        if (target === 'baseline' && record.status !== 'planned') {
          throw new AppError('PILOT_FROZEN', { context: 'baseline' });
        }
        if (target === 'measurements' && record.status !== 'running') throw new AppError('PILOT_NOT_RUNNING');

        const read = await readTableInChild(
          upload.path,
          { maxRows: PILOT_IMPORT_MAX_ROWS, maxBytes: PILOT_IMPORT_MAX_BYTES, tempDir: dir },
          { heapMb: READER_HEAP_MB, timeoutMs: config.profile.minutes * 60_000 },
        );
        if (!read.ok) {
          const failure = read.error;
          if (failure.cause !== undefined) {
            const level = failure.code === 'CRASHED' || failure.code === 'INTERNAL' ? 'error' : 'warn';
            request.log[level](
              { code: failure.code, cause: failure.cause, reference: failure.reference },
              'pilot import: file not read',
            );
          }
          const message = msg(failure.message.key, { ...failure.message.params, file: upload.name });
          throw new AppError(
            'UNPROCESSABLE_FILE',
            { detail: renderMessage(message, locale) },
            { code: failure.code },
          );
        }
        const table = read.value;
        const plan = record.plan;
        const kpis = [plan.primaryKpi, ...(plan.secondaryKpis ?? [])].flatMap((k) =>
          k?.id ? [{ id: k.id, name: k.name, unit: k.unit }] : [],
        );
        const mapped = readMeasurementTable(table, { kpis, startDate: plan.startDate }, target);
        const problems: ImportProblem[] = mapped.problems.map(fromTable);
        const warnings = mapped.warnings.map(fromTable);
        const imported: PilotImportResult['imported'] = { periods: [], weeks: [], replacedWeeks: [] };

        if (target === 'baseline') {
          const fromFile = mapped.periods;
          let kept: BaselinePeriod[] = [];
          if (mode === 'merge') {
            const existing = new Set(record.baseline.map((p) => p.period));
            for (const { row, value } of fromFile) {
              if (existing.has(value.period)) {
                problems.push({
                  row,
                  column: null,
                  message: msg('pilotImport.stored.periodExists', { period: value.period }),
                });
              }
            }
            kept = record.baseline.filter((p) => !fromFile.some((f) => f.value.period === p.period));
          }
          const periods = [...fromFile.map((f) => f.value), ...kept];
          problems.push(
            ...onRows(baselineProblems(plan, periods), (i) => fromFile[i]?.row ?? null, mapped.columns),
          );
          const body = ZBaselineBody.safeParse({ periods });
          if (problems.length === 0 && !body.success) {
            problems.push({ row: null, column: null, message: msg('pilotImport.table.tooManyPeriods') });
          }
          if (problems.length > 0) throw refuse(problems, locale);
          const saved = await store.pilots.replaceBaseline(key, periods, access.userId);
          if (!saved) throw new AppError('PILOT_FROZEN', { context: 'baseline' });
          imported.periods = fromFile.map((f) => f.value.period).sort();
        } else {
          const recorded = new Set(record.measurements.map((m) => m.week));
          const weeks: PilotMeasurement[] = [];
          for (const { row, value } of mapped.measurements) {
            if (recorded.has(value.week) && mode === 'merge') {
              problems.push({
                row,
                column: null,
                message: msg('pilotImport.stored.weekExists', { week: value.week }),
              });
            }
            problems.push(...onRows(measurementProblems(plan, value), () => row, mapped.columns));
            if (!ZMeasurementBody.safeParse(value).success) {
              problems.push({ row, column: null, message: msg('pilotImport.row.invalid') });
            }
            weeks.push(value);
          }
          if (problems.length > 0) throw refuse(problems, locale);
          for (const week of weeks) {
            // As POST measurements stores it; the pilot can only be decided in between, and then nothing more is.
            const saved = await store.pilots.recordMeasurement(key, week, access.userId);
            if (!saved) throw new AppError('PILOT_DECIDED');
          }
          imported.weeks = weeks.map((w) => w.week).sort((a, b) => a - b);
          imported.replacedWeeks = imported.weeks.filter((w) => recorded.has(w));
        }
        request.log.info(
          { pilotId, target, mode, periods: imported.periods.length, weeks: imported.weeks.length },
          'pilot import',
        );
        const after = await store.pilots.getRecord<PilotPlanDraft>(key);
        if (!after) throw new AppError('NOT_FOUND');
        return {
          target,
          mode,
          format: table.format,
          sheet: table.sheet ?? null,
          imported,
          warnings: warnings.map((w) => ({
            row: w.row,
            column: w.column,
            message: `${whereOf(w, locale)}: ${renderMessage(w.message, locale)}`,
          })),
          pilot: presentPilot(after, useCase.title, locale),
        };
      } finally {
        await rm(dir, { recursive: true, force: true }).catch(() => {});
      }
    },
  );
}
