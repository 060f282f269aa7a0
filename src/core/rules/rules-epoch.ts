import { DATES } from './rules-data.ts';

/**
 * The latest application date in the data on or before `asOf` (YYYY-MM-DD), or `before` when none
 * has passed. Two days with the same epoch have the same obligations applying, so a stored
 * assessment stays current until the next date passes rather than for one day.
 *
 * @example rulesEpoch('2026-12-03') // '2026-08-02'
 */
export function rulesEpoch(asOf: string): string {
  let epoch = 'before';
  for (const entry of DATES) {
    if (entry.date <= asOf && (epoch === 'before' || entry.date > epoch)) epoch = entry.date;
  }
  return epoch;
}
