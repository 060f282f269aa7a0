/**
 * What one cell looks like, as MKB exports write it: Dutch and English numbers (`1.234,56`,
 * `1,234.56`, `€ 12,50`, `0.05%`, `12,5 kg`), Dutch and ISO dates (`1-1-2019`, `26-11-2026 14:05`,
 * `2026-11-26`), times, yes/no, and the tokens people type instead of leaving a cell empty
 * (`n.v.t.`, `onbekend`, `-`, `#N/B`). Pure; the profiler runs it over distinct values and samples.
 */

export type NumberDecoration = 'percent' | 'currency' | 'unit';

export type NumberShape = {
  kind: 'number';
  /** The value under the reading implied by the separators (ambiguous `1.234` reads as 1.234). */
  value: number;
  decimal: '.' | ',' | null;
  thousands: '.' | ',' | ' ' | null;
  /** `1.234` / `1,234`: a decimal separator or a thousands separator, the column decides. */
  isAmbiguous: boolean;
  decoration: NumberDecoration | null;
  /** The unit or sign as written (`oz.`, `kg`, `%`, `€`). */
  unit?: string;
  /** The number without decoration, as written (`12.0` of `12.0 oz`). */
  core: string;
};

export type DateOrder = 'dmy' | 'mdy' | 'ymd' | 'xy';

export type DateShape = {
  kind: 'date';
  /** `xy`: day and month both ≤ 12, so `3-4-2020` can be either order. */
  order: DateOrder;
  separator: string;
  hasTime: boolean;
  hasSeconds: boolean;
  twoDigitYear: boolean;
  /** The format family, independent of zero padding: `d-m-yyyy hh:mm`, `yyyy-mm-dd`. */
  family: string;
};

export type ValueShape =
  | { kind: 'missing' }
  | { kind: 'missingToken'; token: string }
  | NumberShape
  | DateShape
  | { kind: 'time'; hasSeconds: boolean }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'text' };

/** Lower-case tokens that stand for "no value" in Dutch and English exports and Excel errors. */
export const MISSING_TOKENS: ReadonlySet<string> = new Set([
  'n.v.t.',
  'n.v.t',
  'nvt',
  'onbekend',
  'unknown',
  'niet bekend',
  'geen gegevens',
  'leeg',
  '-',
  '--',
  '---',
  '—',
  '?',
  '??',
  '.',
  'n/a',
  'n.a.',
  'na',
  'nan',
  'null',
  'nil',
  'none',
  'missing',
  '#n/b',
  '#n/a',
  '#deel/0!',
  '#div/0!',
  '#waarde!',
  '#value!',
  '#verw!',
  '#ref!',
  '#naam?',
  '#name?',
  '#getal!',
  '#num!',
  '#leeg!',
  '#null!',
]);

const TRUE_WORDS = new Set(['true', 'waar', 'ja', 'yes', 'wahr']);
const FALSE_WORDS = new Set(['false', 'onwaar', 'nee', 'no', 'falsch']);
/** Lower-case words read as yes/no; SQL readers share the list. */
export const BOOLEAN_WORDS = { true: [...TRUE_WORDS], false: [...FALSE_WORDS] } as const;

const CURRENCY_PREFIX = /^(€|eur|\$|usd|£|gbp)\s*/i;
const CURRENCY_SUFFIX = /\s*(€|eur|euro|\$|usd|£)$/i;
const UNIT_SUFFIX = /^(.*?\d)\s*([A-Za-zµμ°Ω][\p{L}°µ²³/.\-\s]{0,24})$/u;

/** True when a trimmed value is a missing-value token (`n.v.t.`, `#N/B`, `-`…). */
export function isMissingToken(value: string): boolean {
  return MISSING_TOKENS.has(value.trim().toLowerCase());
}

