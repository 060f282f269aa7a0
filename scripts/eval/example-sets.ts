/**
 * The labelled example sets the assessment is tuned and scored on, read from examples/:
 * - tuning: examples/cases/*.yaml and examples/invoice-entry.yaml, labels in examples/cases/expected.yaml;
 * - held-out: examples/held-out/*.yaml, labels in examples/held-out/expected.yaml, written by someone
 *   who saw only the schema and the seed (never tune a rule on these);
 * - paraphrases: examples/paraphrases/*.yaml, rewordings of the free text of each tuning example.
 * Used by `npm run eval` (scripts/eval.ts) and by the core tests that check the sets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { assess } from '../../src/core/assessment/assess.ts';
import type { Assessment, FactorId, RiskLevel, Verdict } from '../../src/core/assessment/assessment-types.ts';
import { FACTOR_IDS } from '../../src/core/assessment/assessment-types.ts';
import { isHighRisk } from '../../src/core/assessment/score-findings.ts';
import { parseUseCaseText, validateUseCase } from '../../src/core/use-case/parse-use-case.ts';
import type { UseCase } from '../../src/core/use-case/use-case-schema.ts';

export const EXAMPLES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples');

export type ExampleSet = 'tuning' | 'held-out';

export type Label = {
  why: string;
  verdict: Verdict;
  factors: Record<FactorId, RiskLevel>;
  /** Factors where the model knowingly differs from the label (tuning set only), with the model's level. */
  knownDisagreement?: Partial<Record<FactorId, RiskLevel>>;
};

export type LabelledCase = {
  set: ExampleSet;
  /** The file name relative to the set's folder, as the labels name it. */
  file: string;
  path: string;
  text: string;
  useCase: UseCase;
  label: Label;
};

const SET_DIRS: Record<ExampleSet, string> = { tuning: 'cases', 'held-out': 'held-out' };

function parseCase(path: string): { text: string; useCase: UseCase } {
  const text = readFileSync(path, 'utf8');
  const parsed = parseUseCaseText(text);
  if (!parsed.ok) throw new Error(`${path} is not a valid use case: ${JSON.stringify(parsed.error)}`);
  return { text, useCase: parsed.value };
}

/** The labelled cases of one set, in the order of its expected.yaml. */
export function loadLabelledSet(set: ExampleSet): LabelledCase[] {
  const dir = join(EXAMPLES_DIR, SET_DIRS[set]);
  const labels = (parse(readFileSync(join(dir, 'expected.yaml'), 'utf8')) as { cases: Record<string, Label> })
    .cases;
  return Object.entries(labels).map(([file, label]) => {
    const path = join(dir, file);
    return { set, file, path, ...parseCase(path), label };
  });
}

/** One segment of a dotted path with list indices: `partner.vendors[0].claims`. */
function pathSegments(path: string): (string | number)[] {
  return path.split('.').flatMap((part) => {
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) throw new Error(`bad path segment ${part} in ${path}`);
    const indices = [...(m[2] ?? '').matchAll(/\[(\d+)\]/g)].map((i) => Number(i[1]));
    return [m[1] as string, ...indices];
  });
}

/** A copy of the use case with one text field replaced; the field must exist (a rewording replaces text). */
function withText(useCase: UseCase, path: string, value: string): UseCase {
  const copy = structuredClone(useCase) as Record<string, unknown>;
  const segments = pathSegments(path);
  let node: Record<string | number, unknown> = copy;
  for (const segment of segments.slice(0, -1)) {
    const next = node[segment];
    if (typeof next !== 'object' || next === null) throw new Error(`${path}: ${segment} is missing`);
    node = next as Record<string | number, unknown>;
  }
  const last = segments[segments.length - 1] as string | number;
  if (typeof node[last] !== 'string') throw new Error(`${path} is not a text field of the source`);
  node[last] = value;
  return copy as UseCase;
}

export type Paraphrase = {
  /** The paraphrase file, relative to examples/paraphrases. */
  file: string;
  /** The source example, relative to examples/. */
  source: string;
  sourceCase: UseCase;
  variants: { index: number; fields: Record<string, string>; useCase: UseCase }[];
};

