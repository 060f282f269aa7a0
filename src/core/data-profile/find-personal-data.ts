/**
 * Personal data: a column is flagged when most of its sampled values validate as one kind
 * (IBAN by mod-97, BSN by the 11-check, …) or when its name and values say it holds names.
 */
import { classifyValue } from './classify-value.ts';
import type { ColumnStats } from './column-stats.ts';
import type { PiiFinding, ProfileIssue, ProfileIssueCode } from './data-profile-types.ts';
import { round3 } from './find-column-issues.ts';
import {
  isPersonNameColumn,
  looksLikePersonName,
  PII_VALIDATORS,
  startsWithFirstName,
} from './personal-data-validators.ts';
import { PROFILE_THRESHOLDS as T } from './profile-thresholds.ts';
import { typedKind } from './typed-kind.ts';

/** Kinds checked by validator, in the order that wins a tie. */
const PII_ORDER = ['email', 'iban', 'bsn', 'phone', 'postcode'] as const;

const PII_CODES: Record<PiiFinding['kind'], ProfileIssueCode> = {
  email: 'PII_EMAIL',
  phone: 'PII_PHONE',
  iban: 'PII_IBAN',
  bsn: 'PII_BSN',
  postcode: 'PII_POSTCODE',
  name: 'PII_NAME',
};

/** The personal data in each column and its issue; a BSN is high (its use is restricted by law). */
export function findPersonalData(columns: readonly ColumnStats[]): {
  pii: PiiFinding[];
  issues: ProfileIssue[];
} {
  const pii: PiiFinding[] = [];
  const issues: ProfileIssue[] = [];
  for (const c of columns) {
    if (c.type === 'empty' || c.type === 'decimal' || typedKind(c.type) === 'date') continue;
    const sample = c.values
      .filter((v) => {
        const k = classifyValue(v.value).kind;
        return k !== 'missing' && k !== 'missingToken';
      })
      .slice(0, T.piiSampleSize);
    const total = sample.reduce((s, v) => s + v.count, 0);
    if (total === 0) continue;
    const shareOf = (test: (v: string) => boolean) =>
      sample.reduce((s, v) => s + (test(v.value) ? v.count : 0), 0) / total;
    let found: { kind: PiiFinding['kind']; share: number } | undefined;
    for (const kind of PII_ORDER) {
      const s = shareOf(PII_VALIDATORS[kind]);
      if (s >= T.piiShare && (!found || s > found.share)) found = { kind, share: s };
    }
    if (!found && c.type === 'text') {
      const nameShaped = shareOf(looksLikePersonName);
      const firstNames = shareOf(startsWithFirstName);
      if (
        (isPersonNameColumn(c.name) && nameShaped >= T.piiShare) ||
        (firstNames >= T.piiFirstNameShare && nameShaped >= T.piiShare)
      ) {
        found = { kind: 'name', share: Math.max(nameShaped, firstNames) };
      }
    }
    if (!found) continue;
    const share = round3(found.share);
    pii.push({ column: c.name, kind: found.kind, share });
    issues.push({
      code: PII_CODES[found.kind],
      severity: found.kind === 'bsn' ? 'high' : 'medium',
      column: c.name,
      share,
      message: { key: `profiler.issue.pii.${found.kind}`, params: { column: c.name, share } },
    });
  }
  return { pii, issues };
}
