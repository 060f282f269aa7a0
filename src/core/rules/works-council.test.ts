import { describe, expect, it } from 'vitest';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { assessWorksCouncil } from './works-council.ts';

const useCase = (monitorsStaff: boolean | undefined, employees: number | undefined): UseCase => ({
  organisation: employees === undefined ? {} : { employees },
  people: monitorsStaff === undefined ? {} : { monitorsStaff },
});
const keys = (ms: { key: string }[]) => ms.map((m) => m.key);

describe('assessWorksCouncil', () => {
  it('needs consent when the system monitors staff and there are 50 people or more (WOR art. 2, 27(1)(l))', () => {
    for (const employees of [50, 60, 5000]) {
      const r = assessWorksCouncil(useCase(true, employees));
      expect(r.outcome).toBe('consent-required');
      expect(r.reasons).toEqual([{ key: 'rules.worksCouncilReason.consent', params: { count: employees } }]);
    }
  });

  it('below 50 there is no compulsory works council, and staff must still be told', () => {
    const r = assessWorksCouncil(useCase(true, 49));
    expect(r.outcome).toBe('no-works-council');
    expect(keys(r.reasons)).toEqual([
      'rules.worksCouncilReason.belowThreshold',
      'rules.worksCouncilReason.informStaff',
    ]);
  });

  it('is unclear when monitoring is not known', () => {
    const r = assessWorksCouncil(useCase(undefined, 60));
    expect(r.outcome).toBe('unclear');
    expect(keys(r.reasons)).toEqual(['rules.worksCouncilReason.monitoringUnknown']);
  });

  it('is unclear when the system monitors staff and the size is not known', () => {
    const r = assessWorksCouncil(useCase(true, undefined));
    expect(r.outcome).toBe('unclear');
    expect(keys(r.reasons)).toEqual(['rules.worksCouncilReason.sizeUnknown']);
  });

  it('is not required when the system does not monitor staff, whatever the size', () => {
    expect(assessWorksCouncil(useCase(false, 500)).outcome).toBe('not-required');
    expect(assessWorksCouncil(useCase(false, undefined)).outcome).toBe('not-required');
  });

  it('reads a use case without the sections as unknown', () => {
    expect(assessWorksCouncil({}).outcome).toBe('unclear');
  });
});
