import { z } from 'zod';
import { type Message, msg } from '../message.ts';
import { err, ok, type Result } from '../result.ts';
import { problemsFromIssues } from '../use-case/parse-use-case.ts';
import { typeName } from '../yaml-document.ts';
import type { SurveyExportDocument } from './aggregate-survey.ts';
import { isScaleValue, isSurveyItemId, surveyInstrument } from './instrument.ts';
import {
  INSTRUMENT_V1_ITEMS,
  MAX_OPEN_ANSWER,
  MAX_SURVEY_GROUPS,
  OPEN_QUESTIONS,
  type OpenQuestion,
  SURVEY_K_DEFAULT,
  SURVEY_K_MAX,
  SURVEY_K_MIN,
  SURVEY_WAVES,
  type SurveyAnswers,
  type SurveyGroup,
  type SurveyResponse,
  type SurveyWave,
} from './survey-types.ts';

/** Largest export file we read, in characters: ten thousand full responses fit easily. */
export const MAX_SURVEY_EXPORT_CHARS = 10_000_000;
/** Most responses in one export: far more than a company of 250 gives in a round. */
export const MAX_SURVEY_EXPORT_RESPONSES = 10_000;

/** What an export file holds, ready for `aggregateSurvey` (add the status and a shuffle). */
export type SurveyExportContent = {
  /** The round's title; empty when a CSV file does not give one. */
  title: string;
  /** The round's wave; null when a CSV file does not give one. */
  wave: SurveyWave | null;
  /** The smallest group shown: the file's, raised to the caller's `minimumK`, never below SURVEY_K_MIN. */
  k: number;
  instrumentVersion: number;
  groups: SurveyGroup[];
  responses: SurveyResponse[];
};

/**
 * One problem with an export file: where (a JSON path such as `responses[3].answers.trust`, or a CSV
 * column name, `(file)` or `(header)`), on which line of a CSV file, and what.
 */
export type SurveyExportProblem = { path: string; line?: number; message: Message };

type Parsed = Result<SurveyExportContent, SurveyExportProblem[]>;

const fileProblem = (message: Message): Parsed => err([{ path: '(file)', message }]);

/**
 * Reads an exported survey round — the JSON of `GET …/surveys/:roundId/export` (ZSurveyExport) or the
 * CSV of `surveyExportCsv` — into the input of `aggregateSurvey`. Hostile input gives problems naming
 * the field (JSON) or the line and column (CSV), never an exception. `format` is taken from the text
 * when absent (JSON starts with `{`). `minimumK` (the CLI's `--k`) can raise the file's k, never lower
 * it: a CSV without `# k:` uses SURVEY_K_DEFAULT or `minimumK`.
 *
 * CSV layout: optional comment lines before the header, `# name: value` with the names `title`,
 * `wave`, `k`, `instrumentVersion` and `group` (`# group: sales = Sales team`), and a first line
 * `# haalbaar-survey-export`; then a header with `group` (empty cell: no group), any item ids
 * (`awareness.1` … `learningTime`) and optionally `helps` and `concerns`; then one row per response,
 * answers 1–5 or empty. Comma or semicolon separated (from the header), fields quoted as RFC 4180.
 * A text starting with `'` followed by `=`, `+`, `-`, `@`, a tab or `'` loses that `'` (the guard
 * surveyExportCsv adds so a spreadsheet does not run it as a formula).
 *
 * @example parseSurveyExport(readFileSync('round.csv', 'utf8'), { minimumK: 6 })
 */
export function parseSurveyExport(
  source: string,
  options: { format?: 'json' | 'csv'; minimumK?: number } = {},
): Parsed {
  if (source.length > MAX_SURVEY_EXPORT_CHARS)
    return fileProblem(msg('survey.export.tooLarge', { limit: MAX_SURVEY_EXPORT_CHARS }));
  if (source.includes('\u0000')) return fileProblem(msg('survey.export.binary'));
  const text = source.replace(/^\uFEFF/, '');
  if (text.trim() === '') return fileProblem(msg('survey.export.empty'));
  const format = options.format ?? (text.trimStart().startsWith('{') ? 'json' : 'csv');
  const minimumK = options.minimumK ?? SURVEY_K_MIN;
  const parsed = format === 'json' ? parseJsonExport(text, minimumK) : parseCsvExport(text, minimumK);
  // A hostile file can hold a problem in every cell: the first ones say what to fix.
  return parsed.ok ? parsed : err(parsed.error.slice(0, MAX_PROBLEMS));
}

