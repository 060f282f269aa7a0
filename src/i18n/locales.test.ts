import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from './resources.ts';

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const nl = flatten(resources.nl as unknown as Tree);
const en = flatten(resources.en as unknown as Tree);
const variables = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('has every Dutch key in English and every English key in Dutch', () => {
    expect(
      [...nl.keys()].filter((k) => !en.has(k)),
      'keys missing in en',
    ).toEqual([]);
    expect(
      [...en.keys()].filter((k) => !nl.has(k)),
      'keys missing in nl',
    ).toEqual([]);
  });

  it('has no empty texts', () => {
    expect([...nl].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
    expect([...en].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const mismatched = [...nl.keys()]
      .filter((k) => en.has(k))
      .filter((k) => JSON.stringify(variables(nl.get(k)!)) !== JSON.stringify(variables(en.get(k)!)));
    expect(mismatched).toEqual([]);
  });

  it('has a text for every literal key the web app uses', () => {
    const root = join(import.meta.dirname, '..', '..', 'web', 'src');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !name.endsWith('.test.ts')) files.push(path);
      }
    };
    walk(root);
    const missing: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) {
        const key = m[1]!;
        // Keys with a dynamic tail (t(`web.status.${s}`)) are template literals and not matched here.
        const known =
          nl.has(key) || nl.has(`${key}_other`) || [...nl.keys()].some((k) => k.startsWith(`${key}.`));
        if (!known) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
