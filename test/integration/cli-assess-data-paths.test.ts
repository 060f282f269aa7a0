/**
 * `haalbaar assess` reads `data.files` from a use-case file that may come from anyone: only files in
 * the use-case file's folder (or below it), after resolving symbolic links, unless --allow-outside.
 * Through the real CLI (./bin/haalbaar, spawned).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHaalbaar as haalbaar } from '../support/cli-process.ts';

let work: string;

function write(name: string, content: string): string {
  const path = join(work, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** A use-case file in its own folder listing the given data files. */
function useCase(folder: string, files: string[]): string {
  return write(`${folder}/case.yaml`, `title: Paden\ndata:\n  files: ${JSON.stringify(files)}\n`);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'haalbaar-assess-paths-'));
  write('geheim.csv', 'naam;salaris\nAnna;4000\nBram;4200\n');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('haalbaar assess: data.files stay inside the folder of the use-case file', () => {
  it.concurrent('refuses a ../ path, names it and the flag, and reads nothing', async () => {
    const run = await haalbaar(['assess', useCase('dotdot', ['../geheim.csv'])]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /data\.files\[0\]: \.\.\/geheim\.csv ligt buiten de map van het use-case-bestand.*--allow-outside/,
    );
    expect(run.stderr).not.toContain('Profileren');
    expect(run.stdout).toBe('');
  });

  it.concurrent('refuses an absolute path, in English with --lang en', async () => {
    const absolute = join(work, 'geheim.csv');
    const run = await haalbaar(['assess', useCase('absolute', [absolute]), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`data.files[0]: ${absolute} lies outside the folder of the use-case file`);
    expect(run.stderr).toContain('run again with --allow-outside');
  });

  it.concurrent('refuses a symbolic link inside the folder that points outside it', async () => {
    const path = useCase('linked', ['export.csv']);
    symlinkSync(join(work, 'geheim.csv'), join(work, 'linked/export.csv'));
    const run = await haalbaar(['assess', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/data\.files\[0\]: export\.csv ligt buiten de map/);
    expect(run.stderr).not.toContain('Profileren');
  });

  it.concurrent('refuses a path through a linked folder, and lists every refused file', async () => {
    const path = useCase('linked-dir', ['buiten/geheim.csv', '../../etc/passwd']);
    symlinkSync(work, join(work, 'linked-dir/buiten'));
    const run = await haalbaar(['assess', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/data\.files\[0\]: buiten\/geheim\.csv ligt buiten de map/);
    expect(run.stderr).toMatch(/data\.files\[1\]: \.\.\/\.\.\/etc\/passwd ligt buiten de map/);
  });

  it.concurrent('still says "not found" for a missing file inside the folder', async () => {
    const run = await haalbaar(['assess', useCase('missing', ['weg.csv'])]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/data\.files\[0\]: bestand niet gevonden: weg\.csv/);
  });

  it.concurrent('reads a file outside the folder with --allow-outside', async () => {
    const run = await haalbaar([
      'assess',
      useCase('trusted', ['../geheim.csv']),
      '--allow-outside',
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Profileren van ../geheim.csv');
  });

  it.concurrent('lists --allow-outside in the help, in Dutch and in English', async () => {
    const nl = await haalbaar(['assess', '--help']);
    expect(nl.stdout).toMatch(/--allow-outside\s+lees ook data\.files buiten de map/);
    const en = await haalbaar(['assess', '--help'], { HAALBAAR_LANG: 'en' });
    expect(en.stdout).toMatch(/--allow-outside\s+also read data\.files outside the folder/);
  });
});
