import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DataProfile } from '../data-profile/data-profile-types.ts';
import { msg } from '../message.ts';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { assess } from './assess.ts';
import type { Assessment, FactorId, Finding } from './assessment-types.ts';

const factor = (a: Assessment, id: FactorId) => {
  const f = a.factors.find((x) => x.id === id);
  if (!f) throw new Error(`no factor ${id}`);
  return f;
};
const ids = (a: Assessment, id: FactorId) => factor(a, id).findings.map((f) => f.id);
const finding = (a: Assessment, factorId: FactorId, findingId: string) =>
  factor(a, factorId).findings.find((f) => f.id === findingId);

/** The source's good invoice example, as complete as a use case gets. */
const GOOD: UseCase = {
  schemaVersion: 1,
  title: 'Factuurinvoer',
  organisation: { employees: 38, sector: 'groothandel' },
  problem: {
    statement: 'Ons team besteedt 15 uur per week aan factuurinvoer; 3% fouten van 75 euro per fout.',
    process: 'factuurinvoer',
    affected: 'crediteurenadministratie',
    hoursPerWeek: 15,
    hourlyCost: 52,
    volumePerWeek: 240,
    errorRate: 0.03,
    costPerError: 75,
    baselineMeasured: true,
    target: 'Invoertijd van 15 naar 6 uur per week vóór 1 maart 2027.',
    alternativesConsidered: true,
    origin: 'problem',
    weeksPerYear: 52,
  },
  expectations: {
    vendorClaims: 'Ongeveer 70% gaat automatisch; afwijkende facturen blijven mensenwerk.',
    expectedAutomationRate: 0.6,
    expectedMonthsToValue: 4,
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
  },
  data: {
    sources: [
      {
        name: 'ERP',
        system: 'ERP',
        capture: 'automated',
        format: 'digital-structured',
        monthsOfHistory: 36,
        records: 30_000,
        completeness: 0.98,
      },
    ],
    labelsAvailable: true,
    personalData: false,
    legalBasis: true,
    accessible: true,
  },
  people: {
    employeesInvolvedFrom: 'problem',
    communicationPlan: true,
    jobImpactCommunicated: true,
    trainingPlan: true,
    feedbackChannel: true,
    adoptionMonthsPlanned: 4,
  },
  partner: {
    vendors: [
      {
        name: 'Goed B.V.',
        kind: 'sme-specialist',
        offersPilot: true,
        dataExport: true,
        openStandards: true,
        contractMonths: 12,
        exitTerms: true,
        euDataHosting: true,
        processingAgreement: true,
        smeReferences: true,
        explainsLimitations: true,
        integratesWithOurSystems: true,
      },
    ],
  },
  success: {
    sponsor: { name: 'directeur', level: 'board' },
    pilot: { scope: 'one-process', weeks: 6 },
    kpis: [{ name: 'uren', unit: 'uur', baseline: 15, target: 6, measuredHow: 'urenregistratie' }],
    humanInTheLoop: true,
    iterationPlan: true,
  },
};

const profile = (overrides: Partial<DataProfile> = {}): DataProfile => ({
  schemaVersion: 1,
  file: '/tmp/upload/sensoren.csv',
  dataset: { rows: 1200, columns: 4, duplicateRows: 0, encoding: 'utf-8', format: 'csv', bytes: 50_000 },
  columns: [],
  timeSeries: [],
  pii: [],
  readiness: { level: 'A', reasons: [] },
  issues: [],
  ...overrides,
});

