import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder that holds package.json, examples/ and web/dist: two levels above this file when it
 * runs from the TypeScript sources (src/server), one level when it runs compiled (dist/).
 */
export const PROJECT_ROOT = findProjectRoot(import.meta.dirname);

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'examples'))) return dir;
    if (dirname(dir) === dir) return join(start, '..', '..');
  }
}
