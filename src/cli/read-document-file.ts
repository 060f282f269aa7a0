import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The YAML and JSON documents the assessment and pilot commands read. */
const DOCUMENT_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json'];

/**
 * Reads a YAML or JSON document file a user named on the command line, as text for its parser: a
 * folder, a missing file, an unknown extension, a file over `maxChars` characters (4 bytes each at
 * most), unreadable bytes or text that is not UTF-8 each give one printable problem, in the texts
 * under `keys` (`assessment.cli`, `pilot.cli`, `survey.cli`: the same problems, named for that kind
 * of document).
 * A file with NUL bytes comes back as "\u0000", which the parsers refuse as binary.
 */
export async function readDocumentFile(
  file: string,
  options: {
    t: Translate;
    keys: 'assessment.cli' | 'pilot.cli' | 'survey.cli';
    maxChars: number;
    /** Extensions accepted, lower case with the dot; YAML and JSON when absent. */
    extensions?: readonly string[];
  },
): Promise<{ ok: true; source: string } | { ok: false; problem: string }> {
  const { t, keys } = options;
  const problem = (key: string, params: Record<string, unknown> = {}) => ({
    ok: false as const,
    problem: t(`${keys}.${key}`, { file, ...params }),
  });
  const detail = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  let size: number;
  try {
    const s = await stat(file);
    if (s.isDirectory()) return problem('isDirectory');
    size = s.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return problem('notFound');
    return problem('unreadable', { detail: detail(e) });
  }
  if (!(options.extensions ?? DOCUMENT_EXTENSIONS).includes(extname(file).toLowerCase()))
    return problem('unsupportedExtension');
  const limit = options.maxChars * 4;
  if (size > limit) return problem('tooLarge', { size, limit });
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return problem('unreadable', { detail: detail(e) });
  }
  if (bytes.includes(0)) return { ok: true, source: '\u0000' };
  try {
    return {
      ok: true,
      source: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''),
    };
  } catch {
    return problem('notUtf8');
  }
}