describe('assess: verdicts', () => {
  it('the source good example is ready with every factor low', () => {
    const a = assess(GOOD);
    expect(a.verdict).toBe('ready');
    expect(a.factors.every((f) => f.risk === 'low')).toBe(true);
    expect(a.successConditions.every((c) => c.status === 'met')).toBe(true);
  });

  it('an empty use case is not a pass: every factor carries an unknown finding and the verdict is rethink', () => {
    const a = assess({});
    expect(a.verdict).toBe('rethink');
    expect(factor(a, 'problem').risk).toBe('critical');
    for (const id of ['expectations', 'data', 'people'] as const) {
      expect(ids(a, id)).toContain(`${id}.unanswered`);
      expect(factor(a, id).risk).toBe('high');
    }
    expect(ids(a, 'partner')).toContain('partner.noVendor');
    expect(a.successConditions.every((c) => c.status === 'unknown')).toBe(true);
  });

  it('the source bad example ("innovatiever zijn") makes problem critical and the verdict rethink', () => {
    const a = assess({
      ...GOOD,
      problem: { statement: 'We willen AI gebruiken om innovatiever te zijn.', origin: 'hype' },
    });
    expect(factor(a, 'problem').risk).toBe('critical');
    expect(a.verdict).toBe('rethink');
    expect(a.verdictReason.key).toBe('assessment.verdict.reason.problemCritical');
    expect(a.actions[0]?.factor).toBe('problem');
  });

  it('a single high factor gives fix-first, not rethink', () => {
    const a = assess({ ...GOOD, data: { ...GOOD.data, accessible: false } });
    expect(factor(a, 'data').risk).toBe('high');
    expect(a.verdict).toBe('fix-first');
  });

  it('three high factors at once give rethink', () => {
    const a = assess({
      ...GOOD,
      data: { ...GOOD.data, accessible: false },
      people: { ...GOOD.people, employeesInvolvedFrom: 'never' },
      expectations: { ...GOOD.expectations, expectedAutomationRate: 0.95 },
    });
    expect(a.factors.filter((f) => f.risk === 'high' || f.risk === 'critical').length).toBe(3);
    expect(a.verdict).toBe('rethink');
  });

  it('a missing board sponsor keeps a sound project at fix-first', () => {
    const a = assess({
      ...GOOD,
      success: { ...GOOD.success, sponsor: { name: 'teamleider', level: 'team' } },
    });
    expect(a.verdict).toBe('fix-first');
    expect(a.actions.map((x) => x.factor)).toContain('sponsor');
  });
});

describe('assess: problem rule and status-quo cost', () => {
  it('fewer than three concrete problem-definition answers make problem at least high', () => {
    const a = assess({ ...GOOD, problem: { process: 'factuurinvoer', hoursPerWeek: 15, origin: 'problem' } });
    expect(finding(a, 'problem', 'problem.definition')?.severity).toBe('high');
    expect(['high', 'critical']).toContain(factor(a, 'problem').risk);
  });

  it('three concrete answers meet the rule', () => {
    const a = assess({
      ...GOOD,
      problem: {
        ...GOOD.problem,
        baselineMeasured: undefined,
        target: undefined,
        statement: 'Facturen invoeren.',
      },
    });
    expect(ids(a, 'problem')).not.toContain('problem.definition');
  });

  it('computes the status-quo cost as the source does (15 h × €52 plus 3 % × €75)', () => {
    const a = assess(GOOD);
    expect(a.statusQuoCost?.breakdown.labourPerWeek).toBe(780);
    expect(a.statusQuoCost?.perYear).toBe((780 + 240 * 0.03 * 75) * 52);
    expect(finding(a, 'problem', 'problem.statusQuoCost')?.severity).toBe('info');
  });

  it('a problem that costs under €5,000 a year is critical', () => {
    const a = assess({
      ...GOOD,
      problem: {
        ...GOOD.problem,
        hoursPerWeek: 1,
        hourlyCost: 40,
        volumePerWeek: 10,
        errorRate: 0,
        costPerError: 0,
      },
    });
    expect(finding(a, 'problem', 'problem.smallProblem')?.severity).toBe('critical');
    expect(a.verdict).toBe('rethink');
  });
});

