import type { UseCase } from './use-case-schema.ts';

/** One answer that differs between two versions of a use case: where, and its value before and after. */
export type DocumentChange = {
  /** Keys and list positions: `['partner', 'vendors', 1, 'exitTerms']`. */
  path: readonly (string | number)[];
  /** `undefined` when the answer was not given. */
  before: unknown;
  after: unknown;
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A low / likely / high estimate is one answer, not three. */
const isRange = (v: unknown): boolean =>
  isPlainObject(v) && 'low' in v && 'likely' in v && 'high' in v && Object.keys(v).length === 3;

/** Objects and lists of objects are walked into; anything else is one answer. */
const isBranch = (v: unknown): boolean =>
  (isPlainObject(v) && !isRange(v)) || (Array.isArray(v) && v.some((x) => isPlainObject(x)));

/**
 * The answers that differ between two versions, leaf by leaf, in the order of the newer document
 * (then what only the older one had). Lists of objects (data sources, vendors, KPIs) are compared
 * by position; a range, a list of texts (`notApplicable`, `data.files`) and a text are one answer
 * each. `schemaVersion` is not an answer. Pure, for the history's "what changed".
 *
 * @example diffUseCases({ problem: { hoursPerWeek: 10 } }, { problem: { hoursPerWeek: 12 } })
 * // [{ path: ['problem', 'hoursPerWeek'], before: 10, after: 12 }]
 */
export function diffUseCases(before: UseCase, after: UseCase): DocumentChange[] {
  const changes: DocumentChange[] = [];
  walk(before, after, [], changes);
  return changes.filter((c) => c.path[0] !== 'schemaVersion');
}

function walk(a: unknown, b: unknown, path: (string | number)[], out: DocumentChange[]): void {
  if (a === undefined && b === undefined) return;
  if ((isBranch(a) || a === undefined) && (isBranch(b) || b === undefined)) {
    if (Array.isArray(a) || Array.isArray(b)) {
      const xs = (a ?? []) as unknown[];
      const ys = (b ?? []) as unknown[];
      for (let i = 0; i < Math.max(xs.length, ys.length); i++) walk(xs[i], ys[i], [...path, i], out);
      return;
    }
    const x = (a ?? {}) as Record<string, unknown>;
    const y = (b ?? {}) as Record<string, unknown>;
    const keys = [...Object.keys(y), ...Object.keys(x).filter((k) => !(k in y))];
    for (const k of keys) walk(x[k], y[k], [...path, k], out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, before: a, after: b });
}
