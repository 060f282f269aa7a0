import {
  FEEDBACK_HANDLE_DAYS,
  type FeedbackEvidence,
  type FeedbackRating,
  type FeedbackStatus,
} from './survey-types.ts';

const MS_PER_DAY = 86_400_000;

/** Whole days from one YYYY-MM-DD to another (negative when `to` is earlier); NaN for a bad day. */
function daysBetween(from: string, to: string): number {
  const day = (s: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  };
  return Math.round((day(to) - day(from)) / MS_PER_DAY);
}

/**
 * True when an item asks someone to do something: anything but a bare "useful" (a tool may post one
 * next to every AI output; nobody has to answer those, so they never count against the channel).
 */
export function asksForAction(item: { rating?: FeedbackRating; comment?: string | null }): boolean {
  return item.rating !== 'useful' || (item.comment ?? '').trim() !== '';
}

/**
 * The feedback channel, measured ("a feedback channel that is acted on"): of the items that are due —
 * handled ones, and open ones older than FEEDBACK_HANDLE_DAYS days — the share handled (acted on,
 * answered or declined) within FEEDBACK_HANDLE_DAYS days of arriving. An open item younger than that
 * is not counted against the channel yet; a bare "useful" never is. Days are YYYY-MM-DD; `today` is the day it is measured.
 *
 * @example feedbackEvidenceOf([{ receivedOn: '2026-03-02', status: 'acted', handledOn: '2026-03-09' }], '2026-04-01')
 *   // { received: 1, due: 1, handledInTime: 1, share: 1, actedOn: 1, overdue: 0 }
 */
export function feedbackEvidenceOf(
  items: readonly {
    receivedOn: string;
    status: FeedbackStatus;
    handledOn: string | null;
    rating?: FeedbackRating;
    comment?: string | null;
  }[],
  today: string,
): FeedbackEvidence {
  let due = 0;
  let handledInTime = 0;
  let actedOn = 0;
  let overdue = 0;
  for (const item of items) {
    if (item.status === 'acted') actedOn++;
    if (!asksForAction(item)) continue;
    if (item.status === 'open') {
      if (daysBetween(item.receivedOn, today) > FEEDBACK_HANDLE_DAYS) {
        due++;
        overdue++;
      }
      continue;
    }
    due++;
    const took = item.handledOn === null ? Number.NaN : daysBetween(item.receivedOn, item.handledOn);
    if (took <= FEEDBACK_HANDLE_DAYS) handledInTime++;
  }
  return {
    received: items.length,
    due,
    handledInTime,
    share: due === 0 ? null : handledInTime / due,
    actedOn,
    overdue,
  };
}
