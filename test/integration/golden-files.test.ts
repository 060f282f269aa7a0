/** The golden-file helper: a golden is only ever written on purpose (`npm run golden`). */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectGolden } from '../support/golden.ts';

const dir = mkdtempSync(join(tmpdir(), 'haalbaar-golden-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('expectGolden', () => {
  it('a deleted golden file fails instead of being silently recreated', () => {
    const path = join(dir, 'missing.txt');
    expect(() => expectGolden('output', path, false)).toThrow(/is missing.*npm run golden/);
    expect(existsSync(path)).toBe(false);
  });

  it('writes the golden only when asked to update, then compares with it', () => {
    const path = join(dir, 'sub', 'written.txt');
    expectGolden('output\n', path, true);
    expect(readFileSync(path, 'utf8')).toBe('output\n');
    expectGolden('output\n', path, false);
    expect(() => expectGolden('other\n', path, false)).toThrow();
  });
});
