/**
 * `haalbaar profile` through the real CLI (./bin/haalbaar, spawned): files that used to crash the
 * command (a segfault of the data engine on deep JSON) now fail with a sentence and exit code 2, and
 * the files after them are still profiled.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runHaalbaar as haalbaar } from '../support/cli-process.ts';

const work = mkdtempSync(join(tmpdir(), 'haalbaar-cli-profile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('haalbaar profile', () => {
  it('refuses deeply nested JSON with a sentence, and goes on with the next file', async () => {
    const nested = join(work, 'genest.json');
    writeFileSync(nested, `${'['.repeat(50_000)}${']'.repeat(50_000)}`);
    const run = await haalbaar([
      'profile',
      nested,
      'test/fixtures/data/bad/ragged.csv',
      '--json',
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('genest.json nests more than 64 levels deep');
    expect(run.stderr).not.toMatch(/Segmentation|\n\s+at /);
    const profile = JSON.parse(run.stdout) as { file: string; dataset: { rows: number } };
    expect(profile).toMatchObject({ file: 'ragged.csv', dataset: { rows: 5 } });
  });

  it('refuses a workbook whose parts lie about their size', async () => {
    const run = await haalbaar(['profile', 'test/fixtures/data/bad/false-sizes.xlsx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('xl/sharedStrings.xml');
  });
});
