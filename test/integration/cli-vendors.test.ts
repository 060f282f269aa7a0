/**
 * `haalbaar vendors` through the real CLI (./bin/haalbaar, spawned), on the example file with three
 * vendors (one chosen, one failing three gates, one barely answered) and two claims. Golden files live
 * in test/fixtures/vendors/; rewrite them with
 *   UPDATE_GOLDEN=1 npx vitest run --project integration test/integration/cli-vendors.test.ts
 * after a deliberate change, and review the diff.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoCrash, runHaalbaar as haalbaar, PROJECT_ROOT } from '../support/cli-process.ts';
import { expectGolden } from '../support/golden.ts';

const EXAMPLE = 'examples/vendors-invoice-entry.yaml';
const fixtures = join(PROJECT_ROOT, 'test/fixtures/vendors');
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'haalbaar-vendors-cli-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

type Output = {
  comparison: {
    selectedId: string | null;
    rows: {
      vendorId: string;
      failedGates: number;
      openGates: number;
      score: number;
      switchingCost: { likely: number };
    }[];
  };
  claims: { id: string; status: string; measured?: number; flag?: { tag: string; question: string } }[];
};

describe('haalbaar vendors (golden files)', () => {
  const GOLDEN = [
    { name: 'invoice-entry.nl.txt', args: [] },
    { name: 'invoice-entry.en.txt', args: ['--lang', 'en'] },
  ];

  it.concurrent.each(GOLDEN)('$name', async ({ name, args }) => {
    const run = await haalbaar(['vendors', EXAMPLE, ...args]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expectGolden(run.stdout, join(fixtures, name));
  });
});

describe('haalbaar vendors', () => {
  it.concurrent('ranks failed gates last, selects the chosen vendor and settles the claims (JSON)', async () => {
    const run = await haalbaar(['vendors', EXAMPLE, '--json', '--lang', 'en']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Output;
    expect(out.comparison.rows.map((r) => [r.vendorId, r.failedGates])).toEqual([
      ['factuurmaat', 0],
      ['boekhulp', 0],
      ['autoboek', 3],
    ]);
    expect(out.comparison.selectedId).toBe('factuurmaat');
    expect(out.claims.map((c) => c.status)).toEqual(['refuted', 'unverified', 'unverified', 'unverified']);
    expect(out.claims[0]?.measured).toBe(3.2);
    expect(out.claims[1]?.flag?.tag).toBe('totalAutomation');
    // Messages come rendered, not as keys.
    expect(out.claims[1]?.flag?.question).toContain('volledig automatisch');
  });

  it.concurrent('writes the comparison workbook with --xlsx', async () => {
    const file = join(work, 'vergelijking.xlsx');
    const run = await haalbaar(['vendors', EXAMPLE, '--xlsx', file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Vergelijking', 'Claims', 'Contractchecklist']);
    expect(wb.getWorksheet('Vergelijking')?.getCell('C3').value).toBe('Factuurmaat BV');
  });

  it.concurrent('lists every problem of an invalid file with its path, exit 2', async () => {
    const file = join(work, 'invalid.yaml');
    writeFileSync(
      file,
      [
        'vendors:',
        '  - name: A',
        '    answers:',
        '      openExport: { value: maybe }',
        '      colour: { value: yes }',
        '    switching: { migration: { low: 9, likely: 1, high: 2 } }',
        '  - name: ""',
        'weights: { integration: 9 }',
        'extra: 1',
        'claims:',
        '  - { text: x, date: 2026-01-01, vendor: Nobody }',
      ].join('\n'),
    );
    const run = await haalbaar(['vendors', file, '--lang', 'en']);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    for (const path of [
      'vendors[0].answers.openExport.value',
      'vendors[0].answers',
      'vendors[0].switching.migration',
      'vendors[1].name',
      'weights.integration',
      'extra',
    ])
      expect(run.stderr).toContain(`  ${path}`);
  });

  it.concurrent('names a claim for an unknown vendor once the file is otherwise valid', async () => {
    const file = join(work, 'unknown-vendor.yaml');
    writeFileSync(
      file,
      'vendors:\n  - name: A\nclaims:\n  - { text: x, date: 2026-01-01, vendor: Nobody }\n',
    );
    const run = await haalbaar(['vendors', file, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("claims[0].vendor: no vendor has the id or name 'Nobody'");
  });

  it.concurrent('refuses a missing file, a folder, YAML syntax errors and an unknown language', async () => {
    const missing = await haalbaar(['vendors', join(work, 'nope.yaml'), '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('file not found');
    const folder = await haalbaar(['vendors', work, '--lang', 'en']);
    expect(folder.stderr).toContain('is a folder; give the vendors file itself');
    const broken = join(work, 'broken.yaml');
    writeFileSync(broken, 'vendors: [\n');
    const syntax = await haalbaar(['vendors', broken]);
    expect(syntax.code).toBe(2);
    expectNoCrash(syntax);
    const lang = await haalbaar(['vendors', EXAMPLE, '--lang', 'de']);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain("'de'");
  });
});
