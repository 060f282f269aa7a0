/**
 * `haalbaar assess` and `haalbaar schema` through the real CLI (./bin/haalbaar, spawned), plus fast
 * in-process checks of parseUseCaseText on the same malformed inputs.
 * Golden files live in test/fixtures/cli/; a missing one fails. Rewrite them with `npm run golden`
 * (UPDATE_GOLDEN=1) after a deliberate change, and review the diff.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUseCaseText } from '../../src/core/use-case/parse-use-case.ts';
import { expectNoCrash, runHaalbaar as haalbaar, PROJECT_ROOT } from '../support/cli-process.ts';
import { expectGolden } from '../support/golden.ts';

const root = PROJECT_ROOT;
const goldenDir = join(root, 'test/fixtures/cli');
let work: string;

function write(name: string, content: string | Buffer): string {
  const path = join(work, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
].join('\n');

/** Malformed use-case files: name, file name, content, and what the (Dutch) message must say. */
const MALFORMED: Array<{ name: string; file: string; content: () => string | Buffer; message: RegExp }> = [
  {
    name: 'bad YAML syntax',
    file: 'syntax.yaml',
    content: () => 'title: [niet gesloten\n',
    message: /geen geldige YAML/,
  },
  {
    name: 'unclosed JSON',
    file: 'syntax.json',
    content: () => '{"title": "x"',
    message: /geen geldige YAML of JSON/,
  },
  {
    name: 'unknown top-level key',
    file: 'unknown.yaml',
    content: () => 'titel: Facturen\n',
    message: /titel: onbekend veld 'titel'/,
  },
  {
    name: 'unknown nested key',
    file: 'nested.yaml',
    content: () => 'problem:\n  hoursperweek: 15\n',
    message: /problem\.hoursperweek: onbekend veld/,
  },
  {
    name: 'wrong type',
    file: 'type.yaml',
    content: () => 'problem:\n  hoursPerWeek: "veel"\n',
    message: /problem\.hoursPerWeek: verwacht een getal, maar dit is tekst/,
  },
  {
    name: 'fraction above 1',
    file: 'fraction.yaml',
    content: () => 'problem:\n  errorRate: 3\n',
    message: /problem\.errorRate: waarde is te groot: maximaal 1/,
  },
  {
    name: 'negative hours',
    file: 'negative.yaml',
    content: () => 'problem:\n  hoursPerWeek: -15\n',
    message: /problem\.hoursPerWeek: waarde is te klein: minimaal 0/,
  },
  { name: 'empty file', file: 'empty.yaml', content: () => '', message: /het bestand is leeg/ },
  {
    name: 'only whitespace',
    file: 'blank.yaml',
    content: () => '  \n\n\t\n',
    message: /het bestand is leeg/,
  },
  {
    name: '50 MB file',
    file: 'huge.yaml',
    content: () => Buffer.alloc(50 * 1024 * 1024, 'a'),
    message: /te groot/,
  },
  {
    name: 'over a million characters',
    file: 'long.yaml',
    content: () => `title: x\n${'# opmerking\n'.repeat(100_000)}`,
    message: /te groot/,
  },
  {
    name: 'binary file',
    file: 'image.yaml',
    content: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    message: /binair bestand/,
  },
  {
    name: 'not UTF-8',
    file: 'latin1.yaml',
    content: () => Buffer.from('title: caf\xe9\n', 'latin1'),
    message: /UTF-8/,
  },
  {
    name: 'duplicate keys',
    file: 'dup.yaml',
    content: () => 'title: a\ntitle: b\n',
    message: /unique|uniek/i,
  },
  { name: 'YAML anchors bomb', file: 'bomb.yaml', content: () => BOMB, message: /geen geldige YAML/ },
  {
    name: 'wrong schemaVersion',
    file: 'v2.yaml',
    content: () => 'schemaVersion: 2\ntitle: x\n',
    message: /schemaVersion 2 wordt niet ondersteund/,
  },
  {
    name: 'array at the root',
    file: 'array.yaml',
    content: () => '- title: a\n- title: b\n',
    message: /groep velden.*een lijst/,
  },
  {
    name: 'number at the root',
    file: 'number.yaml',
    content: () => '42\n',
    message: /groep velden.*een getal/,
  },
  { name: 'null document', file: 'null.yaml', content: () => '~\n', message: /groep velden.*leeg \(null\)/ },
  {
    name: 'unknown enum value',
    file: 'enum.yaml',
    content: () => 'problem:\n  origin: baas\n',
    message: /problem\.origin: verwacht een van: problem, directive/,
  },
  {
    name: 'range out of order',
    file: 'range.yaml',
    content: () => 'businessCase:\n  timeReduction: { low: 0.6, likely: 0.4, high: 0.2 }\n',
    message: /businessCase\.timeReduction: .*laag ≤ verwacht ≤ hoog/,
  },
  {
    name: 'several documents',
    file: 'multi.yaml',
    content: () => '---\ntitle: a\n---\ntitle: b\n',
    message: /multiple documents|meerdere/i,
  },
  {
    name: 'list expected',
    file: 'kpis.yaml',
    content: () => 'success:\n  kpis: uren\n',
    message: /success\.kpis: verwacht een lijst/,
  },
  {
    name: 'text too long',
    file: 'statement.yaml',
    content: () => `problem:\n  statement: "${'a'.repeat(20_001)}"\n`,
    message: /problem\.statement: te lang \(maximaal 20\.000 tekens\)/,
  },
  {
    name: 'deep nesting',
    file: 'deep.yaml',
    content: () => `title: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
    message: /geen geldig use-case-bestand/,
  },
];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'haalbaar-cli-assess-'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('parseUseCaseText on malformed input (in process)', () => {
  it.each(MALFORMED.filter((m) => !['50 MB file', 'not UTF-8'].includes(m.name)))(
    '$name is rejected',
    ({ content }) => {
      const value = content();
      const parsed = parseUseCaseText(typeof value === 'string' ? value : value.toString('utf8'));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.error.length).toBeGreaterThan(0);
        for (const p of parsed.error) {
          expect(p.path).not.toBe('');
          expect(p.message.key).toMatch(/^input\./);
        }
      }
    },
  );

  it('lists every problem, not only the first', () => {
    const parsed = parseUseCaseText('titel: x\nproblem: { hoursPerWeek: -1, errorRate: 2, foo: 1 }\n');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error.map((p) => p.path).sort()).toEqual([
        'problem.errorRate',
        'problem.foo',
        'problem.hoursPerWeek',
        'titel',
      ]);
  });
});

describe('haalbaar assess: invalid input exits 2 with a clear message', () => {
  it.concurrent.each(MALFORMED)('$name', async ({ file, content, message }) => {
    const path = write(`malformed/${file}`, content());
    const run = await haalbaar(['assess', path]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expectNoCrash(run);
  });

  it.concurrent('a missing file', async () => {
    const run = await haalbaar(['assess', join(work, 'bestaat-niet.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bestand niet gevonden: .*bestaat-niet\.yaml/);
    expectNoCrash(run);
  });

  it.concurrent('a directory', async () => {
    mkdirSync(join(work, 'map.yaml'), { recursive: true });
    const run = await haalbaar(['assess', join(work, 'map.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is een map/);
  });

  it.concurrent('a file with another extension', async () => {
    const run = await haalbaar(['assess', write('notities.txt', 'title: x\n')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/onbekende extensie; gebruik \.yaml, \.yml of \.json/);
  });

  it.concurrent('every problem is listed with its path, in English with --lang en', async () => {
    const path = write(
      'many.yaml',
      'titel: x\nproblem: { hoursPerWeek: -1, errorRate: 2 }\norganisation: { employees: "veel" }\n',
    );
    const run = await haalbaar(['assess', path, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a valid use-case file');
    for (const path of [
      'titel: unknown field',
      'problem.hoursPerWeek:',
      'problem.errorRate:',
      'organisation.employees:',
    ]) {
      expect(run.stderr).toContain(path);
    }
  });

  it.concurrent('a data file that does not exist', async () => {
    const path = write('with-files/case.yaml', 'title: x\ndata:\n  files: [ontbreekt.csv, ook-weg.xlsx]\n');
    const run = await haalbaar(['assess', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/data\.files\[0\]: bestand niet gevonden: ontbreekt\.csv/);
    expect(run.stderr).toMatch(/data\.files\[1\]: bestand niet gevonden: ook-weg\.xlsx/);
  });

  it.concurrent('an unknown language', async () => {
    const run = await haalbaar(['assess', join(root, 'examples/invoice-entry.yaml'), '--lang', 'fr']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--lang moet nl of en zijn/);
  });

  it.concurrent('two output formats at once', async () => {
    const run = await haalbaar(['assess', join(root, 'examples/invoice-entry.yaml'), '--json', '--html']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/kies één uitvoer/);
  });
});

describe('haalbaar assess: output', () => {
  it.concurrent('exits 0 whatever the verdict, with a terminal summary in Dutch by default', async () => {
    const ready = await haalbaar(['assess', join(root, 'examples/invoice-entry.yaml')]);
    const rethink = await haalbaar(['assess', join(root, 'examples/cases/innovatiever-worden.yaml')]);
    expect(ready.code).toBe(0);
    expect(ready.stdout).toContain('Oordeel: KLAAR VOOR EEN PILOT');
    expect(ready.stdout).toContain('€ 68.640');
    expect(rethink.code).toBe(0);
    expect(rethink.stdout).toContain('Oordeel: HEROVERWEGEN');
  });

  it.concurrent('HAALBAAR_LANG picks the language when --lang is absent', async () => {
    const run = await haalbaar(['assess', join(root, 'examples/invoice-entry.yaml')], {
      HAALBAAR_LANG: 'en',
    });
    expect(run.stdout).toContain('Verdict: READY FOR A PILOT');
  });

  it.concurrent('--html prints one standalone page', async () => {
    const run = await haalbaar([
      'assess',
      join(root, 'examples/cases/webshop-support-chatbot.yaml'),
      '--html',
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(run.stdout).toContain('Promise that it fully replaces people');
    expect(run.stdout).not.toMatch(/<script|\bsrc=|\bhref=/);
  });

  it.concurrent('profiles data.files relative to the use-case file and uses them as evidence', async () => {
    const rows = ['tijdstip;temperatuur;email'];
    let t = Date.UTC(2025, 0, 1);
    for (let i = 0; i < 300; i++) {
      t += (i % 7 === 0 ? 96 : 8) * 3600_000;
      const d = new Date(t);
      const stamp = `${String(d.getUTCDate()).padStart(2, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${d.getUTCFullYear()} ${String(d.getUTCHours()).padStart(2, '0')}:00`;
      rows.push(`${stamp};${i % 5 === 0 ? '' : (60 + (i % 30)).toString()};medewerker${i}@voorbeeld.nl`);
    }
    write('profiled/exports/sensoren.csv', `${rows.join('\n')}\n`);
    const path = write(
      'profiled/case.yaml',
      'title: Onderhoud\nproblem: { process: onderhoud, hoursPerWeek: 6, hourlyCost: 900 }\ndata:\n  files: [exports/sensoren.csv]\n',
    );
    const run = await haalbaar(['assess', path, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Profileren van exports/sensoren.csv');
    const result = JSON.parse(run.stdout) as {
      factors: Array<{ id: string; findings: Array<{ id: string; title: string; evidence: string }> }>;
    };
    const data = result.factors.find((f) => f.id === 'data');
    const fromProfile = data?.findings.filter((f) => f.id.startsWith('data.profile.')) ?? [];
    expect(fromProfile.length).toBeGreaterThan(0);
    expect(fromProfile.some((f) => f.evidence.includes('sensoren.csv'))).toBe(true);
    expect(fromProfile.some((f) => f.id.startsWith('data.profile.personalData'))).toBe(true);
  });
});

describe('haalbaar assess: golden files', () => {
  const GOLDEN: Array<{ name: string; file: string; args: string[] }> = [
    { name: 'invoice-entry.nl.md', file: 'examples/invoice-entry.yaml', args: ['--md'] },
    { name: 'invoice-entry.nl.json', file: 'examples/invoice-entry.yaml', args: ['--json'] },
    { name: 'invoice-entry.nl.txt', file: 'examples/invoice-entry.yaml', args: [] },
    { name: 'innovatiever-worden.nl.md', file: 'examples/cases/innovatiever-worden.yaml', args: ['--md'] },
    {
      name: 'webshop-support-chatbot.en.json',
      file: 'examples/cases/webshop-support-chatbot.yaml',
      args: ['--json', '--lang', 'en'],
    },
    {
      name: 'installatiebedrijf-planning.en.md',
      file: 'examples/cases/installatiebedrijf-planning.yaml',
      args: ['--md', '--lang', 'en'],
    },
  ];

  // A fixed day: which obligations already apply depends on it (`--as-of`).
  it.concurrent.each(GOLDEN)('$name', async ({ name, file, args }) => {
    const run = await haalbaar(['assess', join(root, file), ...args, '--as-of', '2026-12-03']);
    expect(run.code).toBe(0);
    expectGolden(run.stdout, join(goldenDir, name));
  });
});

describe('haalbaar schema', () => {
  it.concurrent('prints the use-case JSON Schema', async () => {
    const run = await haalbaar(['schema', 'use-case']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as {
      title: string;
      additionalProperties: boolean;
      properties: Record<string, unknown>;
    };
    expect(schema.title).toContain('use case');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['problem', 'expectations', 'data', 'people', 'partner', 'success']),
    );
  });

  it.concurrent('an unknown schema exits 2', async () => {
    const run = await haalbaar(['schema', 'factuur']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/onbekend schema 'factuur'; beschikbaar: use-case/);
  });
});
