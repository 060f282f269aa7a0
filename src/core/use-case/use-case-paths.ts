import type { UseCase } from './use-case-schema.ts';

/**
 * Dotted paths into a use-case document, as types derived from the schema: renaming a field in
 * `ZUseCase` makes every path that names it a type error, in the core and in the web app.
 */

/**
 * Every dotted path of a plain-object type, sections and fields: `'problem' | 'problem.hoursPerWeek'
 * | …`. Lists end a path: a list is one value (the web edits its items as objects of their own).
 */
export type DocumentPath<T> = T extends readonly unknown[]
  ? never
  : T extends object
    ? {
        [K in keyof T & string]-?:
          | K
          | (NonNullable<T[K]> extends readonly unknown[]
              ? never
              : NonNullable<T[K]> extends object
                ? `${K}.${DocumentPath<NonNullable<T[K]>>}`
                : never);
      }[keyof T & string]
    : never;

/** The type of the value at a path, without the `undefined` of the optional sections on the way. */
export type ValueAtPath<T, P extends string> = P extends `${infer K}.${infer Rest}`
  ? K extends keyof T
    ? ValueAtPath<NonNullable<T[K]>, Rest>
    : never
  : P extends keyof T
    ? NonNullable<T[P]>
    : never;

/**
 * Paths of questions, including the fields of list items without an index:
 * `'partner.vendors.exitTerms'` asks about every vendor.
 */
export type QuestionPath<T> = T extends readonly (infer E)[]
  ? QuestionPath<E>
  : T extends object
    ? {
        [K in keyof T & string]-?:
          | K
          | (NonNullable<T[K]> extends object ? `${K}.${QuestionPath<NonNullable<T[K]>>}` : never);
      }[keyof T & string]
    : never;

/**
 * What `notApplicable` may list: a closed union of the use case's sections and questions. The stored
 * list stays text (older documents may hold indices, `partner.vendors[0].exitTerms`, which
 * `notApplicableTest` normalises), but everything that asks or marks one uses this type.
 */
export type NotApplicablePath = Exclude<
  QuestionPath<UseCase>,
  'schemaVersion' | 'title' | 'language' | 'notApplicable'
>;

/**
 * The value at a dotted path, or undefined when it or a section on the way is absent.
 *
 * @example valueAtPath(useCase, 'problem.hoursPerWeek') // number | undefined
 */
export function valueAtPath<T extends object, P extends DocumentPath<T>>(
  root: T,
  path: P,
): ValueAtPath<T, P> | undefined {
  let cur: unknown = root;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur as ValueAtPath<T, P> | undefined;
}

/**
 * A copy of the document with the value at a path set. `undefined` removes the key ("unknown"), and
 * sections left empty are removed too, so the document stays minimal. The original is not changed.
 *
 * @example withValueAtPath({}, 'problem.hoursPerWeek', 15) // { problem: { hoursPerWeek: 15 } }
 */
export function withValueAtPath<T extends object, P extends DocumentPath<T>>(
  doc: T,
  path: P,
  value: ValueAtPath<T, P> | undefined,
): T {
  const keys = path.split('.');
  const next = structuredClone(doc) as Record<string, unknown>;
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
  return next as T;
}

/**
 * A copy of the document with a question marked not applicable (its answer removed) or no longer
 * marked. An empty list is removed, like an empty section.
 *
 * @example withNotApplicable(useCase, 'data.legalBasis', true).notApplicable // [..., 'data.legalBasis']
 */
export function withNotApplicable(
  doc: UseCase,
  path: DocumentPath<UseCase> & NotApplicablePath,
  isNotApplicable: boolean,
): UseCase {
  const next = isNotApplicable ? withValueAtPath(doc, path, undefined) : structuredClone(doc);
  const listed = (next.notApplicable ?? []).filter((p) => p !== path);
  if (isNotApplicable) listed.push(path);
  if (listed.length > 0) next.notApplicable = listed;
  else delete next.notApplicable;
  return next;
}
