/**
 * Validators for Dutch personal data. Pure and strict: a value counts only when it would be
 * accepted by the issuing system (IBAN mod-97, BSN 11-check), so product codes such as `M14860`
 * or measurement numbers do not pass as personal data.
 */
import { DUTCH_FIRST_NAMES } from './dutch-first-names.ts';

export type PiiKind = 'email' | 'phone' | 'iban' | 'bsn' | 'postcode' | 'name';

const IBAN_LENGTHS: Record<string, number> = {
  NL: 18,
  BE: 16,
  DE: 22,
  FR: 27,
  GB: 22,
  LU: 20,
  ES: 24,
  IT: 27,
  AT: 20,
  CH: 21,
  DK: 18,
  PL: 28,
  IE: 22,
  PT: 25,
  SE: 24,
  NO: 15,
  FI: 18,
};

/**
 * True when `value` is an IBAN with a valid ISO 13616 mod-97 check (spaces allowed).
 * @example isValidIban('NL91 ABNA 0417 1643 00') // true
 */
export function isValidIban(value: string): boolean {
  const s = value.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const expected = IBAN_LENGTHS[s.slice(0, 2)];
  if (expected !== undefined && s.length !== expected) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : ch;
    for (const d of digits) remainder = (remainder * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

/**
 * True when `value` is a Dutch citizen service number (BSN): 9 digits (8 with the leading zero
 * dropped by a spreadsheet) passing the 11-check (9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 mod 11).
 * @example isValidBsn('111222333') // true
 */
export function isValidBsn(value: string): boolean {
  const s = value.trim().replace(/[.\s-]/g, '');
  if (!/^\d{8,9}$/.test(s)) return false;
  const d = s.padStart(9, '0');
  if (/^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (d.charCodeAt(i) - 48);
  sum -= d.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

/**
 * True for a Dutch phone number: 0 + 9 digits, or +31/0031 + 9 digits; spaces, dashes, dots and
 * brackets allowed, as people type them (`06-12345678`, `+31 (0)20 123 4567`).
 */
export function isDutchPhone(value: string): boolean {
  const s = value
    .trim()
    .replace(/\(0\)/g, '')
    .replace(/[\s\-.()/]/g, '');
  return /^(?:\+31|0031|0)[1-9]\d{8}$/.test(s);
}

/** True for a Dutch postcode `1234 AB` / `1234AB` (no leading zero; SA, SD and SS are never issued). */
export function isDutchPostcode(value: string): boolean {
  const m = /^([1-9]\d{3}) ?([A-Za-z]{2})$/.exec(value.trim());
  if (!m) return false;
  const letters = (m[2] ?? '').toUpperCase();
  return letters !== 'SA' && letters !== 'SD' && letters !== 'SS';
}

/** True for a plausible e-mail address (one @, a dotted domain, no spaces). */
export function isEmail(value: string): boolean {
  return /^[^\s@,;<>]+@[^\s@,;<>]+\.[A-Za-z]{2,}$/.test(value.trim());
}

/** True when the first word of `value` is a common Dutch (or English) first name. */
export function startsWithFirstName(value: string): boolean {
  const first =
    value
      .trim()
      .split(/[\s,]+/)[0]
      ?.toLowerCase() ?? '';
  return first.length >= 2 && DUTCH_FIRST_NAMES.has(first);
}

/** True when `value` is shaped like a person's name: 1–5 words of letters, capitalised, no digits. */
export function looksLikePersonName(value: string): boolean {
  const s = value.trim();
  if (s.length < 2 || s.length > 60 || /\d/.test(s)) return false;
  return /^\p{Lu}[\p{L}'.-]*(?:\s+[\p{L}'.-]+){0,4}$/u.test(s);
}

/**
 * True when a column name says it holds people's names (`voornaam`, `achternaam`, `klantnaam`,
 * `first_name`, `contactpersoon`). The whole name must be one of these, so product or company
 * names (`beer_name`, `bedrijfsnaam`, `product name`) never match.
 */
export function isPersonNameColumn(columnName: string): boolean {
  const n = columnName
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  return /^(naam|name|voornaam|achternaam|tussenvoegsel|roepnaam|geboortenaam|first name|last name|surname|given name|family name|full name|volledige naam|klantnaam|klant naam|contactpersoon|contact person|contact name|customer name|employee name|medewerker|naam medewerker|naam klant|patient|patiënt|patientnaam)$/.test(
    n,
  );
}

/** Which validator applies to a kind (`name` is judged separately, with the column name). */
export const PII_VALIDATORS: Record<Exclude<PiiKind, 'name'>, (value: string) => boolean> = {
  email: isEmail,
  phone: isDutchPhone,
  iban: isValidIban,
  bsn: isValidBsn,
  postcode: isDutchPostcode,
};
