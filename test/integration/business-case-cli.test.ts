import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type BusinessCaseCliOptions, runBusinessCaseCommand } from '../../src/cli/commands/business-case.ts';
import { expectGolden } from '../support/golden.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'business-case');
const invoice = join(fixtures, 'invoice.yaml');

/** Runs the command in-process with captured output. */
async function run(file: string, flags: BusinessCaseCliOptions, envLang?: string) {
  let out = '';
  let err = '';
  const written = new Map<string, Buffer>();
  const code = await runBusinessCaseCommand({
    file,
    flags,
    io: {
      readText: async (path) => readFileSync(path, 'utf8'),
      writeBinary: async (path, data) => {
        written.set(path, data);
      },
      out: (s) => {
        out += s;
      },
      err: (s) => {
        err += s;
      },
      envLang,
    },
  });
  return { code, out, err, written };
}

/** Compares with a golden file in the fixtures; a missing one fails, `npm run golden` rewrites them. */
const expectFixtureGolden = (actual: string, name: string) => expectGolden(actual, join(fixtures, name));

describe('haalbaar business-case (golden files)', () => {
  it('prints the invoice example as Dutch Markdown: €780 a week of labour, €450 of errors, the yearly figures', async () => {
    const r = await run(invoice, { md: true });
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('| Arbeid: 15 uur × € 52 per uur | € 780 | € 40.560 |');
    expect(r.out).toContain('| Fouten: 200 per week × 3% fout × € 75 per fout | € 450 | € 23.400 |');
    expect(r.out).toContain('| Totaal | € 1.230 | € 63.960 |');
    expect(r.out).toContain('Aantal simulaties: 10.000.');
    expect(r.out).toContain('PERT');
    expectFixtureGolden(r.out, 'invoice.nl.md.golden');
  });

  it('prints the invoice example as English terminal text', async () => {
    const r = await run(invoice, { lang: 'en' });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Labour: 15 h a week × €52 an hour\s+€780\s+€40,560/);
    expectFixtureGolden(r.out, 'invoice.en.txt');
  });

  it('prints JSON with raw numbers, rendered findings and a histogram, without the per-run samples', async () => {
    const r = await run(invoice, { json: true, runs: '5000', seed: '7' });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc).toMatchObject({ schemaVersion: 1, runs: 5000, seed: 7, distribution: 'pert', locale: 'nl' });
    expect(doc.statusQuo.breakdown.labourPerWeek).toBe(780);
    expect(doc.samples).toBeUndefined();
    expect(doc.npvHistogram.bins).toHaveLength(20);
    expect(doc.findings.map((f: { id: string }) => f.id)).toEqual([
      'businessCase.automationGap',
      'businessCase.timeToValueGap',
    ]);
    expect(doc.findings[0].factor).toBe('expectations');
    expectFixtureGolden(r.out, 'invoice.nl.json.golden');
  });

  it('gives the same output for the same seed and a different one for another seed', async () => {
    const a = await run(invoice, { json: true, runs: '2000', seed: '5' });
    const b = await run(invoice, { json: true, runs: '2000', seed: '5' });
    const c = await run(invoice, { json: true, runs: '2000', seed: '6' });
    expect(b.out).toBe(a.out);
    expect(c.out).not.toBe(a.out);
  });

  it('follows HAALBAAR_LANG when there is no --lang', async () => {
    const r = await run(invoice, { md: true, runs: '100' }, 'en');
    expect(r.out).toContain('# Business case: Factuurinvoer automatiseren');
  });

  it('writes the XLSX when asked and says so on stderr', async () => {
    const r = await run(invoice, { md: true, runs: '100', xlsx: '/virtual/out.xlsx' });
    expect(r.code).toBe(0);
    expect(r.written.get('/virtual/out.xlsx')?.subarray(0, 2).toString()).toBe('PK');
    expect(r.err).toContain('/virtual/out.xlsx');
  });
});

describe('haalbaar business-case (invalid input)', () => {
  it('lists every problem of an invalid file and exits 2', async () => {
    const r = await run(join(fixtures, 'invalid.yaml'), {});
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expectFixtureGolden(r.err.replace(fixtures, '<fixtures>'), 'invalid.nl.stderr.txt');
  });

  it('rejects bad flags together, in the chosen language', async () => {
    const r = await run(invoice, { runs: '0', seed: '-1', json: true, md: true, lang: 'en' });
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual([
      "haalbaar business-case: --runs must be a whole number from 1 to 1,000,000, not '0'",
      "haalbaar business-case: --seed must be a whole number of 0 or more, not '-1'",
      'haalbaar business-case: choose --json or --md, not both',
    ]);
  });

  it('names a missing file instead of throwing', async () => {
    const r = await run(join(fixtures, 'does-not-exist.yaml'), { lang: 'en' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('does not exist');
  });

  it('as a real process: exit code 2, every problem listed, never a stack trace', () => {
    const p = spawnSync(
      process.execPath,
      [join(root, 'bin', 'haalbaar'), 'business-case', join(fixtures, 'invalid.yaml')],
      {
        encoding: 'utf8',
        env: { ...process.env, HAALBAAR_LANG: 'nl' },
        timeout: 60_000,
      },
    );
    expect(p.status).toBe(2);
    expect(p.stdout).toBe('');
    expect(p.stderr).toContain('problem.hoursPerWeek');
    expect(p.stderr).toContain('businessCase.timeReduction');
    expect(p.stderr).not.toMatch(/\n\s+at /);
  });

  it('as a real process: prints the golden Markdown', () => {
    const p = spawnSync(process.execPath, [join(root, 'bin', 'haalbaar'), 'business-case', invoice, '--md'], {
      encoding: 'utf8',
      env: { ...process.env, HAALBAAR_LANG: '' },
      timeout: 60_000,
    });
    expect(p.status).toBe(0);
    expectFixtureGolden(p.stdout, 'invoice.nl.md.golden');
  });
});
