import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { expect } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Whether this run rewrites golden files: only when asked, with `UPDATE_GOLDEN=1` (`npm run golden`). */
export const isUpdatingGoldens = process.env.UPDATE_GOLDEN === '1';

/**
 * Compares output with a golden file. A missing golden fails (a deleted file must not pass by
 * being recreated); `update` (default: `UPDATE_GOLDEN=1`) writes the file first, on purpose.
 */
export function expectGolden(actual: string, path: string, update = isUpdatingGoldens): void {
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) {
    throw new Error(
      `golden file ${relative(ROOT, path)} is missing: check the output, then write it with \`npm run golden\``,
    );
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
