/**
 * Judgement that generalises (DESIGN.md): structured answers outrank text signals, a text signal
 * alone is a finding to verify, negated claims raise nothing in either language, a claim the team
 * quotes and rejects is evidence about the vendor, and the small-problem rule also works for a
 * problem that is labour only.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../../../scripts/eval/example-sets.ts';
import { parseUseCaseText } from '../use-case/parse-use-case.ts';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { assess } from './assess.ts';
import type { Assessment, FactorId, Finding } from './assessment-types.ts';

/** The source's sound example (examples/invoice-entry.yaml) without its expectation answers. */
const SOUND: UseCase = (() => {
  const parsed = parseUseCaseText(readFileSync(`${EXAMPLES_DIR}/invoice-entry.yaml`, 'utf8'));
  if (!parsed.ok) throw new Error('examples/invoice-entry.yaml is not valid');
  const { expectations: _expectations, ...rest } = parsed.value;
  return rest;
})();

const REALISTIC: UseCase['expectations'] = {
  expectedAutomationRate: 0.4,
  expectedMonthsToValue: 5,
  budgetForDataPrep: true,
  budgetForIterations: true,
  criticalQuestions: {
    accuracyOnOwnData: true,
    errorHandling: true,
    humanReviewShare: true,
    dataNeeded: true,
    totalCost: true,
    references: true,
  },
};

const withClaims = (vendorClaims: string, expectations: UseCase['expectations'] = REALISTIC): UseCase => ({
  ...SOUND,
  expectations: { ...expectations, vendorClaims },
});
const factor = (a: Assessment, id: FactorId) => a.factors.find((f) => f.id === id)!;
const findings = (a: Assessment, id: FactorId, prefix: string): Finding[] =>
  factor(a, id).findings.filter((f) => f.id.startsWith(prefix));

describe('structured answers first', () => {
  it('the sound case is ready with realistic answers', () => {
    const a = assess(withClaims(''));
    expect(a.verdict).toBe('ready');
  });

  it('a claim the answers contradict does not raise expectations (regression: a rejected 90 % claim rated the team high)', () => {
    const a = assess(
      withClaims('De leverancier noemt 90% automatisering; wij rekenen zelf op 30 tot 45% van de pakbonnen.'),
    );
    expect(factor(a, 'expectations').risk).toBe('low');
    expect(findings(a, 'expectations', 'expectations.claim.')).toEqual([]);
    expect(findings(a, 'expectations', 'expectations.claimNotCounted.')[0]?.severity).toBe('info');
    expect(findings(a, 'partner', 'partner.overclaims')[0]?.severity).toBe('medium');
    expect(a.verdict).toBe('ready');
  });

  it('answers that share the promise make it count in full', () => {
    const a = assess(
      withClaims('Het pakket verwerkt alles volledig automatisch.', {
        ...REALISTIC,
        expectedAutomationRate: 0.95,
      }),
    );
    expect(findings(a, 'expectations', 'expectations.claim.totalAutomation')[0]?.severity).toBe('high');
  });

  it('a promise only the text makes is a finding to verify, at most medium, quoted', () => {
    const a = assess(withClaims('De herkenning van de pakbonnen is foutloos.', {}));
    const f = findings(a, 'expectations', 'expectations.claim.perfectAccuracy')[0];
    expect(f?.severity).toBe('medium');
    expect(f?.evidence.key).toBe('assessment.evidence.claim.generalToVerify');
    expect(f?.evidence.params?.quote).toBe('foutloos');
  });

  it('several independent text signals that agree count in full', () => {
    const a = assess(withClaims('Foutloos, zonder training en met direct resultaat.', {}));
    const severities = findings(a, 'expectations', 'expectations.claim.').map((f) => f.severity);
    expect(severities).toEqual(['high', 'high', 'medium']);
  });

  it('the origin decides over vague words: a real problem phrased as a wish is information', () => {
    const statement = `${SOUND.problem!.statement} We willen ook innovatiever worden.`;
    const fromProblem = assess({
      ...SOUND,
      expectations: REALISTIC,
      problem: { ...SOUND.problem, statement },
    });
    expect(findings(fromProblem, 'problem', 'problem.vagueGoal')[0]?.severity).toBe('info');
    const fromHype = assess({
      ...SOUND,
      expectations: REALISTIC,
      problem: { ...SOUND.problem, statement, origin: 'hype' },
    });
    expect(findings(fromHype, 'problem', 'problem.vagueGoal')[0]?.severity).toBe('medium');
  });

  it('without an origin, one vague wish is to verify; two kinds that agree count in full', () => {
    const base = { ...SOUND.problem, origin: undefined, hoursPerWeek: undefined, hourlyCost: undefined };
    const base2 = { ...base, volumePerWeek: undefined, errorRate: undefined, costPerError: undefined };
    const one = assess({ ...SOUND, problem: { ...base2, statement: 'We willen innovatiever worden.' } });
    expect(findings(one, 'problem', 'problem.vagueGoal')[0]?.severity).toBe('medium');
    const two = assess({
      ...SOUND,
      problem: { ...base2, statement: 'We willen innovatiever worden; de concurrent gebruikt al AI.' },
    });
    expect(findings(two, 'problem', 'problem.vagueGoal')[0]?.severity).toBe('high');
  });
});

