/**
 * Raha beers figures: compares dirty.csv with clean.csv cell by cell, by position (the headers
 * differ upstream). Of the columns where at least 1 % of cells differ, the share the profile flags
 * (recall); of the clean columns, the share it flags (false alarms). A column counts as flagged
 * when it has an issue of severity low or higher (info notes such as UNIQUE do not count), and
 * also reported at medium or higher (issues that block readiness).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAtLeast } from '../core/data-profile/level-readiness.ts';
import { profileFile } from './profile-file.ts';
import { readCsvRecords } from './read-csv-records.ts';

const fixtures = join(import.meta.dirname, '../../test/fixtures/data');

describe('Raha beers: recall and false alarms per column', () => {
  it('flags every dirty column and few clean ones', async () => {
    const dirty = readCsvRecords(readFileSync(join(fixtures, 'beers-dirty.csv'), 'utf8'), ',');
    const clean = readCsvRecords(readFileSync(join(fixtures, 'beers-clean.csv'), 'utf8'), ',');
    const header = dirty[0]?.fields ?? [];
    const dirtyColumns: string[] = [];
    const cleanColumns: string[] = [];
    header.forEach((name, j) => {
      let differ = 0;
      for (let i = 1; i < dirty.length; i++) if (dirty[i]?.fields[j] !== clean[i]?.fields[j]) differ++;
      (differ / (dirty.length - 1) >= 0.01 ? dirtyColumns : cleanColumns).push(name);
    });
    const r = await profileFile(join(fixtures, 'beers-dirty.csv'));
    if (!r.ok) throw new Error(r.error.code);
    const flagged = (min: 'low' | 'medium') =>
      new Set(
        r.value.columns.filter((c) => c.issues.some((i) => isAtLeast(i.severity, min))).map((c) => c.name),
      );
    const figures = (['low', 'medium'] as const).map((min) => {
      const f = flagged(min);
      return {
        min,
        recall: dirtyColumns.filter((c) => f.has(c)).length / dirtyColumns.length,
        falseAlarms: cleanColumns.filter((c) => f.has(c)).length / cleanColumns.length,
        falseAlarmColumns: cleanColumns.filter((c) => f.has(c)),
      };
    });
    console.log(`Raha beers: dirty columns ${dirtyColumns.join(', ')}; clean ${cleanColumns.join(', ')}`);
    for (const x of figures) {
      console.log(
        `  flagged at ≥ ${x.min}: recall ${(x.recall * 100).toFixed(0)} %, false alarms ${(x.falseAlarms * 100).toFixed(0)} % (${x.falseAlarmColumns.join(', ') || 'none'})`,
      );
    }
    expect(dirtyColumns).toEqual(['ounces', 'abv', 'ibu', 'city', 'state']);
    expect(figures[0]?.recall).toBe(1);
    expect(figures[1]?.recall).toBe(1);
    expect(figures[0]?.falseAlarms).toBeLessThanOrEqual(1 / 6);
    expect(figures[1]?.falseAlarms).toBe(0);
  });
});
