/**
 * Rare spellings one typo away from a frequent value: `Amsterdm` (2×) next to `Amsterdam` (300×),
 * `amsterdam ` next to `Amsterdam`. These split one category in two for any model.
 */
import type { ValueCount } from './infer-column-type.ts';
import { PROFILE_THRESHOLDS } from './profile-thresholds.ts';

export type NearDuplicate = { rare: ValueCount; frequent: ValueCount; kind: 'case-or-space' | 'typo' };

/** Normalises case and whitespace; values equal after this are the same word typed differently. */
export function normaliseSpelling(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Optimal-string-alignment distance, stopping early once it exceeds `max` (returns max + 1).
 * A transposition (`Utrehct`) counts as one edit, as a person would count it.
 */
export function editDistanceAtMost(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(n + 1).fill(0);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return Math.min(prev[n] ?? max + 1, max + 1);
}

const isNumberLike = (s: string): boolean => /^[\d\s.,:/%+-]+$/.test(s);

/**
 * Finds rare values that are one edit (or only case/whitespace) away from a value occurring at
 * least `nearDuplicateRatio` times as often. Numbers and dates are skipped: `2019` vs `2018` is
 * not a typo. Bucketing by length keeps this near-linear for the few thousand values we pass in.
 * @example findNearDuplicateValues([{ value: 'Utrecht', count: 50 }, { value: 'Utrehct', count: 1 }])
 */
export function findNearDuplicateValues(values: readonly ValueCount[]): NearDuplicate[] {
  const t = PROFILE_THRESHOLDS;
  const candidates = values.filter((v) => v.value.trim() !== '' && !isNumberLike(v.value));
  if (candidates.length < 2 || candidates.length > t.nearDuplicateMaxDistinct) return [];
  const byLength = new Map<number, ValueCount[]>();
  for (const v of candidates) {
    const len = normaliseSpelling(v.value).length;
    const list = byLength.get(len) ?? [];
    list.push(v);
    byLength.set(len, list);
  }
  const byNorm = new Map<string, ValueCount>();
  for (const v of [...candidates].sort((a, b) => b.count - a.count)) {
    const key = normaliseSpelling(v.value);
    if (!byNorm.has(key)) byNorm.set(key, v);
  }
  const found: NearDuplicate[] = [];
  for (const rare of candidates) {
    const norm = normaliseSpelling(rare.value);
    const head = byNorm.get(norm);
    if (head && head !== rare && head.count >= t.nearDuplicateRatio * rare.count) {
      found.push({ rare, frequent: head, kind: 'case-or-space' });
      continue;
    }
    if (norm.length < t.nearDuplicateMinLength) continue;
    let best: ValueCount | undefined;
    for (const len of [norm.length - 1, norm.length, norm.length + 1]) {
      for (const other of byLength.get(len) ?? []) {
        if (other === rare || other.count < t.nearDuplicateRatio * rare.count) continue;
        const o = normaliseSpelling(other.value);
        if (o === norm || o.length < t.nearDuplicateMinLength) continue;
        // A different digit is a different thing (`Type 2` vs `Type 3`), not a typo.
        if (o.replace(/\D/g, '') !== norm.replace(/\D/g, '')) continue;
        // People rarely mistype the first letter (`Cortland` is a town, not a typo of `Portland`).
        if (o[0] !== norm[0]) continue;
        if (editDistanceAtMost(norm, o, 1) <= 1 && (!best || other.count > best.count)) best = other;
      }
    }
    if (best) found.push({ rare, frequent: best, kind: 'typo' });
  }
  return found.sort((a, b) => b.frequent.count - a.frequent.count);
}