describe('assess: text signals', () => {
  it('quotes a vendor red-flag claim as evidence', () => {
    const a = assess({
      ...GOOD,
      expectations: { vendorClaims: 'Werkt out-of-the-box.' },
    });
    const f = finding(a, 'expectations', 'expectations.claim.outOfTheBox');
    expect(f?.evidence.params?.quote).toBe('out-of-the-box');
  });

  it('a claim the answers contradict is information, quoted, and evidence about the vendor', () => {
    const a = assess({
      ...GOOD,
      expectations: { ...GOOD.expectations, vendorClaims: 'Werkt out-of-the-box.' },
    });
    expect(ids(a, 'expectations').filter((id) => id.startsWith('expectations.claim.'))).toEqual([]);
    const f = finding(a, 'expectations', 'expectations.claimNotCounted.outOfTheBox');
    expect(f?.severity).toBe('info');
    expect(f?.evidence.params?.quote).toBe('out-of-the-box');
    expect(finding(a, 'partner', 'partner.overclaims.v1')?.severity).toBe('medium');
  });

  it('negated claims do not count', () => {
    const a = assess({
      ...GOOD,
      expectations: {
        ...GOOD.expectations,
        vendorClaims: 'Het is niet volledig automatisch en we beloven geen 100% garantie.',
      },
    });
    expect(ids(a, 'expectations').filter((id) => id.startsWith('expectations.claim'))).toEqual([]);
  });

  it('data reuse in vendor claims is a partner finding', () => {
    const vendor = { ...GOOD.partner!.vendors![0]!, claims: 'We use your data to train our models.' };
    const a = assess({ ...GOOD, partner: { vendors: [vendor] } });
    expect(finding(a, 'partner', 'partner.reusesData.v1')?.severity).toBe('high');
  });
});

describe('assess: not applicable', () => {
  it('a section marked not applicable is not a gap', () => {
    const a = assess({ ...GOOD, partner: undefined, notApplicable: ['partner'] });
    expect(factor(a, 'partner').score).toBe(0);
    expect(ids(a, 'partner')).toEqual(['partner.notApplicable']);
  });

  it('a question marked not applicable is not asked for', () => {
    const withPersonal = { ...GOOD, data: { ...GOOD.data, personalData: true, legalBasis: undefined } };
    expect(ids(assess(withPersonal), 'data')).toContain('data.legalBasisUnknown');
    expect(ids(assess({ ...withPersonal, notApplicable: ['data.legalBasis'] }), 'data')).not.toContain(
      'data.legalBasisUnknown',
    );
  });

  it('list indices in not-applicable paths cover every vendor', () => {
    const vendor = { ...GOOD.partner!.vendors![0]!, exitTerms: false, contractMonths: 36 };
    const a = assess({
      ...GOOD,
      partner: { vendors: [vendor] },
      notApplicable: ['partner.vendors[0].exitTerms'],
    });
    expect(ids(a, 'partner')).not.toContain('partner.noExitTerms.v1');
  });
});

describe('assess: vendors', () => {
  it('judges the partner factor on the least risky vendor and keeps the others as information', () => {
    const bad = { name: 'Groot', kind: 'enterprise' as const, offersPilot: false, dataExport: false };
    const a = assess({ ...GOOD, partner: { vendors: [bad, GOOD.partner!.vendors![0]!] } });
    expect(factor(a, 'partner').risk).toBe('low');
    expect(finding(a, 'partner', 'partner.noExport.v1')?.severity).toBe('info');
    expect(ids(a, 'partner')).toContain('partner.comparison');
  });
});

