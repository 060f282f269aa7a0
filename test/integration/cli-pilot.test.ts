/**
 * `haalbaar pilot` and `haalbaar schema pilot` through the real CLI (./bin/haalbaar, spawned).
 * Golden files live in test/fixtures/pilot/; a missing one fails. Rewrite them with `npm run golden`
 * (UPDATE_GOLDEN=1) after a deliberate change, and review the diff.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoCrash, runHaalbaar as haalbaar, PROJECT_ROOT } from '../support/cli-process.ts';
import { expectGolden } from '../support/golden.ts';

const root = PROJECT_ROOT;
const fixtures = join(root, 'test/fixtures/pilot');
const invoice = join(root, 'examples/pilot/invoice-pilot.yaml');
const hold = join(root, 'examples/pilot/support-pilot-hold.yaml');
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'haalbaar-pilot-cli-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('haalbaar pilot (golden files)', () => {
  const GOLDEN = [
    { name: 'invoice.nl.txt', file: invoice, args: [] },
    { name: 'invoice.en.md', file: invoice, args: ['--md', '--lang', 'en'] },
    { name: 'invoice.nl.json', file: invoice, args: ['--json'] },
    { name: 'invoice.nl.memo.md', file: invoice, args: ['--memo-md'] },
    { name: 'invoice.en.memo.html', file: invoice, args: ['--memo-html', '--lang', 'en'] },
    { name: 'support-hold.nl.md', file: hold, args: ['--md'] },
    { name: 'support-hold.en.memo.md', file: hold, args: ['--memo-md', '--lang', 'en'] },
  ];

  it.concurrent.each(GOLDEN)('$name', async ({ name, file, args }) => {
    const run = await haalbaar(['pilot', file, ...args]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expectGolden(run.stdout, join(fixtures, name));
  });
});

describe('haalbaar pilot (decisions)', () => {
  it.concurrent('proposes Go for the invoice pilot, with every rule met and the recorded decision beside it', async () => {
    const run = await haalbaar(['pilot', invoice, '--json']);
    const doc = JSON.parse(run.stdout);
    expect(doc.proposal.outcome).toBe('go');
    expect(doc.rules.map((r: { status: string }) => r.status)).toEqual(['met', 'met', 'met', 'met']);
    expect(doc.decision).toMatchObject({ outcome: 'go', agreesWithProposal: true });
    expect(doc.predictedVsRealised.position).toBe('within');
    expect(doc.kpis[0].effect.shift.confidence).toBeGreaterThan(0.95);
  });

  it.concurrent('proposes Hold for the support pilot and names the findings', async () => {
    const run = await haalbaar(['pilot', hold, '--json', '--lang', 'en']);
    const doc = JSON.parse(run.stdout);
    expect(doc.proposal.outcome).toBe('hold');
    expect(doc.proposal.reasonText).toContain('more weeks of measuring');
    expect(doc.findings.map((f: { id: string }) => f.id)).toEqual(
      expect.arrayContaining([
        'few-baseline-points',
        'underpowered',
        'adoption-stalling',
        'human-review-missing',
      ]),
    );
  });
});

describe('haalbaar pilot (malformed files: exit 2 with the field path)', () => {
  it.concurrent('lists every field problem with its path and line', async () => {
    // A path relative to the repository, so the golden file holds no machine's folder.
    const run = await haalbaar(['pilot', 'test/fixtures/pilot/malformed.yaml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expectNoCrash(run);
    expect(run.stderr).toContain('plan.primaryKpi.smallestEffect (regel 14)');
    expect(run.stderr).toContain("measurments (regel 19): onbekend veld 'measurments'");
    expectGolden(run.stderr, join(fixtures, 'malformed.nl.stderr.txt'));
  });

  it.concurrent('names a rule whose KPI is not in the plan, and a week entered twice', async () => {
    const run = await haalbaar(['pilot', join(fixtures, 'malformed-rule.yaml'), '--lang', 'en']);
    expect(run.code).toBe(2);
    expectNoCrash(run);
    expect(run.stderr).toContain("plan.rules.mustMeet[0].kpi (line 18): the rule names KPI 'fouten'");
    expect(run.stderr).toContain('measurements[2].week (line 22): week 2 is already there');
  });

  it.concurrent('gives the line and column of a YAML syntax error', async () => {
    const path = join(work, 'kapot.yaml');
    writeFileSync(path, 'title: x\nplan: [\n');
    const run = await haalbaar(['pilot', path, '--lang', 'en']);
    expect(run.code).toBe(2);
    expectNoCrash(run);
    expect(run.stderr).toMatch(/\(line \d+, column \d+\): the file is not valid YAML or JSON/);
  });

  it.concurrent('refuses a missing file, a folder, a wrong extension and an empty file', async () => {
    const empty = join(work, 'leeg.yaml');
    writeFileSync(empty, '');
    const text = join(work, 'pilot.txt');
    writeFileSync(text, 'title: x\n');
    const runs = await Promise.all([
      haalbaar(['pilot', join(work, 'bestaat-niet.yaml'), '--lang', 'en']),
      haalbaar(['pilot', work, '--lang', 'en']),
      haalbaar(['pilot', text, '--lang', 'en']),
      haalbaar(['pilot', empty, '--lang', 'en']),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expectNoCrash(run);
    }
    expect(runs.map((r) => r.stderr.split('\n')[0])).toEqual([
      `file not found: ${join(work, 'bestaat-niet.yaml')}`,
      `${work} is a folder; give the pilot file itself (.yaml, .yml or .json)`,
      `${text} has an unknown extension; use .yaml, .yml or .json`,
      `${empty} is not a valid pilot file:`,
    ]);
  });

  it.concurrent('refuses an unknown language and two output formats', async () => {
    const lang = await haalbaar(['pilot', invoice, '--lang', 'fr']);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain("haalbaar pilot: --lang moet nl of en zijn, niet 'fr'");
    const two = await haalbaar(['pilot', invoice, '--json', '--memo-html']);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('kies één uitvoer');
  });
});

describe('haalbaar schema pilot', () => {
  it.concurrent('prints the pilot JSON Schema', async () => {
    const run = await haalbaar(['schema', 'pilot']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as {
      title: string;
      additionalProperties: boolean;
      required: string[];
    };
    expect(schema.title).toContain('pilot');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'plan']));
  });
});
