import { describe, expect, it } from 'vitest';
import { OWNER_IDS } from '../assessment/assessment-types.ts';
import {
  ACTIVITIES,
  DATES,
  DPIA_AP_LIST,
  DPIA_CRITERIA,
  DPIA_TWO_CRITERIA_SOURCE,
  OBLIGATIONS,
} from './rules-data.ts';
import { type LegalSource, RULES_ACTIVITIES } from './rules-types.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The names of what a source lacks: a title, a provision, a checked date (YYYY-MM-DD). */
function gaps(source: LegalSource | undefined): string[] {
  if (source === undefined) return ['source'];
  return [
    ...(source.title?.trim() ? [] : ['title']),
    ...(source.provision?.trim() ? [] : ['provision']),
    ...(ISO_DATE.test(source.checked ?? '') ? [] : ['checked']),
  ];
}

const lacking = (entries: readonly { id: string; source: LegalSource }[]) =>
  entries.flatMap((e) => gaps(e.source).map((g) => `${e.id}: ${g}`));

describe('the rules data files', () => {
  it('gives every date a source with a title, a provision and a checked date', () => {
    expect(lacking(DATES)).toEqual([]);
  });

  it('gives every obligation a source with a title, a provision and a checked date', () => {
    expect(lacking(OBLIGATIONS)).toEqual([]);
  });

  it('gives every DPIA trigger, the two-criteria rule and every activity a source', () => {
    expect(lacking(DPIA_AP_LIST)).toEqual([]);
    expect(lacking(DPIA_CRITERIA)).toEqual([]);
    expect(gaps(DPIA_TWO_CRITERIA_SOURCE)).toEqual([]);
    expect(lacking(Object.entries(ACTIVITIES).map(([id, a]) => ({ id, source: a.source })))).toEqual([]);
  });

  it('fails on a source without a provision or checked date (the check itself works)', () => {
    expect(lacking([{ id: 'x', source: { title: 'T', provision: ' ', checked: '3-12-2026' } }])).toEqual([
      'x: provision',
      'x: checked',
    ]);
  });

  it('has unique date ids, real ISO dates, and an explanation for every unverified or amended date', () => {
    const ids = DATES.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of DATES) {
      expect(d.date, d.id).toMatch(ISO_DATE);
      expect(new Date(`${d.date}T00:00:00Z`).toISOString().slice(0, 10), d.id).toBe(d.date);
      if (!d.verified || d.original !== undefined) expect(d.note, `${d.id} needs a note`).toBeDefined();
      if (d.original !== undefined) expect(d.original, d.id).toMatch(ISO_DATE);
    }
  });

  it('keeps the original AI Act dates beside the amended ones', () => {
    const byId = new Map(DATES.map((d) => [d.id, d]));
    expect(byId.get('aiActHighRiskAnnexIII')).toMatchObject({ date: '2027-12-02', original: '2026-08-02' });
    expect(byId.get('aiActHighRiskAnnexI')).toMatchObject({ date: '2028-08-02', original: '2027-08-02' });
    expect(byId.get('aiActProhibitions')).toMatchObject({ date: '2025-02-02', verified: true });
    expect(byId.get('aiActTransparency')).toMatchObject({ date: '2026-08-02', verified: true });
  });

  it('refers only to date ids that exist, owners that exist, and unique obligation ids', () => {
    const ids = new Set(DATES.map((d) => d.id));
    for (const o of OBLIGATIONS) {
      const refs = typeof o.appliesFrom === 'string' ? [o.appliesFrom] : Object.values(o.appliesFrom);
      for (const ref of refs) expect(ids.has(ref), `${o.id} → ${ref}`).toBe(true);
      expect(OWNER_IDS, o.id).toContain(o.owner);
    }
    const obligationIds = OBLIGATIONS.map((o) => o.id);
    expect(new Set(obligationIds).size).toBe(obligationIds.length);
  });

  it('describes every intake activity, and has the 17 Dutch list categories and 9 WP248 criteria', () => {
    expect(Object.keys(ACTIVITIES).sort()).toEqual([...RULES_ACTIVITIES].sort());
    expect(DPIA_AP_LIST).toHaveLength(17);
    expect(DPIA_CRITERIA).toHaveLength(9);
  });
});
