import { type Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { type Message, msg } from '../message.ts';
import { err, ok, type Result } from '../result.ts';
import { formatPath, type InputProblem, problemsFromIssues } from '../use-case/parse-use-case.ts';
import { type Pilot, ZPilot } from './pilot-schema.ts';

/** Largest pilot file we accept, in characters. A year of weekly values is a few kilobytes. */
export const MAX_PILOT_CHARS = 1_000_000;

/**
 * Zod issues of `ZPilot` as path + message problems: the cross-field checks carry their own message
 * key (`params.haalbaar`, in the `pilot` namespace); every other issue is worded like the use case's.
 */
export function pilotProblemsFromIssues(issues: readonly z.core.$ZodIssue[], input: unknown): InputProblem[] {
  const problems: InputProblem[] = [];
  const rest: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    const params =
      issue.code === 'custom' ? (issue.params as Record<string, unknown> | undefined) : undefined;
    const key = params?.haalbaar;
    if (typeof key === 'string' && key.startsWith('pilot.')) {
      const rendered: Record<string, string | number> = {};
      for (const [name, value] of Object.entries(params ?? {})) {
        if (name !== 'haalbaar' && (typeof value === 'string' || typeof value === 'number'))
          rendered[name] = value;
      }
      problems.push({ path: formatPath(issue.path), message: msg(key, rendered) });
    } else {
      rest.push(issue);
    }
  }
  return [...problemsFromIssues(rest, input), ...problems];
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Validates an already-parsed value against the pilot schema v1; every problem, with its path. */
export function validatePilot(input: unknown): Result<Pilot, InputProblem[]> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return err([{ path: '(root)', message: msg('pilot.input.notAnObject', { actual: typeName(input) }) }]);
  }
  const schemaVersion = (input as Record<string, unknown>).schemaVersion;
  if (schemaVersion !== undefined && schemaVersion !== 1) {
    return err([
      { path: 'schemaVersion', message: msg('input.unsupportedVersion', { version: String(schemaVersion) }) },
    ]);
  }
  const parsed = ZPilot.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return err(pilotProblemsFromIssues(parsed.error.issues, input));
}

/** A problem with the pilot file; `line` (1-based) when the YAML source places the field. */
export type PilotProblem = InputProblem & { line?: number };

/** `plan.rules.mustMeet[0].kpi` → ['plan', 'rules', 'mustMeet', 0, 'kpi']. */
function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (match === null) return [];
    if (match[1] !== '') out.push(match[1] ?? '');
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) out.push(Number(index[1]));
  }
  return out;
}

/** Where a field starts in the source: its key in a group, else its value (a list item). */
function offsetOf(doc: Document, segments: (string | number)[]): number | undefined {
  const last = segments.at(-1);
  const parent = segments.length === 1 ? doc.contents : doc.getIn(segments.slice(0, -1), true);
  if (typeof last === 'string' && isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
    if (pair !== undefined && isScalar(pair.key)) return pair.key.range?.[0];
  }
  const node = doc.getIn(segments, true);
  const range = node !== null && typeof node === 'object' && 'range' in node ? node.range : undefined;
  return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : undefined;
}

function fileProblem(message: Message): Result<never, InputProblem[]> {
  return err([{ path: '(file)', message }]);
}

/**
 * Parses a pilot file (YAML or JSON; JSON is YAML) and validates it. A syntax error names its line
 * and column; every problem is returned, not only the first.
 *
 * @example parsePilotText(readFileSync('examples/pilot/invoice-pilot.yaml', 'utf8'))
 */
export function parsePilotText(source: string): Result<Pilot, PilotProblem[]> {
  if (source.length > MAX_PILOT_CHARS)
    return fileProblem(msg('pilot.input.tooLarge', { limit: MAX_PILOT_CHARS }));
  if (source.includes('\u0000')) return fileProblem(msg('pilot.input.binary'));
  if (source.trim() === '') return fileProblem(msg('pilot.input.empty'));
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: true, lineCounter });
  if (doc.errors.length > 0) {
    return err(
      doc.errors.map((e) => ({
        path: e.linePos?.[0] ? `(line ${e.linePos[0].line}, column ${e.linePos[0].col})` : '(file)',
        message: msg('input.syntax', { detail: (e.message.split('\n')[0] ?? e.code).replace(/[:\s]+$/, '') }),
      })),
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return fileProblem(msg('input.syntax', { detail: (e as Error).message }));
  }
  const validated = validatePilot(value);
  if (validated.ok) return validated;
  return err(
    validated.error.map((problem) => {
      // The field's key, or for a missing field the nearest group that holds it.
      const segments = problem.path.startsWith('(') ? [] : pathSegments(problem.path);
      for (let n = segments.length; n > 0; n--) {
        const offset = offsetOf(doc, segments.slice(0, n));
        if (offset !== undefined) return { ...problem, line: lineCounter.linePos(offset).line };
      }
      return problem;
    }),
  );
}