/** Problems reported for one file at most. */
const MAX_PROBLEMS = 50;

// JSON

const ZExportFile = z.strictObject({
  format: z.literal('haalbaar-survey-export'),
  formatVersion: z.literal(1),
  title: z.string().max(200),
  wave: z.enum(SURVEY_WAVES),
  k: z.number().int().min(SURVEY_K_MIN).max(SURVEY_K_MAX),
  instrumentVersion: z.number().int(),
  groups: z
    .array(z.strictObject({ key: z.string().min(1).max(100), label: z.string().max(100) }))
    .max(MAX_SURVEY_GROUPS),
  responses: z
    .array(
      z.strictObject({
        group: z.string().min(1).max(100).nullable(),
        // Checked item by item below, so an unknown id is named and `__proto__` is never assigned.
        answers: z.unknown(),
        open: z.strictObject({
          helps: z.string().max(MAX_OPEN_ANSWER).optional(),
          concerns: z.string().max(MAX_OPEN_ANSWER).optional(),
        }),
      }),
    )
    .max(MAX_SURVEY_EXPORT_RESPONSES),
});

function parseJsonExport(text: string, minimumK: number): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fileProblem(msg('survey.export.syntax', { detail: (e as Error).message.split('\n')[0] ?? '' }));
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return err([{ path: '(root)', message: msg('survey.export.notAnObject', { actual: typeName(value) }) }]);
  const root = value as Record<string, unknown>;
  if (root.format !== 'haalbaar-survey-export')
    return err([{ path: 'format', message: msg('survey.export.notAnExport') }]);
  if (root.formatVersion !== 1)
    return err([
      {
        path: 'formatVersion',
        message: msg('survey.export.formatVersion', { version: String(root.formatVersion) }),
      },
    ]);
  const parsed = ZExportFile.safeParse(value);
  if (!parsed.success) return err(problemsFromIssues(parsed.error.issues, value));
  const doc = parsed.data;
  const problems: SurveyExportProblem[] = [];
  if (surveyInstrument(doc.instrumentVersion) === undefined)
    problems.push({
      path: 'instrumentVersion',
      message: msg('survey.export.unknownInstrument', { version: doc.instrumentVersion }),
    });
  const seen = new Set<string>();
  doc.groups.forEach((g, i) => {
    if (seen.has(g.key))
      problems.push({
        path: `groups[${i}].key`,
        message: msg('survey.export.duplicateGroup', { key: g.key }),
      });
    seen.add(g.key);
  });
  const responses: SurveyResponse[] = doc.responses.map((r, i) => {
    const answers = readAnswers(r.answers, `responses[${i}].answers`, problems);
    return { group: r.group, answers, open: cleanOpen(r.open) };
  });
  if (problems.length > 0) return err(problems);
  return ok({
    title: doc.title,
    wave: doc.wave,
    k: Math.max(doc.k, minimumK, SURVEY_K_MIN),
    instrumentVersion: doc.instrumentVersion,
    groups: doc.groups,
    responses,
  });
}

/** The answers of one JSON response: an object of item id → 1..5, each problem named by its path. */
function readAnswers(raw: unknown, path: string, problems: SurveyExportProblem[]): SurveyAnswers {
  const answers: SurveyAnswers = {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({
      path,
      message: msg('input.expectedType', { expected: 'object', actual: typeName(raw) }),
    });
    return answers;
  }
  for (const [id, value] of Object.entries(raw)) {
    if (!isSurveyItemId(id))
      problems.push({ path: `${path}.${id}`, message: msg('survey.problem.unknownItem', { id }) });
    else if (!isScaleValue(value))
      problems.push({
        path: `${path}.${id}`,
        message: msg('survey.problem.notOnScale', { id, value: String(value) }),
      });
    else answers[id] = value;
  }
  return answers;
}

function cleanOpen(
  open: Partial<Record<OpenQuestion, string | undefined>>,
): Partial<Record<OpenQuestion, string>> {
  const out: Partial<Record<OpenQuestion, string>> = {};
  for (const question of OPEN_QUESTIONS) {
    const text = open[question]?.trim();
    if (text) out[question] = text;
  }
  return out;
}

// CSV

