import { describe, expect, it } from 'vitest';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { assessRules } from './assess-rules.ts';
import { ISSUE_CASES } from './rules-cases.ts';
import { DATES, OBLIGATIONS } from './rules-data.ts';

/** The calendar day before an ISO date (UTC arithmetic on a fixed date, no clock). */
function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Cases that between them carry every date an obligation can start on. */
const CASES: Record<string, UseCase> = {
  ...ISSUE_CASES,
  product: {
    rules: {
      activities: ['productSafety'],
      role: 'using',
      interactsWithPeople: 'no',
      generatesContent: 'no',
    },
  },
  excepted: {
    rules: {
      activities: ['education'],
      exception: 'narrowTask',
      profiling: 'no',
      role: 'building',
      interactsWithPeople: 'no',
      generatesContent: 'no',
    },
  },
};

const applying = (useCase: UseCase, asOf: string) =>
  assessRules(useCase, asOf)
    .obligations.filter((o) => o.applies)
    .map((o) => o.id);

describe('obligationsFor: dated for the "as of" day', () => {
  const used = new Set(
    OBLIGATIONS.flatMap((o) =>
      typeof o.appliesFrom === 'string' ? [o.appliesFrom] : Object.values(o.appliesFrom),
    ),
  );

  for (const date of DATES.filter((d) => used.has(d.id))) {
    it(`${date.id} (${date.date}): the day before it does not apply, on the day it does`, () => {
      const cases = Object.values(CASES).filter((c) =>
        assessRules(c, date.date).obligations.some((o) => o.appliesFrom.id === date.id),
      );
      expect(cases.length, `no case starts an obligation on ${date.id}`).toBeGreaterThan(0);
      for (const useCase of cases) {
        const before = assessRules(useCase, dayBefore(date.date)).obligations.filter(
          (o) => o.appliesFrom.id === date.id,
        );
        const on = assessRules(useCase, date.date).obligations.filter((o) => o.appliesFrom.id === date.id);
        expect(before.every((o) => !o.applies)).toBe(true);
        expect(on.every((o) => o.applies)).toBe(true);
        expect(applying(useCase, dayBefore(date.date))).not.toEqual(applying(useCase, date.date));
      }
    });
  }

  it('CV screening: literacy applies now; the high-risk deployer duties only from 2 December 2027 (unverified)', () => {
    const now = assessRules(ISSUE_CASES.cvScreening, '2026-12-03');
    const oversight = now.obligations.find((o) => o.id === 'deployerOversight');
    expect(oversight).toMatchObject({ applies: false, appliesFrom: { date: '2027-12-02', verified: false } });
    expect(oversight?.appliesFrom.note?.key).toBe('rules.dateNote.highRiskAnnexIIIMoved');
    expect(now.obligations.find((o) => o.id === 'literacy')?.applies).toBe(true);
    expect(applying(ISSUE_CASES.cvScreening, '2027-12-02')).toContain('deployerOversight');
  });

  it('before the AI Act applied at all, only the GDPR and the WOR duties apply', () => {
    expect(applying(ISSUE_CASES.cvScreening, '2024-07-31')).toEqual(['worksCouncilConsent', 'dpia']);
  });

  it('each obligation carries its article, owner and source from the data file', () => {
    const r = assessRules(ISSUE_CASES.cvScreening, '2026-12-03');
    for (const o of r.obligations) {
      const entry = OBLIGATIONS.find((e) => e.id === o.id);
      expect(o).toMatchObject({ article: entry?.article, owner: entry?.owner, source: entry?.source });
      expect(o.text).toEqual({ key: `rules.obligation.${o.id}` });
    }
  });
});
