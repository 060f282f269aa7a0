/**
 * `npm run bench:bundle`: builds nothing, measures web/dist (run `npm run build:web` first) and
 * prints what a first visit downloads, against the budget. Exits 1 over budget or with source maps.
 */
import { INITIAL_JS_BUDGET_GZIP_BYTES, measureBundle } from './bundle-size.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
const sizes = measureBundle();
const row = (a: { file: string; rawBytes: number; gzipBytes: number; brotliBytes: number }) =>
  `${kb(a.rawBytes)} ${kb(a.gzipBytes)} ${kb(a.brotliBytes)}  ${a.file}`;

console.log(`${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
console.log('initial JavaScript (entry + modulepreload):');
for (const a of sizes.initial) console.log(row(a));
console.log(row({ file: 'total initial JavaScript', ...sizes.initialTotal }));
console.log('stylesheet:');
for (const a of sizes.css) console.log(row(a));
console.log('loaded later, per page:');
for (const a of sizes.lazy) console.log(row(a));
const gzip = sizes.initialTotal.gzipBytes;
const within = gzip <= INITIAL_JS_BUDGET_GZIP_BYTES;
console.log(
  `\ninitial JavaScript ${kb(gzip).trim()} gzip, budget ${kb(INITIAL_JS_BUDGET_GZIP_BYTES).trim()}: ${within ? 'within' : 'OVER BUDGET'}`,
);
if (sizes.sourceMaps.length > 0)
  console.log(`source maps in the build (public!): ${sizes.sourceMaps.join(', ')}`);
if (!within || sizes.sourceMaps.length > 0) process.exitCode = 1;
