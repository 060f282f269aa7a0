/**
 * What a first visit downloads from the built web app (web/dist): the entry script and the chunks
 * index.html preloads with it, raw, gzip and brotli (the precompressed files the server sends),
 * and the chunks that load later, per page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** The first download's JavaScript must stay under this, gzip-compressed (issue 14). */
export const INITIAL_JS_BUDGET_GZIP_BYTES = 250 * 1024;

export type AssetSize = { file: string; rawBytes: number; gzipBytes: number; brotliBytes: number };
export type BundleSizes = {
  initial: AssetSize[];
  lazy: AssetSize[];
  css: AssetSize[];
  initialTotal: Omit<AssetSize, 'file'>;
  /** Source maps in the build (they would be public): should be none. */
  sourceMaps: string[];
};

/** Size of one built file; the compressed sizes are those of the files beside it when the build wrote them. */
function sizeOf(dist: string, file: string): AssetSize {
  const path = join(dist, file);
  const raw = readFileSync(path);
  const compressed = (ext: string, make: () => Buffer) =>
    existsSync(`${path}.${ext}`) ? readFileSync(`${path}.${ext}`).length : make().length;
  return {
    file,
    rawBytes: raw.length,
    gzipBytes: compressed('gz', () => gzipSync(raw, { level: 9 })),
    brotliBytes: compressed('br', () => brotliCompressSync(raw)),
  };
}

/** Measures the build in `dist` (default web/dist). Throws when there is no build. */
export function measureBundle(dist = join(import.meta.dirname, '..', 'web', 'dist')): BundleSizes {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const referenced = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!.replace(/^\//, ''));
  const initialFiles = [
    ...referenced(/<script[^>]+src="([^"]+\.js)"/g),
    ...referenced(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ];
  const assets = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
  const initial = initialFiles.map((f) => sizeOf(dist, f));
  const lazy = assets
    .filter((f) => f.endsWith('.js') && !initialFiles.includes(f))
    .map((f) => sizeOf(dist, f))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const css = assets.filter((f) => f.endsWith('.css')).map((f) => sizeOf(dist, f));
  const sum = (k: keyof Omit<AssetSize, 'file'>) => initial.reduce((n, a) => n + a[k], 0);
  return {
    initial,
    lazy,
    css,
    initialTotal: { rawBytes: sum('rawBytes'), gzipBytes: sum('gzipBytes'), brotliBytes: sum('brotliBytes') },
    sourceMaps: assets.filter((f) => f.endsWith('.map')),
  };
}
