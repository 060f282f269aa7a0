import { type Document, LineCounter, parseDocument } from 'yaml';
import { type Message, msg } from './message.ts';
import { err, ok, type Result } from './result.ts';

/** One problem with an input document: where (a dotted path like `partner.vendors[1].contractMonths`) and what. */
export type InputProblem = { path: string; message: Message };

/**
 * Where a document kind's own texts live: `input` for the use case, `pilot.input` for a pilot file.
 * Each has `tooLarge`, `binary`, `empty` and `notAnObject`, worded for that kind of file.
 */
export type DocumentTexts = 'input' | 'pilot.input';

/** The type of a value as a translation id (`input.type.<id>`). */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'nonFinite';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function fileProblem(message: Message): Result<never, InputProblem[]> {
  return err([{ path: '(file)', message }]);
}

/**
 * Reads the text of a YAML or JSON document (JSON is YAML) into a plain value: too long, binary,
 * empty, a syntax error (with its line and column), a duplicate key or an alias bomb is a problem.
 * The parsed document and its line counter come along, so a caller can place a field on its line.
 */
export function readYamlDocument(
  source: string,
  options: { maxChars: number; texts: DocumentTexts },
): Result<{ value: unknown; doc: Document; lineCounter: LineCounter }, InputProblem[]> {
  const { texts } = options;
  if (source.length > options.maxChars)
    return fileProblem(msg(`${texts}.tooLarge`, { limit: options.maxChars }));
  if (source.includes('\u0000')) return fileProblem(msg(`${texts}.binary`));
  if (source.trim() === '') return fileProblem(msg(`${texts}.empty`));
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
  try {
    return ok({ value: doc.toJS({ maxAliasCount: 100 }), doc, lineCounter });
  } catch (e) {
    return fileProblem(msg('input.syntax', { detail: (e as Error).message }));
  }
}

/**
 * The problem with a document's root before its schema is checked: it must be an object, and its
 * `schemaVersion`, when present, must be 1. Null when the root is fine.
 */
export function documentRootProblem(input: unknown, texts: DocumentTexts): InputProblem | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { path: '(root)', message: msg(`${texts}.notAnObject`, { actual: typeName(input) }) };
  }
  const schemaVersion = (input as Record<string, unknown>).schemaVersion;
  if (schemaVersion !== undefined && schemaVersion !== 1) {
    return {
      path: 'schemaVersion',
      message: msg('input.unsupportedVersion', { version: String(schemaVersion) }),
    };
  }
  return null;
}
