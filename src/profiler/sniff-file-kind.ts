/**
 * What a file is, judged by its content, never by its extension: people rename exports, and an
 * `.xlsx` may be a CSV, a password-protected workbook (an OLE container) or something else.
 */
import { open } from 'node:fs/promises';
import { PROFILE_MEASUREMENT as M } from '../core/data-profile/profile-thresholds.ts';

export type FileKind =
  | { kind: 'empty' }
  | { kind: 'binary'; what: string }
  | { kind: 'zip' }
  | { kind: 'encrypted-office' }
  | { kind: 'legacy-office' }
  | { kind: 'parquet' }
  | { kind: 'json'; layout: 'array' | 'ndjson' | 'object' }
  | { kind: 'text' };

const HEAD_BYTES = 64 * 1024;

/** Reads the first 64 KB of `path` and classifies it. */
export async function sniffFileKind(path: string, size: number): Promise<FileKind> {
  if (size === 0) return { kind: 'empty' };
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    await fh.read(head, 0, head.length, 0);
    return classifyHead(head);
  } finally {
    await fh.close();
  }
}

/** Classifies the first bytes of a file (exported for tests). */
export function classifyHead(head: Buffer): FileKind {
  if (head.length === 0) return { kind: 'empty' };
  const startsWith = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (startsWith(0x50, 0x4b, 0x03, 0x04) || startsWith(0x50, 0x4b, 0x05, 0x06)) return { kind: 'zip' };
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    // Password-protected xlsx/docx are OLE containers holding "EncryptionInfo" + "EncryptedPackage".
    const marker = Buffer.from('EncryptionInfo', 'utf16le');
    return head.includes(marker) || head.includes(Buffer.from('EncryptedPackage', 'utf16le'))
      ? { kind: 'encrypted-office' }
      : { kind: 'legacy-office' };
  }
  if (startsWith(0x50, 0x41, 0x52, 0x31)) return { kind: 'parquet' };
  if (startsWith(0x1f, 0x8b)) return { kind: 'binary', what: 'gzip' };
  if (startsWith(0x25, 0x50, 0x44, 0x46)) return { kind: 'binary', what: 'pdf' };
  if (startsWith(0x89, 0x50, 0x4e, 0x47) || startsWith(0xff, 0xd8, 0xff))
    return { kind: 'binary', what: 'image' };
  if (startsWith(0x53, 0x51, 0x4c, 0x69, 0x74, 0x65)) return { kind: 'binary', what: 'sqlite' };
  if (startsWith(0x7f, 0x45, 0x4c, 0x46)) return { kind: 'binary', what: 'executable' };

  const isUtf16 = startsWith(0xff, 0xfe) || startsWith(0xfe, 0xff);
  if (!isUtf16) {
    let control = 0;
    let nul = 0;
    for (const b of head) {
      if (b === 0) nul++;
      else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a) control++;
    }
    // Text never holds NUL bytes; a few stray control characters are tolerated.
    if (nul > 0 || control / head.length > M.binaryControlShare) return { kind: 'binary', what: 'unknown' };
  }
  let text = head.toString(isUtf16 ? 'utf16le' : 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[')) return { kind: 'json', layout: 'array' };
  if (trimmed.startsWith('{')) {
    const lines = trimmed.split(/\r?\n/).filter((l) => l.trim() !== '');
    const isNdjson = lines.length > 1 && lines.slice(0, 5).every((l) => l.trim().startsWith('{'));
    return { kind: 'json', layout: isNdjson ? 'ndjson' : 'object' };
  }
  return { kind: 'text' };
}
