/** The kind of value a column type holds, for the checks that treat integers and decimals (or dates and datetimes) alike. */
import { assertNever } from '../result.ts';
import type { ColumnType } from './data-profile-types.ts';

export type TypedKind = 'number' | 'date' | 'time' | 'boolean' | 'text' | 'empty';

/** How a column type is read: integers and decimals are numbers, dates and datetimes dates. */
export function typedKind(type: ColumnType): TypedKind {
  switch (type) {
    case 'integer':
    case 'decimal':
      return 'number';
    case 'date':
    case 'datetime':
      return 'date';
    case 'time':
      return 'time';
    case 'boolean':
      return 'boolean';
    case 'empty':
      return 'empty';
    case 'text':
      return 'text';
    default:
      return assertNever(type, 'column type');
  }
}
