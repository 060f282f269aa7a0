import { type Document, isMap, isScalar } from 'yaml';
import { err, ok, type Result } from '../result.ts';
import { problemsFromIssues } from '../use-case/parse-use-case.ts';
import { documentRootProblem, type InputProblem, readYamlDocument } from '../yaml-document.ts';
import { type Pilot, ZPilot } from './pilot-schema.ts';

/** Largest pilot file we accept, in characters. A year of weekly values is a few kilobytes. */
export const MAX_PILOT_CHARS = 1_000_000;

/** Validates an already-parsed value against the pilot schema v1; every problem, with its path. */
export function validatePilot(input: unknown): Result<Pilot, InputProblem[]> {
  const rootProblem = documentRootProblem(input, 'pilot.input');
  if (rootProblem) return err([rootProblem]);
  const parsed = ZPilot.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return err(problemsFromIssues(parsed.error.issues, input));
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

/**
 * Parses a pilot file (YAML or JSON; JSON is YAML) and validates it. A syntax error names its line
 * and column; every problem is returned, not only the first.
 *
 * @example parsePilotText(readFileSync('examples/pilot/invoice-pilot.yaml', 'utf8'))
 */
export function parsePilotText(source: string): Result<Pilot, PilotProblem[]> {
  const read = readYamlDocument(source, { maxChars: MAX_PILOT_CHARS, texts: 'pilot.input' });
  if (!read.ok) return read;
  const { value, doc, lineCounter } = read.value;
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
