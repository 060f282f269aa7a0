/**
 * Which evidence files a vendor questionnaire accepts, decided from the file's own bytes and its
 * name together: a PDF must start like a PDF and be called .pdf, and so on. The type the client
 * declares is never trusted, and the file is served back with the type decided here, so a page
 * disguised as a picture never reaches a browser as a page.
 */

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The accepted kinds by extension: the media type to serve and how the content must begin. */
const KINDS: Record<string, { mediaType: string; matches: (bytes: Uint8Array) => boolean }> = {
  pdf: { mediaType: 'application/pdf', matches: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  png: {
    mediaType: 'image/png',
    matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  jpg: { mediaType: 'image/jpeg', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  jpeg: { mediaType: 'image/jpeg', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  txt: { mediaType: 'text/plain; charset=utf-8', matches: isUtf8Text },
  docx: { mediaType: DOCX, matches: (b) => isZip(b) && contains(b, 'word/') },
  xlsx: { mediaType: XLSX, matches: (b) => isZip(b) && contains(b, 'xl/') },
};

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** A zip archive's local file header (docx and xlsx are zip archives). */
const isZip = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);

/** Whether the archive names an entry under `folder` (its central directory lists every entry). */
function contains(bytes: Uint8Array, folder: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(folder, 0, 'latin1');
}

/** Text: valid UTF-8 without NUL or other control characters than tab, line feed and return. */
function isUtf8Text(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text);
}

/** C0 control characters and DEL: never part of a file name worth keeping. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/**
 * The media type to store and serve an evidence file with, or null when it is not an accepted kind:
 * empty, an extension not in the list, or content that does not match its extension.
 *
 * @example evidenceMediaType('dpa.pdf', Buffer.from('%PDF-1.7 …')) // 'application/pdf'
 */
export function evidenceMediaType(name: string, content: Uint8Array): string | null {
  if (content.byteLength === 0) return null;
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const kind = Object.hasOwn(KINDS, extension) ? KINDS[extension] : undefined;
  return kind?.matches(content) ? kind.mediaType : null;
}

/**
 * A file name safe to store and to put in a header: no folders, no control characters, at most
 * 200 characters, never empty.
 */
export function evidenceFileName(name: string): string {
  const cleaned = name.replace(/[\\/]/g, '_').replace(CONTROL_CHARACTERS, '').trim();
  return cleaned.slice(-200) || 'bestand';
}

/**
 * The Content-Disposition of a download: always an attachment (never shown inline), with an ASCII
 * fallback name and the real one encoded (RFC 6266).
 */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
