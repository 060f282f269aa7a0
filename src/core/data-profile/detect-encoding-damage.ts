/**
 * Mojibake: UTF-8 text that was once read as Windows-1252/Latin-1 and saved again, so `é` became
 * `Ã©` and `â` became `Ã¢`. One such value means a whole file went through a wrong conversion.
 */

/** The characters a UTF-8 continuation byte (0x80–0xBF) turns into when read as Windows-1252. */
const CONT =
  '\u0080-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178';

/** A 2-byte lead (Â…ß) or 3-byte lead (à…ï) followed by continuation characters, or U+FFFD. */
const MOJIBAKE = new RegExp(`[\u00C2-\u00DF][${CONT}]|[\u00E0-\u00EF][${CONT}]{2}|\uFFFD`);

/** The same test in RE2 syntax, for DuckDB's `regexp_matches`. */
export const ENCODING_DAMAGE_RE2 = `[\\x{C2}-\\x{DF}][${re2Class(CONT)}]|[\\x{E0}-\\x{EF}][${re2Class(CONT)}]{2}|\\x{FFFD}`;

function re2Class(chars: string): string {
  return chars.replace(
    /[\u0080-\uFFFF]/g,
    (c) => `\\x{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`,
  );
}

/** True when `value` shows mojibake or the Unicode replacement character. */
export function hasEncodingDamage(value: string): boolean {
  return MOJIBAKE.test(value);
}

const CP1252_HIGH: Record<number, number> = {
  8364: 0x80,
  8218: 0x82,
  402: 0x83,
  8222: 0x84,
  8230: 0x85,
  8224: 0x86,
  8225: 0x87,
  710: 0x88,
  8240: 0x89,
  352: 0x8a,
  8249: 0x8b,
  338: 0x8c,
  381: 0x8e,
  8216: 0x91,
  8217: 0x92,
  8220: 0x93,
  8221: 0x94,
  8226: 0x95,
  8211: 0x96,
  8212: 0x97,
  732: 0x98,
  8482: 0x99,
  353: 0x9a,
  8250: 0x9b,
  339: 0x9c,
  382: 0x9e,
  376: 0x9f,
};

/**
 * The text as it was before the wrong conversion (`SÃºdwest-FryslÃ¢n` → `Súdwest-Fryslân`), or
 * undefined when the value cannot be undone that way. Shown to users as "probably meant".
 */
export function repairEncodingDamage(value: string): string | undefined {
  const bytes: number[] = [];
  for (const ch of value) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp <= 0xff) bytes.push(cp);
    else if (CP1252_HIGH[cp] !== undefined) bytes.push(CP1252_HIGH[cp]);
    else return undefined;
  }
  try {
    const repaired = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
    return repaired !== value ? repaired : undefined;
  } catch {
    return undefined;
  }
}
