/**
 * The paraphrase suite: every example's free text reworded (examples/paraphrases, written by an
 * author who never saw the rules) must give the same factor bands — high/critical versus low/medium —
 * and the same verdict as the example itself. A judgement that flips on wording is not one an owner
 * can rely on. Tests may read files; the core itself never does.
 */
import { describe, expect, it } from 'vitest';
import { band, loadLabelledSet, loadParaphrases } from '../../../scripts/eval/example-sets.ts';
import { assess } from './assess.ts';
import { FACTOR_IDS } from './assessment-types.ts';

const paraphrases = loadParaphrases();

describe('paraphrase suite', () => {
  it('has at least two rewordings of every tuning example', () => {
    const sources = new Set(paraphrases.map((p) => p.source));
    for (const c of loadLabelledSet('tuning')) {
      const source = c.file.startsWith('../') ? c.file.slice(3) : `cases/${c.file}`;
      expect(sources.has(source), source).toBe(true);
    }
    for (const p of paraphrases) expect(p.variants.length, p.file).toBeGreaterThanOrEqual(2);
  });

  const variants = paraphrases.flatMap((p) =>
    p.variants.map((v) => [`${p.file} #${v.index + 1}`, p, v] as const),
  );

  it.each(variants)('%s gives the same factor bands and verdict as its source', (_name, p, v) => {
    const source = assess(p.sourceCase);
    const reworded = assess(v.useCase);
    const bands = (a: typeof source) => ({
      verdict: a.verdict,
      ...Object.fromEntries(FACTOR_IDS.map((id) => [id, band(a.factors.find((f) => f.id === id)!.risk)])),
    });
    expect(bands(reworded)).toEqual(bands(source));
  });
});
