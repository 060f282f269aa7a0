import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedbackEvidenceOf } from './feedback-evidence.ts';
import { FEEDBACK_STATUSES, type FeedbackStatus } from './survey-types.ts';

const item = (receivedOn: string, status: FeedbackStatus, handledOn: string | null = null) => ({
  receivedOn,
  status,
  handledOn,
});

describe('feedbackEvidenceOf', () => {
  it('is empty and has no share when nothing has arrived', () => {
    expect(feedbackEvidenceOf([], '2026-04-01')).toEqual({
      received: 0,
      due: 0,
      handledInTime: 0,
      share: null,
      actedOn: 0,
      overdue: 0,
    });
  });

  it('does not count an open item younger than two weeks against the channel', () => {
    const evidence = feedbackEvidenceOf([item('2026-03-20', 'open')], '2026-04-03');
    expect(evidence).toMatchObject({ received: 1, due: 0, share: null, overdue: 0 });
  });

  it('counts an open item older than two weeks as due and overdue', () => {
    const evidence = feedbackEvidenceOf([item('2026-03-19', 'open')], '2026-04-03');
    expect(evidence).toMatchObject({ due: 1, handledInTime: 0, share: 0, overdue: 1 });
  });

  it('counts an item handled on day 14 as in time, on day 15 as late', () => {
    const evidence = feedbackEvidenceOf(
      [item('2026-03-01', 'acted', '2026-03-15'), item('2026-03-01', 'answered', '2026-03-16')],
      '2026-06-01',
    );
    expect(evidence).toMatchObject({ due: 2, handledInTime: 1, share: 0.5, actedOn: 1, overdue: 0 });
  });

  it('counts a handled item as due even when it arrived yesterday', () => {
    const evidence = feedbackEvidenceOf([item('2026-03-31', 'declined', '2026-04-01')], '2026-04-01');
    expect(evidence).toMatchObject({ due: 1, handledInTime: 1, share: 1, actedOn: 0 });
  });

  it('moves the share when an overdue item is acted on in time (crossing a month end)', () => {
    const before = feedbackEvidenceOf(
      [item('2026-01-25', 'acted', '2026-02-03'), item('2026-01-28', 'open')],
      '2026-02-20',
    );
    const after = feedbackEvidenceOf(
      [item('2026-01-25', 'acted', '2026-02-03'), item('2026-01-28', 'acted', '2026-02-10')],
      '2026-02-20',
    );
    expect(before.share).toBe(0.5);
    expect(after.share).toBe(1);
    expect(after.actedOn).toBe(2);
  });

  it('keeps its counts consistent for any items', () => {
    const day = fc
      .integer({ min: 0, max: 120 })
      .map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));
    const arb = fc.array(
      fc.record({ receivedOn: day, status: fc.constantFrom(...FEEDBACK_STATUSES), handled: day }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(arb, day, (raw, today) => {
        const items = raw.map((r) => item(r.receivedOn, r.status, r.status === 'open' ? null : r.handled));
        const e = feedbackEvidenceOf(items, today);
        expect(e.received).toBe(items.length);
        expect(e.handledInTime).toBeLessThanOrEqual(e.due);
        expect(e.overdue).toBeLessThanOrEqual(e.due);
        expect(e.due).toBeLessThanOrEqual(e.received);
        if (e.share !== null) expect(e.share).toBeGreaterThanOrEqual(0);
        if (e.share !== null) expect(e.share).toBeLessThanOrEqual(1);
        expect(e.share === null).toBe(e.due === 0);
      }),
      { numRuns: 100 },
    );
  });

  it('never counts a bare "useful" against the channel: a tool may post one next to every output', () => {
    const old = '2026-03-02';
    const evidence = feedbackEvidenceOf(
      [
        ...Array.from({ length: 200 }, () => ({
          receivedOn: old,
          status: 'open' as const,
          handledOn: null,
          rating: 'useful' as const,
          comment: null,
        })),
        { receivedOn: old, status: 'open', handledOn: null, rating: 'useful', comment: 'Scheelt me een uur' },
        { receivedOn: old, status: 'acted', handledOn: '2026-03-05', rating: 'wrong', comment: null },
      ],
      '2026-04-01',
    );
    expect(evidence).toEqual({ received: 202, due: 2, handledInTime: 1, share: 0.5, actedOn: 1, overdue: 1 });
  });
});