/** The negation suite at the level of the verdict: negated promises leave a sound case as it was. */
describe('negated claims change nothing', () => {
  const baseline = assess(withClaims(''));
  it.each([
    'We rekenen niet op volledig automatisch; afwijkende pakbonnen blijven mensenwerk.',
    'De leverancier belooft geen foutloze herkenning en zegt dat er wel voorbeelden nodig zijn.',
    'Direct resultaat verwachten we niet: eerst een inleerperiode van drie maanden.',
    'Het voorstel bevat geen belofte van autonome werking.',
    'We do not count on full automation; exceptions stay with our staff.',
    'The vendor does not promise 100% accuracy and says it will not work out of the box.',
    'The contract includes export, so we are not tied to them.',
    'Nobody promised instant results; we plan four months of tuning.',
  ])('%s', (claims) => {
    for (const expectations of [REALISTIC, {}]) {
      const a = assess(withClaims(claims, expectations));
      expect(findings(a, 'expectations', 'expectations.claim')).toEqual([]);
      expect(findings(a, 'partner', 'partner.overclaims')).toEqual([]);
    }
    expect(assess(withClaims(claims)).verdict).toBe(baseline.verdict);
  });
});

describe('the small-problem rule', () => {
  const labourOnly = (hoursPerWeek: number): UseCase => ({
    ...SOUND,
    expectations: REALISTIC,
    problem: {
      ...SOUND.problem,
      hoursPerWeek,
      hourlyCost: 40,
      volumePerWeek: undefined,
      errorRate: undefined,
      costPerError: undefined,
    },
  });

  it('fires for a labour-only problem (regression: the missing error part made the cost partial)', () => {
    const tiny = assess(labourOnly(2)); // 2 h × €40 × 52 = €4,160 a year
    const f = findings(tiny, 'problem', 'problem.smallProblem')[0];
    expect(f?.severity).toBe('critical');
    expect(f?.evidence.key).toBe('assessment.evidence.cost.labourOnly');
    expect(tiny.verdict).toBe('rethink');
    expect(findings(assess(labourOnly(6)), 'problem', 'problem.smallProblem')[0]?.severity).toBe('medium');
    expect(findings(assess(labourOnly(10)), 'problem', 'problem.smallProblem')).toEqual([]);
  });

  it('fires when errors are ruled out, and not when the error figures are only half given', () => {
    const ruledOut = labourOnly(2);
    expect(
      findings(
        assess({ ...ruledOut, problem: { ...ruledOut.problem, errorRate: 0 } }),
        'problem',
        'problem.smallProblem',
      ),
    ).toHaveLength(1);
    const half = { ...ruledOut, problem: { ...ruledOut.problem, volumePerWeek: 300 } };
    expect(findings(assess(half), 'problem', 'problem.smallProblem')).toEqual([]);
  });
});
