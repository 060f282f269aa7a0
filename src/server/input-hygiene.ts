import type { Multipart } from '@fastify/multipart';
import { msg } from '../core/message.ts';
import type { InputProblem } from '../core/use-case/parse-use-case.ts';
import type { Locale } from '../i18n/resources.ts';
import { invalidInput } from './invalid-fields.ts';

/**
 * Checks on raw request input that no schema can express: characters PostgreSQL cannot store and
 * JSON nested deep enough to hurt. Run at the edge (JSON parser, preValidation hook), so a bad
 * request is a 400 naming the field instead of a 500 from the database.
 */

/** Deepest nesting a JSON body may have; a use-case document is about five levels deep. */
export const MAX_JSON_DEPTH = 64;

/** Most problems reported for one request; the rest are usually the same mistake again. */
const MAX_PROBLEMS = 10;

/**
 * NUL (PostgreSQL text refuses it, jsonb refuses `\u0000`) and a UTF-16 surrogate without its
 * partner (jsonb refuses it; it is half of an emoji, not a character).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The index of the first character PostgreSQL cannot store in text or jsonb, or -1 when there is none. */
export function unstorableCharacterAt(text: string): number {
  return text.search(UNSTORABLE);
}

function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  // A clean key reads like the validation paths (`body.document.title`); a dirty one is shown escaped.
  return unstorableCharacterAt(key) === -1 ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

/**
 * Every string and object key in a parsed request value that PostgreSQL could not store, with its
 * path (`body.document.title`, `querystring.lang`, `params.orgId`); at most ten. Walks with an
 * explicit stack, so no nesting can overflow the call stack.
 *
 * @example unstorableText({ title: 'a\u0000' }, 'body') // [{ path: 'body.title', message: … }]
 */
export function unstorableText(value: unknown, root: string): InputProblem[] {
  const problems: InputProblem[] = [];
  const report = (path: string, at: number) =>
    problems.push({ path, message: msg('input.unstorableCharacter', { position: at + 1 }) });
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: root }];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const item = stack.pop()!;
    if (typeof item.value === 'string') {
      const at = unstorableCharacterAt(item.value);
      if (at !== -1) report(item.path, at);
    } else if (Array.isArray(item.value)) {
      for (let i = item.value.length - 1; i >= 0; i--) {
        stack.push({ value: item.value[i], path: childPath(item.path, i) });
      }
    } else if (item.value !== null && typeof item.value === 'object') {
      const entries = Object.entries(item.value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        // A bad key is reported in its place (checked as the string it is); its value is not looked at.
        const isKeyBad = unstorableCharacterAt(key) !== -1;
        stack.push({ value: isKeyBad ? key : child, path: childPath(item.path, key) });
      }
    }
  }
  return problems;
}

/**
 * Whether JSON text nests arrays and objects deeper than `limit`, found in one pass over the text
 * before parsing it: a body of a million `[` costs a second of JSON.parse and overflows the stack
 * of anything that later walks it recursively (JSON.stringify, logging).
 */
export function jsonNestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** The boundary of a multipart Content-Type, or null when it is missing or unusable (RFC 2046 allows 1–70 characters). */
export function multipartBoundary(contentType: string): string | null {
  const match = /;\s*boundary\s*=\s*(?:"([^"]*)"|([^\s;]*))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2] ?? '';
  // Busboy fails on an empty boundary and on one over 252 characters; allow more than the RFC's 70.
  return boundary.length >= 1 && boundary.length <= 200 ? boundary : null;
}

/** A 400 listing input problems, rendered in the request's language (see invalid-fields.ts). */
export { invalidInput };

/**
 * The parts of a multipart upload, refusing a field name, field value or file name PostgreSQL
 * cannot store (the upload route keeps them in the database) with a 400 naming the field.
 */
export async function* storableParts(
  parts: AsyncIterableIterator<Multipart>,
  locale: Locale,
): AsyncGenerator<Multipart> {
  for await (const part of parts) {
    const problems = [
      ...unstorableText(part.fieldname, 'body'),
      ...(part.type === 'field'
        ? unstorableText(part.value, `body.${part.fieldname}`)
        : unstorableText(part.filename, `body.${part.fieldname}.filename`)),
    ];
    if (problems.length > 0) {
      if (part.type === 'file') part.file.resume();
      throw invalidInput(problems, locale);
    }
    yield part;
  }
}
