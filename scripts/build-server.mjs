// Compiles the server and CLI to JavaScript in dist/: `dist/haalbaar.js` (the CLI, which also serves
// the web app and API) and `dist/profile-child.js` (the process that profiles one data file).
// Dependencies stay in node_modules (DuckDB and PGlite ship native and WebAssembly files); our own
// code and its JSON (translations, package.json) are bundled. `npm ci` runs this through `prepare`.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist');
rmSync(outdir, { recursive: true, force: true });
const started = performance.now();
await build({
  absWorkingDir: root,
  entryPoints: { haalbaar: 'src/cli/main.ts', 'profile-child': 'src/profiler/profile-child.ts' },
  outdir,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  sourcemap: true,
  // Chunks keep the CLI's lazy imports lazy: `haalbaar assess` never loads the web server or DuckDB.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
});
if (!process.argv.includes('--quiet')) {
  console.log(
    `built dist/haalbaar.js and dist/profile-child.js in ${Math.round(performance.now() - started)} ms`,
  );
}
