/**
 * SHIFTED_VALUES: in rows where text column B is empty, another text column A ends with a word
 * that is one of B's own frequent values — and A does not end like that where B is filled.
 * That is a value that slid into the neighbouring field, as in Raha's beers ("Gary IN" + "").
 * The rules propose which pairs to count (`findShiftedValueCandidates`) and judge the counts
 * (`findShiftedValueIssues`); the profiler counts.
 */
import type { ColumnStats, ShiftedValuesCount } from './column-stats.ts';
import type { ProfileIssue } from './data-profile-types.ts';
import { PROFILE_THRESHOLDS as T } from './profile-thresholds.ts';

export type ShiftedValueCandidate = {
  /** The column that is empty where a value slid out of it. */
  receiver: string;
  /** Columns with values that end in one of the receiver's values, and those values. */
  senders: { sender: string; matching: string[] }[];
};

/** The last word of a value, as it would be written after a city ("Gary IN", "Utrecht, UT"). */
const LAST_WORD = /(?:^|[\s,;/|])([^\s,;/|]+)[\s,.;]*$/;

/**
 * Pairs worth counting: receivers are fully counted text columns with some empty rows and a small
 * domain; senders are the other text columns with values ending in a word from that domain.
 */
export function findShiftedValueCandidates(columns: readonly ColumnStats[]): ShiftedValueCandidate[] {
  const text = columns.filter((c) => c.type === 'text' && c.isText && c.isExact);
  const receivers = text
    .filter((b) => b.missing > 0 && b.distinctCount >= 2 && b.distinctCount <= T.shiftedReceiverMaxDistinct)
    .slice(0, T.shiftedMaxReceivers);
  const out: ShiftedValueCandidate[] = [];
  for (const b of receivers) {
    const domain = new Set(
      b.values
        .filter(
          (v) =>
            v.count >= T.shiftedDomainMinCount &&
            v.value.trim().length >= T.shiftedDomainMinLength &&
            v.value.length <= T.shiftedDomainMaxLength,
        )
        .map((v) => v.value.trim()),
    );
    if (domain.size === 0) continue;
    // Which values of each other column end in one of B's values: decided once per distinct value.
    const senders = text
      .filter((a) => a !== b)
      .map((a) => ({
        sender: a.name,
        matching: a.values
          .filter((v) => {
            const token = LAST_WORD.exec(v.value.trim())?.[1];
            return token !== undefined && domain.has(token) && v.value.trim().length > token.length;
          })
          .map((v) => v.value),
      }))
      .filter((s) => s.matching.length > 0)
      .slice(0, T.shiftedMaxSenders);
    if (senders.length > 0) out.push({ receiver: b.name, senders });
  }
  return out;
}

/**
 * Two issues per pair that shows the pattern: on the sender ("`city` holds values of `state`")
 * and on the receiver ("`state` is empty where they are").
 */
export function findShiftedValueIssues(counts: readonly ShiftedValuesCount[]): ProfileIssue[] {
  const out: ProfileIssue[] = [];
  for (const x of counts) {
    const m = x.matchedWhereEmpty;
    const whereEmpty = m / Math.max(1, x.receiverEmpty);
    if (m < T.shiftedMinCount || whereEmpty < T.shiftedMinShare) continue;
    // Where B is filled, A should rarely end in a B value; otherwise that is just how A is written.
    if (x.receiverFilled > 0 && x.matchedWhereFilled / x.receiverFilled >= T.shiftedFilledRatio * whereEmpty)
      continue;
    const params = { column: x.sender, other: x.receiver, count: m, example: x.exampleValue };
    const issue = (column: string, key: string, examples: Partial<ProfileIssue>): ProfileIssue => ({
      code: 'SHIFTED_VALUES',
      severity: 'medium',
      column,
      message: { key: `profiler.issue.${key}`, params },
      count: m,
      ...examples,
    });
    out.push(
      issue(x.sender, 'shiftedValues', { exampleValues: [x.exampleValue], exampleRows: [x.exampleRow] }),
      issue(x.receiver, 'shiftedValuesInto', { exampleRows: [x.exampleRow] }),
    );
  }
  return out;
}
