import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { profileFile } from './profile-file.ts';

describe('non-finite numbers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'haalbaar-nan-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a "NaN" in a high-cardinality number column no longer makes the whole profile unreadable', async () => {
    const lines = ['id,waarde'];
    for (let i = 0; i < 60_000; i++)
      lines.push(`${i},${i === 17 ? 'NaN' : i === 18 ? 'inf' : (i * 1.37).toFixed(2)}`);
    const path = join(dir, 'nan.csv');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const result = await profileFile(path);
    if (!result.ok) throw new Error(`profile failed: ${JSON.stringify(result.error)}`);
    const column = result.value.columns.find((c) => c.name === 'waarde');
    expect(column?.type).toBe('decimal');
    expect(Number.isFinite(column?.mean)).toBe(true);
    expect(Number(column?.max)).toBeLessThan(100_000);
  });
});
