import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { type Message, msg } from '../message.ts';
import { err, ok, type Result } from '../result.ts';
import { type UseCase, ZUseCase } from './use-case-schema.ts';

/** One problem with an input document: where (a dotted path like `partner.vendors[1].contractMonths`) and what. */
export type InputProblem = { path: string; message: Message };

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

/** The type of a value as a translation id (`input.type.<id>`). */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'nonFinite';
  if (Array.isArray(value)) return 'array';
  return typeof value;
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
      case 'custom':
        problems.push({ path: base, message: msg('input.rangeOrder') });
        break;
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
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return err([{ path: '(root)', message: msg('input.notAnObject', { actual: typeName(input) }) }]);
  }
  const schemaVersion = (input as Record<string, unknown>).schemaVersion;
  if (schemaVersion !== undefined && schemaVersion !== 1) {
    return err([
      { path: 'schemaVersion', message: msg('input.unsupportedVersion', { version: String(schemaVersion) }) },
    ]);
  }
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
  if (source.length > MAX_USE_CASE_CHARS) {
    return err([{ path: '(file)', message: msg('input.tooLarge', { limit: MAX_USE_CASE_CHARS }) }]);
  }
  if (source.includes('\u0000')) {
    return err([{ path: '(file)', message: msg('input.binary') }]);
  }
  if (source.trim() === '') {
    return err([{ path: '(file)', message: msg('input.empty') }]);
  }
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: true });
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
    return err([{ path: '(file)', message: msg('input.syntax', { detail: (e as Error).message }) }]);
  }
  return validateUseCase(value);
}
