/**
 * Files built to hurt the reader: deep JSON nesting that overflows a native parser's stack, a
 * header with hundreds of thousands of columns, a profile that runs past its time limit. The file
 * fails with our own message; the process that asked for the profile lives on.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureJsonDepth } from './measure-json-depth.ts';
import { MAX_COLUMNS, profileFile } from './profile-file.ts';
import { profileInChild } from './profile-in-child.ts';

const dir = mkdtempSync(join(tmpdir(), 'haalbaar-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const fixtures = join(import.meta.dirname, '../../test/fixtures/data');
const limits = { heapMb: 512, timeoutMs: 120_000 };

describe('JSON nesting', () => {
  const nested = write('nested.json', `${'['.repeat(50_000)}${']'.repeat(50_000)}`);

  it('measures depth outside strings only', async () => {
    expect(await measureJsonDepth(write('flat.json', '[{"a":"[[[[","b":[1,2]},{"c":{"d":1}}]'))).toBe(3);
    expect(await measureJsonDepth(write('escaped.json', '[{"a":"\\\\\\"[[["}]'))).toBe(2);
  });

  it('refuses 50 000 levels before any parser sees them', async () => {
    const r = await profileFile(nested);
    expect(!r.ok && r.error.code).toBe('JSON_TOO_DEEP');
  });

  it('a crash of the native reader costs the child process, not the caller', async () => {
    // With the depth guard lifted DuckDB overflows its stack and the child dies of SIGSEGV.
    const r = await profileInChild(nested, { maxJsonDepth: 1_000_000 }, limits);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('CRASHED');
      expect(r.error.reference).toMatch(/^[0-9a-f]{8}$/);
      expect(r.error.message.params?.['reference']).toBe(r.error.reference);
      expect(r.error.cause).toContain('SIGSEGV');
    }
    // This process is still here, and the next profile works.
    const next = await profileInChild(join(fixtures, 'bad/ragged.csv'), {}, limits);
    expect(next.ok).toBe(true);
  });
});

describe('limits of the profiling process', () => {
  it('a very wide header is refused with the count, not an engine message', async () => {
    const names = Array.from({ length: 300_000 }, (_, i) => `c${i}`);
    const path = write('wide.csv', `${names.join(',')}\n${names.map(() => '1').join(',')}\n`);
    const r = await profileFile(path);
    expect(!r.ok && r.error.code).toBe('TOO_MANY_COLUMNS');
    expect(!r.ok && Number(r.error.message.params?.['columns'])).toBeGreaterThan(MAX_COLUMNS);
  });

  it('a profile past its time limit is stopped and says so', async () => {
    const r = await profileInChild(join(fixtures, 'ai4i2020.csv'), {}, { heapMb: 512, timeoutMs: 1 });
    expect(!r.ok && r.error.code).toBe('TIMED_OUT');
  });

  it('progress crosses the process boundary and the profile comes back whole', async () => {
    const seen: number[] = [];
    const r = await profileInChild(
      join(fixtures, 'ai4i2020.csv'),
      { targetColumn: 'Machine failure', onProgress: (f) => seen.push(f) },
      limits,
    );
    expect(r.ok && r.value.labels?.column).toBe('Machine failure');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= seen[i - 1]!))).toBe(true);
  });
});
