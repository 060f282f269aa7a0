import { z } from 'zod';
import { ZUseCaseParams, ZUuid } from './common-schemas.ts';
import type { KnownFields } from './known-fields.ts';

/** Data files of a use case, their profiling status and their rendered profiles. */

export const ZDataFileParams = ZUseCaseParams.extend({ dataFileId: ZUuid });

export const ZDataFile = z
  .object({
    id: z.string(),
    useCaseId: z.string(),
    fileName: z.string(),
    bytes: z.number(),
    keepFile: z.boolean(),
    isStored: z.boolean().describe('whether the uploaded file itself is still on the server'),
    countsAsEvidence: z
      .boolean()
      .describe("whether its profile is evidence in the use case's assessment (true unless left out)"),
    options: z.object({
      sheet: z.string().optional(),
      timeColumn: z.string().optional(),
      entityColumn: z.string().optional(),
      targetColumn: z.string().optional(),
    }),
    status: z.enum(['queued', 'profiling', 'done', 'failed']),
    progress: z.number().describe('0..1'),
    failure: z
      .object({ code: z.string(), message: z.string() })
      .nullable()
      .describe('why profiling failed, in the requested language'),
    hasProfile: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'DataFile' });
export type DataFile = z.output<typeof ZDataFile>;
export const ZDataFileList = z.array(ZDataFile);

/** What can be changed on an uploaded file: whether it counts as evidence for this use case. */
export const ZDataFileChangeBody = z.strictObject({ countsAsEvidence: z.boolean() });

export const ZProfileLangQuery = z.strictObject({
  lang: z.enum(['nl', 'en']).optional().describe('language of the texts; else Accept-Language, else Dutch'),
});

const ZSeverity = z.enum(['info', 'low', 'medium', 'high', 'critical']);
const ZRenderedMessage = z.looseObject({
  key: z.string().describe('translation key, e.g. profiler.issue.missing'),
  params: z.record(z.string(), z.unknown()).optional(),
  text: z.string().describe('the message in the requested language'),
});
const ZRenderedIssue = z
  .looseObject({
    code: z.string().describe('stable upper-case code, e.g. MISSING, TIME_GAPS'),
    severity: ZSeverity,
    message: ZRenderedMessage,
    column: z.string().optional(),
    exampleRows: z.array(z.number()).optional().describe('1-based data rows (header excluded)'),
    exampleLines: z.array(z.number()).optional().describe('1-based lines in the file'),
    exampleValues: z.array(z.string()).optional(),
    share: z.number().optional().describe('0..1'),
    count: z.number().optional(),
  })
  .meta({ id: 'DataProfileIssue' });

/**
 * The data profile contract (DESIGN.md "Data profile") with every message also rendered as `text`
 * (`renderProfileJson`, also `haalbaar profile --json`). Extra fields may be added; none are removed.
 */
export const ZRenderedProfile = z
  .looseObject({
    schemaVersion: z.literal(1),
    file: z.string(),
    locale: z.enum(['nl', 'en']),
    dataset: z.looseObject({
      rows: z.number(),
      columns: z.number(),
      duplicateRows: z.number(),
      encoding: z.string(),
      delimiter: z.string().optional(),
      decimalSeparator: z.string().optional(),
      headerRow: z.number().optional().describe('1-based line of the header row in the file'),
      skippedLines: z.number().optional().describe('lines above the header that were skipped'),
      rejectedRows: z.number().optional().describe('rows that could not be read; they are not in rows'),
      format: z.string(),
      sheet: z.string().optional(),
      sheets: z.array(z.string()).optional().describe('every sheet of a workbook'),
      lineEnding: z.enum(['lf', 'crlf', 'cr']).optional(),
      bytes: z.number(),
    }),
    columns: z.array(
      z.looseObject({
        name: z.string(),
        type: z.string(),
        missingShare: z.number(),
        distinctCount: z.number(),
        format: z
          .string()
          .optional()
          .describe('how the values were written: d-m-yyyy, decimal-comma, unit:kg…'),
        min: z.union([z.number(), z.string()]).optional(),
        max: z.union([z.number(), z.string()]).optional(),
        mean: z.number().optional(),
        nonConformingShare: z.number().optional().describe('values that do not fit the type, 0..1'),
        topValues: z.array(z.object({ value: z.string(), count: z.number() })).optional(),
        histogram: z.array(z.object({ from: z.number(), to: z.number(), count: z.number() })).optional(),
        issues: z.array(ZRenderedIssue),
      }),
    ),
    timeSeries: z.array(
      z.looseObject({
        timeColumn: z.string(),
        entityColumn: z.string().optional(),
        entity: z.string().optional(),
        readings: z.number(),
        first: z.string(),
        last: z.string(),
        medianIntervalSeconds: z.number(),
        gaps: z.number(),
        longestGapSeconds: z.number(),
        longestGapStart: z.string().optional().describe('the last reading before the longest gap'),
        coverage: z.number().describe('observed ÷ expected readings, 0..1'),
        irregularity: z.number().describe('coefficient of variation of the intervals (0 = regular)'),
        duplicateTimestamps: z.number(),
        outOfOrder: z.number(),
        pattern: z.enum(['regular', 'irregular', 'hand-logged']),
        coverageBuckets: z
          .array(z.object({ start: z.string(), readings: z.number(), expected: z.number() }))
          .optional(),
      }),
    ),
    labels: z
      .looseObject({
        column: z.string(),
        chosenBy: z.enum(['caller', 'profiler']),
        classes: z.array(z.object({ value: z.string(), count: z.number() })),
        minorityShare: z.number(),
        minorityCount: z.number(),
        missing: z.number(),
      })
      .optional(),
    pii: z.array(z.looseObject({ column: z.string(), kind: z.string(), share: z.number() })),
    readiness: z.looseObject({
      level: z.enum(['A', 'B', 'C', 'not-loadable']),
      reasons: z.array(ZRenderedMessage),
    }),
    issues: z.array(ZRenderedIssue),
  })
  .meta({ id: 'DataProfile' });
export type RenderedProfile = KnownFields<z.output<typeof ZRenderedProfile>>;
