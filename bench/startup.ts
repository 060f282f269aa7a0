/**
 * `npm run bench:startup`: how long the server takes from `node …` to answering /api/health, and how
 * long the CLI takes for `--version`, run compiled (dist/, what `npm start` runs) and from the
 * TypeScript sources through tsx (what ran before there was a build). Median of `--runs` (default 5),
 * on one embedded database created beforehand (creating one takes far longer than starting).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

const variants = {
  compiled: [join(root, 'dist/haalbaar.js')],
  'tsx (sources)': ['--import', 'tsx', join(root, 'src/cli/main.ts')],
} as const;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function serverStart(args: readonly string[], dir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...args, 'serve', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, HAALBAAR_DATA_DIR: dir, HAALBAAR_DEMO: 'false', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return performance.now() - started;
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

function cliVersion(args: readonly string[]): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, [...args, '--version'], { cwd: root, stdio: 'ignore' });
  if (r.status !== 0) throw new Error('haalbaar --version failed');
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

spawnSync(process.execPath, [join(root, 'scripts/build-server.mjs'), '--quiet'], { stdio: 'inherit' });
const dir = mkdtempSync(join(tmpdir(), 'haalbaar-startup-'));
await serverStart(variants.compiled, dir);
console.log(`startup, median of ${runs} runs (ms)`);
console.log('variant          server → /api/health   haalbaar --version');
for (const [name, args] of Object.entries(variants)) {
  const server: number[] = [];
  const cli: number[] = [];
  for (let i = 0; i < runs; i++) {
    server.push(await serverStart(args, dir));
    cli.push(cliVersion(args));
  }
  console.log(
    `${name.padEnd(16)} ${String(Math.round(median(server))).padStart(20)} ${String(Math.round(median(cli))).padStart(20)}`,
  );
}
rmSync(dir, { recursive: true, force: true });
