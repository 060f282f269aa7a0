import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { assessRules } from './assess-rules.ts';
import {
  AFFECTED_GROUPS,
  AI_ROLES,
  ANSWERS_3,
  DECISION_ROLES,
  HIGH_RISK_EXCEPTIONS,
  RULES_ACTIVITIES,
  RULES_DATA_CATEGORIES,
} from './rules-types.ts';

const subset = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: 4 });
const answer = fc.option(fc.constantFrom(...ANSWERS_3), { nil: undefined });

const useCaseArb: fc.Arbitrary<UseCase> = fc.record(
  {
    organisation: fc.record({ employees: fc.integer({ min: 0, max: 500 }) }, { requiredKeys: [] }),
    data: fc.record({ personalData: fc.boolean() }, { requiredKeys: [] }),
    people: fc.record({ monitorsStaff: fc.boolean() }, { requiredKeys: [] }),
    rules: fc.record(
      {
        activities: subset(RULES_ACTIVITIES),
        affected: subset(AFFECTED_GROUPS),
        role: fc.constantFrom(...AI_ROLES),
        ownName: answer,
        dataCategories: subset(RULES_DATA_CATEGORIES),
        decides: fc.constantFrom(...DECISION_ROLES),
        exception: fc.constantFrom(...HIGH_RISK_EXCEPTIONS),
        profiling: answer,
        interactsWithPeople: answer,
        generatesContent: answer,
        largeScale: answer,
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const day = fc
  .integer({ min: Date.UTC(2018, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

describe('assessRules: laws', () => {
  it('an obligation that applies on one day applies on every later day', () => {
    fc.assert(
      fc.property(useCaseArb, day, day, (useCase, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const before = assessRules(useCase, early)
          .obligations.filter((o) => o.applies)
          .map((o) => o.id);
        const after = new Set(
          assessRules(useCase, late)
            .obligations.filter((o) => o.applies)
            .map((o) => o.id),
        );
        expect(before.filter((id) => !after.has(id))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('the day changes only whether obligations apply, never which ones follow', () => {
    fc.assert(
      fc.property(useCaseArb, day, day, (useCase, a, b) => {
        const strip = (d: string) => {
          const r = assessRules(useCase, d);
          return { ...r, asOf: '', obligations: r.obligations.map((o) => ({ ...o, applies: false })) };
        };
        expect(strip(a)).toEqual(strip(b));
      }),
      { numRuns: 100 },
    );
  });

  it('a prohibited practice is prohibited whatever else is answered', () => {
    const banned = [
      'manipulation',
      'socialScoring',
      'facialScraping',
      'sensitiveBiometricCategorisation',
    ] as const;
    fc.assert(
      fc.property(useCaseArb, fc.constantFrom(...banned), (useCase, practice) => {
        const rules = { ...useCase.rules, activities: [...(useCase.rules?.activities ?? []), practice] };
        const r = assessRules({ ...useCase, rules }, '2026-12-03');
        expect(r.aiAct.classification).toBe('prohibited');
        expect(r.obligations.map((o) => o.id)).toContain('stopProhibited');
      }),
      { numRuns: 100 },
    );
  });

  it('an unclear class or role always comes with a question; a settled one with a reason', () => {
    fc.assert(
      fc.property(useCaseArb, (useCase) => {
        const { aiAct } = assessRules(useCase, '2026-12-03');
        if (aiAct.classification === 'unclear' || aiAct.role === 'unclear') {
          expect(aiAct.questions.length).toBeGreaterThan(0);
        }
        if (aiAct.classification !== 'unclear') expect(aiAct.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