describe('assess: evidence beyond answers', () => {
  it('turns a readiness-C profile into a high data finding naming the file', () => {
    const a = assess(GOOD, {
      dataProfiles: [profile({ readiness: { level: 'C', reasons: [msg('profiler.x')] } })],
    });
    const f = finding(a, 'data', 'data.profile.readiness.f1');
    expect(f?.severity).toBe('high');
    expect(f?.title.params?.file).toBe('sensoren.csv');
    expect(f?.details).toEqual([msg('profiler.x')]);
  });

  it('quotes column, share and example rows of a serious profile issue', () => {
    const a = assess(GOOD, {
      dataProfiles: [
        profile({
          columns: [
            {
              name: 'temperatuur',
              type: 'decimal',
              missingShare: 0.4,
              distinctCount: 50,
              issues: [
                {
                  code: 'MISSING',
                  severity: 'high',
                  message: msg('p.m'),
                  share: 0.4,
                  exampleRows: [3, 9, 12],
                },
              ],
            },
          ],
        }),
      ],
    });
    const f = finding(a, 'data', 'data.profile.MISSING.f1');
    expect(f?.severity).toBe('high');
    expect(f?.details).toEqual([
      msg('assessment.evidence.profile.columnShare', { column: 'temperatuur', pct: 40 }),
      msg('assessment.evidence.profile.rows', { rows: '3, 9, 12' }),
    ]);
    expect(factor(a, 'data').risk).toBe('high');
  });

  it('personal data found in a file raises the legal-basis question', () => {
    const withPii = profile({ pii: [{ column: 'email', kind: 'email', share: 0.98 }] });
    const unknown = assess(
      { ...GOOD, data: { ...GOOD.data, personalData: undefined, legalBasis: undefined } },
      {
        dataProfiles: [withPii],
      },
    );
    expect(finding(unknown, 'data', 'data.profile.personalData.f1')?.severity).toBe('high');
    const contradicted = assess(GOOD, { dataProfiles: [withPii] });
    expect(finding(contradicted, 'data', 'data.profile.personalData.f1')?.title.key).toContain(
      'Contradiction',
    );
  });

  it('hand-logged time series are the classic data failure', () => {
    const a = assess(GOOD, {
      dataProfiles: [
        profile({
          timeSeries: [
            {
              timeColumn: 'tijdstip',
              readings: 300,
              first: '2025-01-01',
              last: '2025-12-01',
              medianIntervalSeconds: 86_400,
              gaps: 40,
              longestGapSeconds: 21 * 86_400,
              coverage: 0.45,
              irregularity: 1.2,
              duplicateTimestamps: 0,
              outOfOrder: 0,
              pattern: 'hand-logged',
            },
          ],
        }),
      ],
    });
    expect(finding(a, 'data', 'data.profile.timeSeries.f1')?.severity).toBe('high');
  });

  it('scores extra findings from other modules with their factor and plans an action for them', () => {
    const extra: Finding = {
      id: 'businessCase.expectationGap',
      severity: 'high',
      title: msg('businessCase.finding.gap.title'),
      evidence: msg('businessCase.finding.gap.evidence'),
      advice: msg('businessCase.finding.gap.advice'),
    };
    const a = assess(GOOD, { extraFindings: { expectations: [extra] } });
    expect(factor(a, 'expectations').risk).toBe('high');
    expect(a.verdict).toBe('fix-first');
    expect(a.actions.find((x) => x.findingIds.includes('businessCase.expectationGap'))?.title).toEqual(
      extra.title,
    );
  });
});

