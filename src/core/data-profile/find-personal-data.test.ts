import { describe, expect, it } from 'vitest';
import { findPersonalData } from './find-personal-data.ts';
import { testColumnStats as column, times } from './test-column-stats.ts';

const named = (name: string, values: (string | null)[]) => ({ ...column(values), name });

describe('findPersonalData', () => {
  it('flags a column when at least half its values validate, by the kind that validates most', () => {
    const r = findPersonalData([
      named('rekening', [...times(6, 'NL91 ABNA 0417 1643 00'), ...times(4, 'contant')]),
      named('bsn', [...times(9, '111222333'), '12']),
    ]);
    expect(r.pii).toEqual([
      { column: 'rekening', kind: 'iban', share: 0.6 },
      { column: 'bsn', kind: 'bsn', share: 0.9 },
    ]);
    expect(r.issues.map((i) => `${i.code}:${i.severity}:${i.column}`)).toEqual([
      'PII_IBAN:medium:rekening',
      'PII_BSN:high:bsn',
    ]);
  });
  it('does not flag a column below half, dates, decimals or missing values', () => {
    expect(
      findPersonalData([
        named('mix', [...times(4, 'a@b.nl'), ...times(6, 'geen')]),
        named('datum', times(10, '1-2-2023')),
        named('bedrag', times(10, '1,5')),
        named('leeg', times(10, 'n.v.t.')),
      ]).pii,
    ).toEqual([]);
  });
  it('names by the column name and their shape, or by common first names', () => {
    const people = ['Jan de Vries', 'Anna Bakker', 'Piet Jansen', 'Sanne Visser'];
    expect(findPersonalData([named('klantnaam', ['Zoë Xander', 'Quinty Yilmaz'])]).pii).toEqual([
      { column: 'klantnaam', kind: 'name', share: 1 },
    ]);
    expect(findPersonalData([named('wie', people)]).pii).toEqual([{ column: 'wie', kind: 'name', share: 1 }]);
    expect(findPersonalData([named('beer_name', ['Hop Monster', 'Dark Lord'])]).pii).toEqual([]);
  });
});
