/**
 * `haalbaar survey results` through the real CLI (./bin/haalbaar, spawned), on an exported round with
 * groups of 6, 4 and 2 responses and k = 5. Golden files live in test/fixtures/survey/; rewrite them
 * with UPDATE_GOLDEN=1 after a deliberate change, and review the diff.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoCrash, runHaalbaar as haalbaar, PROJECT_ROOT } from '../support/cli-process.ts';
import { expectGolden } from '../support/golden.ts';

const fixtures = join(PROJECT_ROOT, 'test/fixtures/survey');
const json = join(fixtures, 'round.json');
const csv = join(fixtures, 'round.csv');
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'haalbaar-survey-cli-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

type Figure = { mean: number; disagreeShare: number; agreeShare: number; answered: number } | null;
type Figures = { responses: number; elements: { id: string; figure: Figure }[] };
type Output = {
  responses: number | null;
  shown: boolean;
  k: number;
  overall: Figures | null;
  barrier: string | null;
  groups: { key: string; label: string | null; figures: Figures }[];
  hiddenGroups: number;
  openAnswers: { question: string; texts: string[] }[];
  notes: { key: string; text: string }[];
};

async function results(args: string[]): Promise<Output> {
  const run = await haalbaar(['survey', 'results', ...args, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Output;
}

describe('haalbaar survey results (golden files)', () => {
  const GOLDEN = [
    { name: 'round.nl.txt', file: json, args: [] },
    { name: 'round.en.txt', file: csv, args: ['--lang', 'en'] },
    { name: 'round.nl.json', file: json, args: ['--json'] },
  ];

  it.concurrent.each(GOLDEN)('$name', async ({ name, file, args }) => {
    // A path relative to the repository, so no golden file holds this machine's folder.
    const run = await haalbaar(['survey', 'results', file.slice(PROJECT_ROOT.length + 1), ...args]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expectGolden(run.stdout, join(fixtures, name));
  });
});

describe('haalbaar survey results (anonymity: groups of 6, 4 and 2, k = 5)', () => {
  it.concurrent('shows no group below k and none derivable from the total', async () => {
    const out = await results([json]);
    expect(out.responses).toBe(12);
    expect(out.groups.map((g) => [g.key, g.figures.responses])).toEqual([
      ['sales', 6],
      ['other', 6],
    ]);
    expect(out.groups.reduce((n, g) => n + g.figures.responses, 0)).toBe(out.responses);
    expect(out.hiddenGroups).toBe(2);
    for (const group of out.groups) {
      for (const e of group.figures.elements)
        if (e.figure) expect(e.figure.answered).toBeGreaterThanOrEqual(5);
    }
  });

  it.concurrent('never prints the free text of the groups of 4 and 2, in text or JSON, nl or en', async () => {
    const runs = await Promise.all([
      haalbaar(['survey', 'results', json]),
      haalbaar(['survey', 'results', csv, '--lang', 'en']),
      haalbaar(['survey', 'results', csv, '--json']),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(/Kantoor|Magazijn|office|warehouse/);
    }
    const out = JSON.parse(runs[2]?.stdout ?? '{}') as Output;
    expect(out.openAnswers.find((a) => a.question === 'helps')?.texts).toHaveLength(4);
    expect(out.openAnswers.find((a) => a.question === 'concerns')?.texts).toHaveLength(2);
  });

  it.concurrent('gives the same figures from the JSON and the CSV export', async () => {
    const [a, b] = await Promise.all([results([json]), results([csv])]);
    expect(b.overall).toEqual(a.overall);
    expect(b.groups).toEqual(a.groups);
    expect(b.barrier).toBe('awareness');
    expect(a.notes[0]?.text).toContain('Knelpunt: weten waarom (gemiddeld 2,5 op 5, 33% is het oneens)');
  });

  it.concurrent('--k raises k: with k = 7 no group and no free text is shown; --k never lowers it', async () => {
    const seven = await results([json, '--k', '7']);
    expect(seven.k).toBe(7);
    expect(seven.shown).toBe(true);
    expect(seven.groups).toEqual([]);
    expect(seven.openAnswers.flatMap((a) => a.texts)).toEqual([]);
    const three = await results([csv, '--k', '3']);
    expect(three.k).toBe(5);
  });

  it.concurrent('gives the count of a round below k but no figure and no text', async () => {
    const path = join(work, 'klein.csv');
    writeFileSync(path, '# k: 5\ngroup,awareness.1,helps\n,2,geheim\n,3,\n,1,geheim\n,4,\n');
    const run = await haalbaar(['survey', 'results', path]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('4 reacties');
    expect(run.stdout).toContain('Te weinig reacties');
    expect(run.stdout).not.toContain('geheim');
    const out = await results([path]);
    expect(out).toMatchObject({ responses: 4, shown: false, overall: null, groups: [], openAnswers: [] });
  });
});

describe('haalbaar survey results (invalid input: exit 2, every problem named)', () => {
  it.concurrent('names the line and column of a bad CSV answer', async () => {
    const path = join(work, 'kapot.csv');
    writeFileSync(path, 'group,awareness.1,trust\na,4,5\na,zes,3\n');
    const run = await haalbaar(['survey', 'results', path, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expectNoCrash(run);
    expect(run.stderr).toContain(`${path} is not a valid survey export:`);
    expect(run.stderr).toContain("awareness.1 (line 3): 'zes' is not an answer");
  });

  it.concurrent('names the field of a bad JSON export', async () => {
    const path = join(work, 'kapot.json');
    writeFileSync(
      path,
      JSON.stringify({
        format: 'haalbaar-survey-export',
        formatVersion: 1,
        title: 't',
        wave: 'end',
        k: 5,
        instrumentVersion: 1,
        groups: [],
        responses: [{ group: null, answers: { 'awareness.3': 4 }, open: {} }],
      }),
    );
    const run = await haalbaar(['survey', 'results', path]);
    expect(run.code).toBe(2);
    expectNoCrash(run);
    expect(run.stderr).toContain(
      "responses[0].answers.awareness.3: 'awareness.3' is geen vraag van deze vragenlijst",
    );
  });

  it.concurrent('refuses a missing file, a folder, a wrong extension, a bad --k and --lang', async () => {
    const text = join(work, 'export.txt');
    writeFileSync(text, 'x');
    const runs = await Promise.all([
      haalbaar(['survey', 'results', join(work, 'bestaat-niet.json'), '--lang', 'en']),
      haalbaar(['survey', 'results', work, '--lang', 'en']),
      haalbaar(['survey', 'results', text, '--lang', 'en']),
      haalbaar(['survey', 'results', json, '--k', '2']),
      haalbaar(['survey', 'results', json, '--lang', 'fr']),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expectNoCrash(run);
    }
    expect(runs.map((r) => r.stderr.split('\n')[0])).toEqual([
      `file not found: ${join(work, 'bestaat-niet.json')}`,
      `${work} is a folder; give the export itself (.json or .csv)`,
      `${text} has an unknown extension; use .json or .csv`,
      "haalbaar survey results: --k moet een heel getal van 3 tot en met 10 zijn, niet '2'",
      "haalbaar survey results: --lang moet nl of en zijn, niet 'fr'",
    ]);
  });
});