const COMMENT_NAMES = ['title', 'wave', 'k', 'instrumentVersion', 'group'] as const;
const FORMULA_START = /^['=+\-@\t\r]/;

/** A cell as a spreadsheet must not run it: a leading `'` before anything that starts a formula. */
function guardCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function unguardCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** One CSV record: its fields and the line it starts on (1-based). */
type CsvRecord = { line: number; fields: string[] };

/** Splits CSV text (RFC 4180 quoting, CRLF or LF) into records; an unclosed quote names its line. */
function readCsvRecords(text: string, delimiter: string, firstLine: number): Result<CsvRecord[], number> {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = firstLine;
  let recordLine = firstLine;
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += c;
    i++;
  }
  if (quoted) return err(recordLine);
  endRecord();
  return ok(records);
}

function parseCsvExport(text: string, minimumK: number): Parsed {
  const problems: SurveyExportProblem[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  let fileK: number | null = null;
  let title = '';
  let wave: SurveyWave | null = null;
  let instrumentVersion = 1;
  const groups: SurveyGroup[] = [];
  let headerIndex = 0;
  for (; headerIndex < lines.length; headerIndex++) {
    const raw = (lines[headerIndex] ?? '').trim();
    if (raw === '') continue;
    if (!raw.startsWith('#')) break;
    const body = raw.slice(1).trim();
    const line = headerIndex + 1;
    if (body === '' || body.startsWith('haalbaar-survey-export')) continue;
    const colon = body.indexOf(':');
    const name = colon < 0 ? body : body.slice(0, colon).trim();
    const value = colon < 0 ? '' : body.slice(colon + 1).trim();
    if (!(COMMENT_NAMES as readonly string[]).includes(name) || colon < 0) {
      problems.push({ path: '(header)', line, message: msg('survey.export.csv.badComment', { name }) });
      continue;
    }
    if (name === 'title') title = value.slice(0, 200);
    else if (name === 'wave') {
      if ((SURVEY_WAVES as readonly string[]).includes(value)) wave = value as SurveyWave;
      else problems.push({ path: 'wave', line, message: msg('survey.export.unknownWave', { value }) });
    } else if (name === 'k') {
      const k = /^\d+$/.test(value) ? Number(value) : Number.NaN;
      if (k >= SURVEY_K_MIN && k <= SURVEY_K_MAX) fileK = k;
      else
        problems.push({
          path: 'k',
          line,
          message: msg('survey.export.kOutOfRange', { min: SURVEY_K_MIN, max: SURVEY_K_MAX, value }),
        });
    } else if (name === 'instrumentVersion') {
      const version = /^\d+$/.test(value) ? Number(value) : Number.NaN;
      if (surveyInstrument(version) !== undefined) instrumentVersion = version;
      else
        problems.push({
          path: 'instrumentVersion',
          line,
          message: msg('survey.export.unknownInstrument', { version: value }),
        });
    } else {
      const eq = value.indexOf('=');
      const key = (eq < 0 ? value : value.slice(0, eq)).trim();
      const label = (eq < 0 ? key : value.slice(eq + 1)).trim();
      if (key === '' || key.length > 100 || label.length > 100)
        problems.push({ path: 'group', line, message: msg('input.invalid') });
      else if (groups.some((g) => g.key === key))
        problems.push({ path: 'group', line, message: msg('survey.export.duplicateGroup', { key }) });
      else if (groups.length >= MAX_SURVEY_GROUPS)
        problems.push({
          path: 'group',
          line,
          message: msg('input.tooManyItems', { maximum: MAX_SURVEY_GROUPS }),
        });
      else groups.push({ key, label: label || key });
    }
  }
  const headerLine = lines[headerIndex];
  if (headerLine === undefined)
    return err([...problems, { path: '(header)', message: msg('survey.export.csv.noHeader') }]);
  const delimiter = headerLine.includes(';') && !headerLine.includes(',') ? ';' : ',';
  const read = readCsvRecords(lines.slice(headerIndex).join('\n'), delimiter, headerIndex + 1);
  if (!read.ok)
    return err([
      ...problems,
      { path: '(file)', line: read.error, message: msg('survey.export.csv.unclosedQuote') },
    ]);
  const [header, ...rows] = read.value;
  const columns = (header?.fields ?? []).map((c) => c.trim());
  const known = new Set<string>(['group', ...INSTRUMENT_V1_ITEMS, ...OPEN_QUESTIONS]);
  const seenColumns = new Set<string>();
  for (const column of columns) {
    if (!known.has(column))
      problems.push({
        path: '(header)',
        line: header?.line,
        message: msg('survey.export.csv.unknownColumn', { column }),
      });
    else if (seenColumns.has(column))
      problems.push({
        path: '(header)',
        line: header?.line,
        message: msg('survey.export.csv.duplicateColumn', { column }),
      });
    seenColumns.add(column);
  }
  if (!seenColumns.has('group'))
    problems.push({
      path: '(header)',
      line: header?.line,
      message: msg('survey.export.csv.missingColumn', { column: 'group' }),
    });
  if (rows.length > MAX_SURVEY_EXPORT_RESPONSES)
    problems.push({
      path: '(file)',
      message: msg('survey.export.tooManyResponses', { max: MAX_SURVEY_EXPORT_RESPONSES }),
    });
  if (problems.length > 0) return err(problems);
  const responses: SurveyResponse[] = [];
  for (const row of rows) {
    if (row.fields.length !== columns.length) {
      problems.push({
        path: '(row)',
        line: row.line,
        message: msg('survey.export.csv.fieldCount', { actual: row.fields.length, expected: columns.length }),
      });
      if (problems.length >= 50) break;
      continue;
    }
    const response: SurveyResponse = { group: null, answers: {}, open: {} };
    columns.forEach((column, c) => {
      const cell = row.fields[c] ?? '';
      if (column === 'group') {
        const group = unguardCell(cell.trim());
        if (group.length > 100)
          problems.push({ path: column, line: row.line, message: msg('input.tooLong', { maximum: 100 }) });
        response.group = group === '' ? null : group;
      } else if (isSurveyItemId(column)) {
        const value = cell.trim();
        if (value === '') return;
        const n = /^[1-5]$/.test(value) ? Number(value) : Number.NaN;
        if (isScaleValue(n)) response.answers[column] = n;
        else
          problems.push({
            path: column,
            line: row.line,
            message: msg('survey.export.csv.badValue', { value: value.slice(0, 40) }),
          });
      } else {
        const text = unguardCell(cell.trim()).trim();
        if (text.length > MAX_OPEN_ANSWER)
          problems.push({
            path: column,
            line: row.line,
            message: msg('survey.export.csv.tooLong', { max: MAX_OPEN_ANSWER }),
          });
        else if (text !== '') response.open[column as OpenQuestion] = text;
      }
    });
    responses.push(response);
    if (problems.length >= 50) break;
  }
  if (problems.length > 0) return err(problems);
  return ok({
    title,
    wave,
    k: Math.max(fileK ?? SURVEY_K_DEFAULT, minimumK, SURVEY_K_MIN),
    instrumentVersion,
    groups,
    responses,
  });
}

function csvCell(text: string, delimiter: string): string {
  const guarded = guardCell(text);
  return /["\r\n]/.test(guarded) || guarded.includes(delimiter) || guarded !== guarded.trim()
    ? `"${guarded.replace(/"/g, '""')}"`
    : guarded;
}

/**
 * An export document as CSV for a spreadsheet: the round's settings as `# name: value` comment lines,
 * a header (`group`, the item ids of instrument version 1, `helps`, `concerns`) and a row per response.
 * Texts that a spreadsheet would run as a formula get a leading `'`; parseSurveyExport reads it back
 * to the same content.
 */
export function surveyExportCsv(doc: SurveyExportDocument): string {
  const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ').trim();
  const comments = [
    '# haalbaar-survey-export 1',
    `# title: ${oneLine(doc.title)}`,
    `# wave: ${doc.wave}`,
    `# k: ${doc.k}`,
    `# instrumentVersion: ${doc.instrumentVersion}`,
    ...doc.groups.map((g) => `# group: ${oneLine(g.key)} = ${oneLine(g.label)}`),
  ];
  const header = ['group', ...INSTRUMENT_V1_ITEMS, ...OPEN_QUESTIONS];
  const rows = doc.responses.map((r) =>
    [
      csvCell(r.group ?? '', ','),
      ...INSTRUMENT_V1_ITEMS.map((id) => String(r.answers[id] ?? '')),
      ...OPEN_QUESTIONS.map((q) => csvCell(r.open[q] ?? '', ',')),
    ].join(','),
  );
  return `${[...comments, header.join(','), ...rows].join('\n')}\n`;
}
