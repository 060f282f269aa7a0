/**
 * How the built web app is served: hashed assets cached for a year and sent precompressed,
 * index.html (also as the answer for client-side routes) always revalidated, a missing asset a 404
 * instead of index.html, and no source maps. Runs on a small stand-in build, not on web/dist.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, isHashedAsset } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { Store } from '../../src/store/store.ts';
import { freshStore, testEngines } from '../support/databases.ts';

const ENTRY = 'assets/index-C6ReoHXn.js';
const SCRIPT = `console.log(${JSON.stringify('haalbaar '.repeat(400))});\n`;

function standInBuild(): string {
  const root = mkdtempSync(join(tmpdir(), 'haalbaar-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), `<!doctype html><script type="module" src="/${ENTRY}"></script>`);
  writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, ENTRY), SCRIPT);
  writeFileSync(join(root, `${ENTRY}.gz`), gzipSync(SCRIPT));
  writeFileSync(join(root, `${ENTRY}.br`), brotliCompressSync(SCRIPT));
  return root;
}

describe('isHashedAsset', () => {
  it('knows Vite’s hashed file names, also their precompressed variants', () => {
    expect(isHashedAsset('/srv/web/dist/assets/index-C6ReoHXn.js')).toBe(true);
    expect(isHashedAsset('/srv/web/dist/assets/business-case.worker-gVF4QT-O.js.br')).toBe(true);
    expect(isHashedAsset('/srv/web/dist/assets/index-I5Ghzt7C.css.gz')).toBe(true);
    expect(isHashedAsset('/srv/web/dist/index.html')).toBe(false);
    expect(isHashedAsset('/srv/web/dist/favicon.svg')).toBe(false);
  });
});

describe.each(testEngines().slice(0, 1))('web app serving on $name', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  const webRoot = standInBuild();

  beforeAll(async () => {
    store = await freshStore(engine);
    const loaded = loadConfig({ HAALBAAR_DEMO: 'false' }, { webRoot });
    if (!loaded.ok) throw new Error(loaded.problems.join('; '));
    app = await buildApp({ store, config: loaded.config, runJobs: false });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('sends hashed assets brotli- or gzip-compressed, cached for a year', async () => {
    const br = await app.inject({ url: `/${ENTRY}`, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.rawPayload.length).toBeLessThan(SCRIPT.length / 5);

    const gz = await app.inject({ url: `/${ENTRY}`, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const plain = await app.inject({ url: `/${ENTRY}` });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('asks browsers to revalidate index.html, also when it answers a client-side route', async () => {
    for (const url of ['/', '/o/3f0c8a9e-8d6b-4b8e-9a53-1c2d3e4f5a6b/settings', '/favicon.svg']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('answers a missing asset with 404, not with index.html', async () => {
    const res = await app.inject({ url: '/assets/index-OldChunk.js' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/json/);
  });
});