/** Classifies one raw cell. Leading and trailing spaces are ignored. */
export function classifyValue(raw: string): ValueShape {
  const s = raw.trim();
  if (s === '') return { kind: 'missing' };
  const lower = s.toLowerCase();
  if (MISSING_TOKENS.has(lower)) return { kind: 'missingToken', token: s };
  const number = parseNumberShape(s);
  if (number) return number;
  const date = parseDateShape(s);
  if (date) return date;
  const time = /^([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?$/.exec(s);
  if (time) return { kind: 'time', hasSeconds: time[2] !== undefined };
  if (TRUE_WORDS.has(lower)) return { kind: 'boolean', value: true };
  if (FALSE_WORDS.has(lower)) return { kind: 'boolean', value: false };
  return { kind: 'text' };
}

type NumberCore = Pick<NumberShape, 'value' | 'decimal' | 'thousands' | 'isAmbiguous'>;

/** Reads a bare number (no sign of currency or unit) in any of the common notations. */
export function parseNumberCore(s: string): NumberCore | null {
  const t = s.replace(/^−/, '-');
  if (/^[-+]?\d+$/.test(t)) {
    return { value: Number(t), decimal: null, thousands: null, isAmbiguous: false };
  }
  if (/^[-+]?\d*\.\d+(?:[eE][-+]?\d+)?$/.test(t) || /^[-+]?\d+(?:\.\d+)?[eE][-+]?\d+$/.test(t)) {
    return {
      value: Number(t),
      decimal: '.',
      thousands: null,
      isAmbiguous: /^[-+]?[1-9]\d{0,2}\.\d{3}$/.test(t),
    };
  }
  if (/^[-+]?\d*,\d+$/.test(t)) {
    return {
      value: Number(t.replace(',', '.')),
      decimal: ',',
      thousands: null,
      isAmbiguous: /^[-+]?[1-9]\d{0,2},\d{3}$/.test(t),
    };
  }
  if (/^[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) {
    return {
      value: Number(t.replace(/\./g, '').replace(',', '.')),
      decimal: t.includes(',') ? ',' : null,
      thousands: '.',
      isAmbiguous: false,
    };
  }
  if (/^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) {
    return {
      value: Number(t.replace(/,/g, '')),
      decimal: t.includes('.') ? '.' : null,
      thousands: ',',
      isAmbiguous: false,
    };
  }
  const spaced = /^([-+]?\d{1,3}(?:[ \u00a0]\d{3})+)(?:([.,])(\d+))?$/.exec(t);
  if (spaced) {
    const int = (spaced[1] ?? '').replace(/[ \u00a0]/g, '');
    const frac = spaced[3] ?? '';
    return {
      value: Number(frac ? `${int}.${frac}` : int),
      decimal: (spaced[2] as '.' | ',' | undefined) ?? null,
      thousands: ' ',
      isAmbiguous: false,
    };
  }
  return null;
}

/** Reads a number with an optional currency, percent sign or unit around it. */
export function parseNumberShape(s: string): NumberShape | null {
  const plain = parseNumberCore(s);
  if (plain) return { kind: 'number', ...plain, decoration: null, core: s };
  let rest = s;
  let currency: string | undefined;
  const pre = CURRENCY_PREFIX.exec(rest);
  if (pre) {
    currency = pre[1];
    rest = rest.slice(pre[0].length);
  } else {
    const suf = CURRENCY_SUFFIX.exec(rest);
    if (suf && suf.index > 0) {
      currency = suf[1];
      rest = rest.slice(0, suf.index);
    }
  }
  if (currency !== undefined) {
    const core = parseNumberCore(rest.replace(/,-$/, ''));
    return core ? { kind: 'number', ...core, decoration: 'currency', unit: currency, core: rest } : null;
  }
  const pct = /^(.*?)\s*%$/.exec(rest);
  if (pct) {
    const core = parseNumberCore(pct[1] ?? '');
    return core ? { kind: 'number', ...core, decoration: 'percent', unit: '%', core: pct[1] ?? '' } : null;
  }
  const unit = UNIT_SUFFIX.exec(rest);
  if (unit) {
    const core = parseNumberCore(unit[1] ?? '');
    const written = (unit[2] ?? '').trim();
    // `12 maart` or `3 stuks` are units too; a long phrase after a number is text.
    if (core && written.split(/\s+/).length <= 3) {
      return { kind: 'number', ...core, decoration: 'unit', unit: written, core: unit[1] ?? '' };
    }
  }
  return null;
}

const DMY =
  /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const YMD =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads a date or date-time in day-month-year, month-day-year or ISO order. */
export function parseDateShape(s: string): DateShape | null {
  const y = YMD.exec(s);
  if (y) {
    const month = Number(y[3]);
    const day = Number(y[4]);
    if (month < 1 || month > 12 || day < 1 || day > 31 || !validTime(y[5], y[6], y[7])) return null;
    const hasTime = y[5] !== undefined;
    const hasSeconds = y[7] !== undefined;
    const sep = y[2] ?? '-';
    return {
      kind: 'date',
      order: 'ymd',
      separator: sep,
      hasTime,
      hasSeconds,
      twoDigitYear: false,
      family: `yyyy${sep}mm${sep}dd${timeFamily(hasTime, hasSeconds)}`,
    };
  }
  const d = DMY.exec(s);
  if (!d) return null;
  const a = Number(d[1]);
  const b = Number(d[3]);
  if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12) || !validTime(d[5], d[6], d[7])) return null;
  const order: DateOrder = a > 12 ? 'dmy' : b > 12 ? 'mdy' : 'xy';
  const sep = d[2] ?? '-';
  const twoDigitYear = (d[4] ?? '').length === 2;
  const hasTime = d[5] !== undefined;
  const hasSeconds = d[7] !== undefined;
  const year = twoDigitYear ? 'yy' : 'yyyy';
  const fam = order === 'mdy' ? `m${sep}d${sep}${year}` : `d${sep}m${sep}${year}`;
  return {
    kind: 'date',
    order,
    separator: sep,
    hasTime,
    hasSeconds,
    twoDigitYear,
    family: fam + timeFamily(hasTime, hasSeconds),
  };
}

function timeFamily(hasTime: boolean, hasSeconds: boolean): string {
  return hasTime ? (hasSeconds ? ' hh:mm:ss' : ' hh:mm') : '';
}

function validTime(h: string | undefined, m: string | undefined, sec: string | undefined): boolean {
  if (h === undefined) return true;
  return Number(h) <= 23 && Number(m) <= 59 && (sec === undefined || Number(sec) <= 59);
}

/**
 * The strptime format (DuckDB/C notation) for a date family and order, e.g.
 * `d-m-yyyy hh:mm` + `dmy` → `%d-%m-%Y %H:%M`. ISO families return null: a cast reads them.
 */
export function strptimeFormat(
  shape: Pick<DateShape, 'order' | 'separator' | 'hasTime' | 'hasSeconds' | 'twoDigitYear'>,
  order: 'dmy' | 'mdy',
): string {
  const sep = shape.separator;
  const year = shape.twoDigitYear ? '%y' : '%Y';
  const date = order === 'dmy' ? `%d${sep}%m${sep}${year}` : `%m${sep}%d${sep}${year}`;
  if (!shape.hasTime) return date;
  return `${date} %H:%M${shape.hasSeconds ? ':%S' : ''}`;
}
