import { defineConfig } from 'vitest/config';

/**
 * Three projects, run separately by scripts/test.sh:
 * - unit: pure tests next to the code (`*.test.ts`), no I/O beyond reading fixtures.
 * - integration: real PGlite / PostgreSQL / DuckDB / HTTP (`*.integration.test.ts`, `test/**`).
 * - e2e: a real browser against the real server (`test/e2e/**`).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: ['**/*.integration.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.integration.test.ts', 'test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
