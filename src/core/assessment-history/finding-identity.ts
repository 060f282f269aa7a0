import type { FactorId, Finding } from '../assessment/assessment-types.ts';

/** A profile finding's id ends in `.f<n>`, its file's position in that assessment's list. */
const FILE_POSITION = /\.f\d+$/;

/**
 * What makes two findings of two assessments "the same finding": the factor, the finding's id
 * without the file's position, the file and the column. `key` names the file by its stored id when
 * the finding carries one; `nameKey` by its name, for findings stored before they carried ids (and
 * for the CLI, which has no ids). Findings that are not about a file have `key === nameKey`.
 *
 * @example
 *   findingIdentity('data', { id: 'data.profile.MISSING.f2', subject: { fileId: 'u1', file: 'a.csv' }, … })
 *   // { key: 'data|data.profile.MISSING|id:u1|', nameKey: 'data|data.profile.MISSING|name:a.csv|' }
 */
export function findingIdentity(factor: FactorId, finding: Finding): { key: string; nameKey: string } {
  const fromTitle = finding.title.params?.file;
  const file = finding.subject?.file ?? (typeof fromTitle === 'string' ? fromTitle : undefined);
  const isAboutFile = file !== undefined && FILE_POSITION.test(finding.id);
  if (!isAboutFile) {
    const key = [factor, finding.id, '', finding.subject?.column ?? ''].join('|');
    return { key, nameKey: key };
  }
  const base = finding.id.replace(FILE_POSITION, '');
  const column = finding.subject?.column ?? '';
  const nameKey = [factor, base, `name:${file}`, column].join('|');
  const fileId = finding.subject?.fileId;
  return { key: fileId === undefined ? nameKey : [factor, base, `id:${fileId}`, column].join('|'), nameKey };
}

/**
 * Pairs the findings of two assessments of one factor by identity: first by the file's stored id,
 * then, among those left, by the file's name. Whatever reads the same is paired, so one finding is
 * never both "new" and "resolved". Pure; keeps the input order.
 */
export function pairFindings<T extends Finding>(
  factor: FactorId,
  before: readonly T[],
  after: readonly T[],
): { pairs: [T, T][]; onlyBefore: T[]; onlyAfter: T[] } {
  const pairs: [T, T][] = [];
  let left = before.map((f) => ({ f, id: findingIdentity(factor, f) }));
  let right = after.map((f) => ({ f, id: findingIdentity(factor, f) }));
  for (const field of ['key', 'nameKey'] as const) {
    const waiting = new Map<string, (typeof left)[number][]>();
    for (const l of left) waiting.set(l.id[field], [...(waiting.get(l.id[field]) ?? []), l]);
    const unmatched: typeof right = [];
    for (const r of right) {
      const candidates = waiting.get(r.id[field]);
      const match = candidates?.shift();
      if (match) pairs.push([match.f, r.f]);
      else unmatched.push(r);
    }
    const paired = new Set(pairs.map(([b]) => b));
    left = left.filter((l) => !paired.has(l.f));
    right = unmatched;
  }
  return { pairs, onlyBefore: left.map((l) => l.f), onlyAfter: right.map((r) => r.f) };
}
