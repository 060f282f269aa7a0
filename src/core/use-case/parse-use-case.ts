import type { z } from 'zod';
import { type Message, msg } from '../message.ts';
import { err, ok, type Result } from '../result.ts';
import { documentRootProblem, type InputProblem, readYamlDocument, typeName } from '../yaml-document.ts';
import { type UseCase, ZUseCase } from './use-case-schema.ts';

export type { InputProblem } from '../yaml-document.ts';

/** Largest use-case document we accept, in characters. Real files are a few kilobytes. */
export const MAX_USE_CASE_CHARS = 1_000_000;

/** Formats a zod path as `a.b[1].c`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = root;
  for (const part of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[part];
  }
  return cur;
}

/** The formats a request checks, each with its own words; anything else is "not in the right form". */
function formatProblem(format: string): Message {
  switch (format) {
    case 'uuid':
    case 'guid':
      return msg('input.format.id');
    case 'email':
      return msg('input.format.email');
    case 'date':
    case 'datetime':
      return msg('input.format.date');
    default:
      return msg('input.format.other');
  }
}

/** Turns zod issues into path + message-key problems the edge can translate. */
export function problemsFromZod(error: z.ZodError, input: unknown): InputProblem[] {
  return problemsFromIssues(error.issues, input);
}

/** Same as problemsFromZod, for a bare list of issues (e.g. from a request validator). */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], input: unknown): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const issue of issues) {
    const base = formatPath(issue.path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          problems.push({
            path: base === '(root)' ? key : `${base}.${key}`,
            message: msg('input.unknownKey', { key }),
          });
        }
        break;
      case 'invalid_type': {
        const actual = valueAt(input, issue.path);
        problems.push({
          path: base,
          message:
            actual === undefined
              ? msg('input.required', { expected: issue.expected })
              : msg('input.expectedType', { expected: issue.expected, actual: typeName(actual) }),
        });
        break;
      }
      // A number is too small, a text too short, a list too short: the same issue, different words.
      case 'too_small':
        problems.push({
          path: base,
          message:
            issue.origin === 'string'
              ? Number(issue.minimum) <= 1
                ? msg('input.blank')
                : msg('input.tooShort', { minimum: Number(issue.minimum) })
              : issue.origin === 'array' || issue.origin === 'set'
                ? msg('input.tooFewItems', { minimum: Number(issue.minimum) })
                : msg('input.tooSmall', { minimum: String(issue.minimum) }),
        });
        break;
      case 'too_big':
        problems.push({
          path: base,
          message:
            issue.origin === 'string'
              ? msg('input.tooLong', { maximum: Number(issue.maximum) })
              : issue.origin === 'array' || issue.origin === 'set'
                ? msg('input.tooManyItems', { maximum: Number(issue.maximum) })
                : msg('input.tooBig', { maximum: String(issue.maximum) }),
        });
        break;
      case 'invalid_format':
        problems.push({ path: base, message: formatProblem(issue.format) });
        break;
      case 'invalid_value':
        problems.push({
          path: base,
          message: msg('input.expectedOneOf', { options: issue.values.map((v) => String(v)).join(', ') }),
        });
        break;
      // A check of our own names its message: `params.haalbaar` is the key, the other params its values.
      case 'custom': {
        const params = (issue.params ?? {}) as Record<string, unknown>;
        const values: Record<string, string | number> = {};
        for (const [name, value] of Object.entries(params)) {
          if (name !== 'haalbaar' && (typeof value === 'string' || typeof value === 'number'))
            values[name] = value;
        }
        const key = typeof params.haalbaar === 'string' ? params.haalbaar : 'input.invalid';
        problems.push({ path: base, message: msg(key, values) });
        break;
      }
      // Anything else (a union no branch of which fits, a key that is not allowed): zod's own English
      // sentence is for developers, so the message stays general and the path says where.
      default:
        problems.push({ path: base, message: msg('input.invalid') });
    }
  }
  return problems;
}

/** Validates an already-parsed value against schema v1. */
export function validateUseCase(input: unknown): Result<UseCase, InputProblem[]> {
  const rootProblem = documentRootProblem(input, 'input');
  if (rootProblem) return err([rootProblem]);
  const parsed = ZUseCase.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return err(problemsFromZod(parsed.error, input));
}

/**
 * Parses a use-case file (YAML or JSON; JSON is YAML) and validates it.
 * Every problem is returned, not only the first.
 *
 * @example parseUseCaseText('title: Factuurinvoer\nproblem: { hoursPerWeek: 15 }')
 */
export function parseUseCaseText(source: string): Result<UseCase, InputProblem[]> {
  const read = readYamlDocument(source, { maxChars: MAX_USE_CASE_CHARS, texts: 'input' });
  return read.ok ? validateUseCase(read.value.value) : read;
}