/** Every paraphrase file with its variants applied to the source example. */
export function loadParaphrases(): Paraphrase[] {
  const dir = join(EXAMPLES_DIR, 'paraphrases');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const doc = parse(readFileSync(join(dir, file), 'utf8')) as {
        source: string;
        variants: Record<string, string>[];
      };
      const sourcePath = resolve(dir, doc.source);
      const { useCase: sourceCase } = parseCase(sourcePath);
      const variants = doc.variants.map((fields, index) => {
        let useCase = sourceCase;
        for (const [path, value] of Object.entries(fields)) useCase = withText(useCase, path, value);
        const valid = validateUseCase(useCase);
        if (!valid.ok)
          throw new Error(`${file} variant ${index + 1} is not valid: ${JSON.stringify(valid.error)}`);
        return { index, fields, useCase: valid.value };
      });
      return { file, source: sourcePath.slice(EXAMPLES_DIR.length + 1), sourceCase, variants };
    });
}

/** Every free text of every example file (cases, invoice-entry, held-out, paraphrases), for overlap checks. */
export function allExampleTexts(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const sub of ['cases', 'held-out', 'paraphrases']) {
    const dir = join(EXAMPLES_DIR, sub);
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.yaml') || n.endsWith('.md'))
      .sort()) {
      out.push({ file: `${sub}/${f}`, text: readFileSync(join(dir, f), 'utf8') });
    }
  }
  out.push({
    file: 'invoice-entry.yaml',
    text: readFileSync(join(EXAMPLES_DIR, 'invoice-entry.yaml'), 'utf8'),
  });
  return out;
}

/** The band the issue scores on: high/critical blocks a pilot, low/medium does not. */
export const band = (level: RiskLevel): 'high+' | 'low/medium' =>
  isHighRisk(level) ? 'high+' : 'low/medium';

export type CaseAgreement = {
  file: string;
  verdict: { expected: Verdict; got: Verdict };
  factors: { id: FactorId; expected: RiskLevel; got: RiskLevel }[];
};

/** How one assessment compares with its label (the label as written, not its known disagreements). */
export function compareWithLabel(file: string, assessment: Assessment, label: Label): CaseAgreement {
  return {
    file,
    verdict: { expected: label.verdict, got: assessment.verdict },
    factors: FACTOR_IDS.map((id) => ({
      id,
      expected: label.factors[id],
      got: assessment.factors.find((f) => f.id === id)?.risk ?? 'low',
    })),
  };
}

export type Agreement = {
  cases: number;
  verdicts: number;
  factors: number;
  bands: number;
  exact: number;
  perCase: CaseAgreement[];
};

/** Assesses every case of a set (answers only, like `haalbaar assess`) and counts the agreement. */
export function scoreSet(cases: readonly LabelledCase[]): Agreement {
  const perCase = cases.map((c) => compareWithLabel(c.file, assess(c.useCase), c.label));
  let verdicts = 0;
  let bands = 0;
  let exact = 0;
  let factors = 0;
  for (const c of perCase) {
    if (c.verdict.expected === c.verdict.got) verdicts++;
    for (const f of c.factors) {
      factors++;
      if (band(f.expected) === band(f.got)) bands++;
      if (f.expected === f.got) exact++;
    }
  }
  return { cases: cases.length, verdicts, factors, bands, exact, perCase };
}

export type ParaphraseAgreement = {
  variants: number;
  /** Variants whose every factor band equals the source's. */
  sameBands: number;
  /** Variants with the same verdict as the source. */
  sameVerdict: number;
  /** Variants with exactly the same factor levels. */
  sameLevels: number;
  differences: { file: string; variant: number; factor: FactorId | 'verdict'; source: string; got: string }[];
};

/** Checks that every rewording gives the same factor bands (and verdict) as its source. */
export function scoreParaphrases(paraphrases: readonly Paraphrase[]): ParaphraseAgreement {
  const result: ParaphraseAgreement = {
    variants: 0,
    sameBands: 0,
    sameVerdict: 0,
    sameLevels: 0,
    differences: [],
  };
  for (const p of paraphrases) {
    const source = assess(p.sourceCase);
    for (const v of p.variants) {
      const got = assess(v.useCase);
      result.variants++;
      let bandsOk = true;
      let levelsOk = true;
      for (const id of FACTOR_IDS) {
        const a = source.factors.find((f) => f.id === id)?.risk ?? 'low';
        const b = got.factors.find((f) => f.id === id)?.risk ?? 'low';
        if (a !== b) levelsOk = false;
        if (band(a) !== band(b)) {
          bandsOk = false;
          result.differences.push({ file: p.file, variant: v.index + 1, factor: id, source: a, got: b });
        }
      }
      if (source.verdict === got.verdict) result.sameVerdict++;
      else
        result.differences.push({
          file: p.file,
          variant: v.index + 1,
          factor: 'verdict',
          source: source.verdict,
          got: got.verdict,
        });
      if (bandsOk) result.sameBands++;
      if (levelsOk) result.sameLevels++;
    }
  }
  return result;
}