describe('assess: actions', () => {
  it('ranks actions with priorities 1..n, each with a reason and an owner', () => {
    const a = assess({});
    expect(a.actions.map((x) => x.priority)).toEqual(a.actions.map((_, i) => i + 1));
    for (const action of a.actions) {
      expect(action.why.key).toMatch(/^assessment\.action\./);
      expect(action.owner.key).toMatch(/^assessment\.owner\./);
      expect(action.riskRemoved).toBeGreaterThan(0);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

/** Groups of answers that are given together; the status-quo numbers only make sense as a set. */
const GROUPS: Array<(u: UseCase) => UseCase> = [
  (u) => ({
    ...u,
    problem: {
      ...u.problem,
      hoursPerWeek: GOOD.problem!.hoursPerWeek,
      hourlyCost: GOOD.problem!.hourlyCost,
      volumePerWeek: GOOD.problem!.volumePerWeek,
      errorRate: GOOD.problem!.errorRate,
      costPerError: GOOD.problem!.costPerError,
      weeksPerYear: GOOD.problem!.weeksPerYear,
    },
  }),
  ...(
    ['statement', 'process', 'baselineMeasured', 'target', 'alternativesConsidered', 'origin'] as const
  ).map((k) => (u: UseCase) => ({ ...u, problem: { ...u.problem, [k]: GOOD.problem![k] } })),
  ...(
    [
      'vendorClaims',
      'expectedAutomationRate',
      'expectedMonthsToValue',
      'budgetForDataPrep',
      'budgetForIterations',
      'criticalQuestions',
    ] as const
  ).map((k) => (u: UseCase) => ({ ...u, expectations: { ...u.expectations, [k]: GOOD.expectations![k] } })),
  ...(['sources', 'labelsAvailable', 'personalData', 'legalBasis', 'accessible'] as const).map(
    (k) => (u: UseCase) => ({ ...u, data: { ...u.data, [k]: GOOD.data![k] } }),
  ),
  ...(
    [
      'employeesInvolvedFrom',
      'communicationPlan',
      'jobImpactCommunicated',
      'trainingPlan',
      'feedbackChannel',
      'adoptionMonthsPlanned',
    ] as const
  ).map((k) => (u: UseCase) => ({ ...u, people: { ...u.people, [k]: GOOD.people![k] } })),
  (u) => ({ ...u, partner: GOOD.partner }),
];

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const CLAIMS = [
  'Volledig automatisch.',
  'Werkt out-of-the-box.',
  '100% nauwkeurig.',
  'Geen training nodig.',
  'Direct resultaat.',
  'Vervangt uw hele team.',
  'We use your data to train our models.',
  'Het is niet foutloos.',
  'Reken op een leerperiode.',
];
const text = fc.constantFrom(
  'We willen innovatiever worden.',
  'De concurrent doet het ook.',
  '15 uur per week, 3% fouten.',
  'beter plannen',
  'Van 10 naar 5 uur vóór 1 juni 2027.',
  '',
);

const useCaseArb: fc.Arbitrary<UseCase> = fc.record(
  {
    organisation: fc.record({ employees: maybe(fc.integer({ min: 1, max: 400 })) }, { requiredKeys: [] }),
    problem: fc.record(
      {
        statement: maybe(text),
        process: maybe(fc.constantFrom('facturen', '')),
        hoursPerWeek: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
        hourlyCost: maybe(fc.double({ min: 0, max: 200, noNaN: true })),
        volumePerWeek: maybe(fc.double({ min: 0, max: 1000, noNaN: true })),
        errorRate: maybe(fraction),
        costPerError: maybe(fc.double({ min: 0, max: 200, noNaN: true })),
        baselineMeasured: maybe(fc.boolean()),
        target: maybe(text),
        alternativesConsidered: maybe(fc.boolean()),
        origin: maybe(fc.constantFrom('problem', 'directive', 'vendor', 'competitor', 'hype')),
        weeksPerYear: maybe(fc.integer({ min: 1, max: 53 })),
      },
      { requiredKeys: [] },
    ),
    expectations: fc.record(
      {
        vendorClaims: maybe(fc.subarray(CLAIMS).map((c) => c.join(' '))),
        expectedAutomationRate: maybe(fraction),
        expectedMonthsToValue: maybe(fc.double({ min: 0, max: 24, noNaN: true })),
        budgetForDataPrep: maybe(fc.boolean()),
        budgetForIterations: maybe(fc.boolean()),
        criticalQuestions: maybe(
          fc.record(
            { accuracyOnOwnData: fc.boolean(), errorHandling: fc.boolean(), references: fc.boolean() },
            { requiredKeys: [] },
          ),
        ),
      },
      { requiredKeys: [] },
    ),
    data: fc.record(
      {
        sources: maybe(
          fc.array(
            fc.record(
              {
                name: maybe(fc.constantFrom('ERP', 'Excel')),
                capture: maybe(fc.constantFrom('manual', 'automated', 'mixed')),
                format: maybe(fc.constantFrom('digital-structured', 'digital-unstructured', 'paper')),
                monthsOfHistory: maybe(fc.integer({ min: 0, max: 60 })),
                records: maybe(fc.integer({ min: 0, max: 100_000 })),
                completeness: maybe(fraction),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 3 },
          ),
        ),
        labelsAvailable: maybe(fc.boolean()),
        personalData: maybe(fc.boolean()),
        legalBasis: maybe(fc.boolean()),
        accessible: maybe(fc.boolean()),
      },
      { requiredKeys: [] },
    ),
    people: fc.record(
      {
        employeesInvolvedFrom: maybe(fc.constantFrom('problem', 'design', 'pilot', 'launch', 'never')),
        communicationPlan: maybe(fc.boolean()),
        jobImpactCommunicated: maybe(fc.boolean()),
        trainingPlan: maybe(fc.boolean()),
        feedbackChannel: maybe(fc.boolean()),
        adoptionMonthsPlanned: maybe(fc.integer({ min: 0, max: 12 })),
      },
      { requiredKeys: [] },
    ),
    partner: fc.record(
      {
        vendors: maybe(
          fc.array(
            fc.record(
              {
                kind: maybe(fc.constantFrom('enterprise', 'sme-specialist', 'generic-tool', 'in-house')),
                offersPilot: maybe(fc.boolean()),
                dataExport: maybe(fc.boolean()),
                contractMonths: maybe(fc.integer({ min: 0, max: 72 })),
                exitTerms: maybe(fc.boolean()),
                euDataHosting: maybe(fc.boolean()),
                processingAgreement: maybe(fc.boolean()),
                claims: maybe(fc.constantFrom(...CLAIMS)),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 3 },
          ),
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<UseCase>;

describe('assess: properties', () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(useCaseArb, (u) => {
        expect(JSON.stringify(assess(u))).toBe(JSON.stringify(assess(structuredClone(u))));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every score within 0..100 and every finding with evidence and advice keys', () => {
    fc.assert(
      fc.property(useCaseArb, (u) => {
        for (const f of assess(u).factors) {
          expect(f.score).toBeGreaterThanOrEqual(0);
          expect(f.score).toBeLessThanOrEqual(100);
          for (const x of f.findings) {
            expect(x.evidence.key).toMatch(/^assessment\./);
            expect(x.advice.key).toMatch(/^assessment\./);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('answering more questions well never increases any factor score', () => {
    fc.assert(
      fc.property(useCaseArb, fc.subarray(GROUPS.map((_, i) => i)), (u, chosen) => {
        const before = assess(u);
        const improved = chosen.reduce((acc, i) => GROUPS[i]!(acc), u);
        const after = assess(improved);
        for (const f of after.factors) {
          expect(f.score, `${f.id} after ${chosen.join(',')}`).toBeLessThanOrEqual(
            factor(before, f.id).score,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the expectations score is monotone in red-flag claims', () => {
    fc.assert(
      fc.property(useCaseArb, fc.constantFrom(...CLAIMS.slice(0, 6)), (u, claim) => {
        const before = assess(u);
        const claims = [u.expectations?.vendorClaims, claim].filter(Boolean).join(' ');
        const after = assess({ ...u, expectations: { ...u.expectations, vendorClaims: claims } });
        expect(factor(after, 'expectations').score).toBeGreaterThanOrEqual(
          factor(before, 'expectations').score,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('adding a candidate vendor never makes the partner factor worse', () => {
    fc.assert(
      fc.property(useCaseArb, (u) => {
        const before = assess(u);
        if ((u.partner?.vendors ?? []).length === 0) return;
        const after = assess({
          ...u,
          partner: { vendors: [...(u.partner?.vendors ?? []), { name: 'extra' }] },
        });
        expect(factor(after, 'partner').score).toBeLessThanOrEqual(factor(before, 'partner').score);
      }),
      { numRuns: 150 },
    );
  });
});
