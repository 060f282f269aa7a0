import { describe, expect, it } from 'vitest';
import { msg } from '../message.ts';
import type { ProfileIssue, ProfileIssueCode } from './data-profile-types.ts';
import { levelReadiness } from './level-readiness.ts';

const issue = (code: ProfileIssueCode, severity: ProfileIssue['severity']): ProfileIssue => ({
  code,
  severity,
  message: msg(`profiler.issue.${code}`),
});

describe('levelReadiness', () => {
  it('is not-loadable without rows or with most rows rejected', () => {
    expect(levelReadiness({ rows: 0, rejectedRows: 0, issues: [] }).level).toBe('not-loadable');
    expect(levelReadiness({ rows: 10, rejectedRows: 90, issues: [] }).level).toBe('not-loadable');
  });
  it('stops at C for invalid values, at B for an unfit dataset, else A', () => {
    expect(levelReadiness({ rows: 9, rejectedRows: 0, issues: [issue('MIXED_UNITS', 'medium')] }).level).toBe(
      'C',
    );
    expect(levelReadiness({ rows: 9, rejectedRows: 0, issues: [issue('IMBALANCE', 'medium')] }).level).toBe(
      'B',
    );
    expect(levelReadiness({ rows: 9, rejectedRows: 0, issues: [issue('OUTLIERS', 'low')] }).level).toBe('A');
  });
  it('gives the blocking issues as reasons after a summary', () => {
    const r = levelReadiness({ rows: 9, rejectedRows: 0, issues: [issue('TIME_GAPS', 'high')] });
    expect(r.reasons.map((m) => m.key)).toEqual(['profiler.readiness.summary.B', 'profiler.issue.TIME_GAPS']);
  });
});
