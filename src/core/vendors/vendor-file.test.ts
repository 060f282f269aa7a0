import { describe, expect, it } from 'vitest';
import { parseVendorFileText } from './vendor-file.ts';

describe('parseVendorFileText', () => {
  it('reads vendors with defaults, ids by position, and the ledger with questionnaire claims', () => {
    const parsed = parseVendorFileText(
      [
        'personalData: false',
        'vendors:',
        '  - name: Acme',
        '    submittedAt: 2026-11-20',
        '    answers:',
        '      ownDataAccuracy: { value: "yes", accuracy: 0.9 }',
        '  - { id: beta, name: Beta, chosen: true }',
        'claims:',
        '  - { vendor: Acme, text: "2 minuten per factuur", date: 2026-11-01, kpiId: m, claimed: 2 }',
        'kpis:',
        '  - { id: m, better: down, measured: 3 }',
      ].join('\n'),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const c = parsed.value;
    expect(c.vendors.map((v) => [v.id, v.name, v.chosen])).toEqual([
      ['v1', 'Acme', false],
      ['beta', 'Beta', true],
    ]);
    expect(c.vendors[1]?.answers).toEqual({});
    expect(c.vendors[1]?.switching).toEqual({});
    expect(c.personalData).toBe(false);
    expect(c.claims.map((x) => [x.id, x.vendorId, x.source, x.date])).toEqual([
      ['claim1', 'v1', 'entered', '2026-11-01'],
      ['v1.questionnaire.ownDataAccuracy', 'v1', 'questionnaire', '2026-11-20'],
    ]);
    expect(c.kpis).toEqual([{ kpiId: 'm', better: 'down', measured: 3 }]);
  });

  it('reads JSON too', () => {
    expect(parseVendorFileText('{"vendors":[{"name":"A"}]}').ok).toBe(true);
  });

  it('names each problem with its path', () => {
    const parsed = parseVendorFileText(
      'vendors:\n  - name: A\n    answers: { openExport: { value: maybe } }\nextra: 1\n',
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.map((p) => p.path)).toEqual(['vendors[0].answers.openExport.value', 'extra']);
  });

  it('refuses empty, binary, non-object and syntactically broken files, duplicate ids and unknown vendors', () => {
    const paths = (source: string) => {
      const parsed = parseVendorFileText(source);
      return parsed.ok ? [] : parsed.error.map((p) => [p.path, p.message.key]);
    };
    expect(paths('  ')).toEqual([['(file)', 'vendors.file.empty']]);
    expect(paths('a\u0000b')).toEqual([['(file)', 'vendors.file.binary']]);
    expect(paths('- a')).toEqual([['(root)', 'vendors.file.notAnObject']]);
    expect(paths('vendors: [')[0]?.[1]).toBe('input.syntax');
    expect(paths('vendors: []')[0]?.[0]).toBe('vendors');
    expect(paths('vendors:\n  - { id: a, name: A }\n  - { id: a, name: B }\n')).toEqual([
      ['vendors[1].id', 'vendors.file.duplicateId'],
    ]);
    expect(paths('vendors: [{ name: A }]\nclaims: [{ vendor: B, text: x, date: 2026-01-01 }]\n')).toEqual([
      ['claims[0].vendor', 'vendors.file.unknownVendor'],
    ]);
  });
});
