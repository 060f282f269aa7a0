import type { UseCaseDocument } from './api.ts';

/** Reads a dotted path (`problem.hoursPerWeek`) from a use-case document. */
export function getPath(doc: UseCaseDocument, path: string): unknown {
  let cur: unknown = doc;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/**
 * Returns a copy of the document with the value at a dotted path set; `undefined` removes the key
 * ("unknown"), and objects left empty are removed too, so the document stays minimal.
 */
export function setPath(doc: UseCaseDocument, path: string, value: unknown): UseCaseDocument {
  const keys = path.split('.');
  const next = structuredClone(doc);
  const stack: Record<string, unknown>[] = [next];
  let cur: Record<string, unknown> = next;
  for (const key of keys.slice(0, -1)) {
    const child = cur[key];
    if (child === null || typeof child !== 'object' || Array.isArray(child)) cur[key] = {};
    cur = cur[key] as Record<string, unknown>;
    stack.push(cur);
  }
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete cur[last];
  else cur[last] = value;
  for (let i = keys.length - 2; i >= 0; i--) {
    const parent = stack[i]!;
    const child = parent[keys[i]!] as Record<string, unknown>;
    if (Object.keys(child).length === 0) delete parent[keys[i]!];
  }
  return next;
}

/** Whether a question is marked "not applicable" (itself or a parent section). */
export function isNotApplicable(doc: UseCaseDocument, path: string): boolean {
  const list: string[] = Array.isArray(doc.notApplicable) ? doc.notApplicable : [];
  return list.some((p) => path === p || path.startsWith(`${p}.`));
}

/** Marks or unmarks a question as not applicable; marking it removes its answer. */
export function setNotApplicable(doc: UseCaseDocument, path: string, on: boolean): UseCaseDocument {
  let next = on ? setPath(doc, path, undefined) : structuredClone(doc);
  const list: string[] = Array.isArray(next.notApplicable) ? [...next.notApplicable] : [];
  const filtered = list.filter((p) => p !== path);
  if (on) filtered.push(path);
  next = { ...next };
  if (filtered.length > 0) next.notApplicable = filtered;
  else delete next.notApplicable;
  return next;
}
