import type {
  DataProfile,
  PiiFinding,
  ProfileIssue,
  TimeSeriesProfile,
} from '../../data-profile/data-profile-types.ts';
import { type Message, msg } from '../../message.ts';
import type { ActionId } from '../action-catalogue.ts';
import { type AssessContext, fileLabel } from '../assess-context.ts';
import type { Severity } from '../assessment-types.ts';
import { type DraftFinding, draftFinding, percent } from '../draft-finding.ts';
import { compareSeverity } from '../score-findings.ts';
import { DATA } from '../scoring-rules.ts';

/** Profile issue codes with their own title and advice, and the action that fixes them. */
const ISSUE_ACTIONS: Record<string, ActionId> = {
  MISSING: 'data.clean',
  DISGUISED_MISSING: 'data.clean',
  EMPTY_COLUMN: 'data.clean',
  DUPLICATE_ROWS: 'data.clean',
  MIXED_TYPES: 'data.clean',
  MIXED_DATE_FORMATS: 'data.clean',
  MIXED_UNITS: 'data.clean',
  NUMBER_AS_TEXT: 'data.clean',
  OUTLIERS: 'data.clean',
  NEAR_DUPLICATE_VALUES: 'data.clean',
  ENCODING_DAMAGE: 'data.clean',
  PARSE_ERRORS: 'data.clean',
  TIME_GAPS: 'data.capture',
  IRREGULAR_INTERVAL: 'data.capture',
  IMBALANCE: 'data.collect',
  TOO_FEW_ROWS: 'data.collect',
};

/** Issue codes the time-series summary already covers when the profile has time series. */
const TIME_SERIES_CODES = new Set(['TIME_GAPS', 'IRREGULAR_INTERVAL']);

const PII_KIND_BY_CODE: Record<string, PiiFinding['kind']> = {
  PII_EMAIL: 'email',
  PII_PHONE: 'phone',
  PII_IBAN: 'iban',
  PII_BSN: 'bsn',
  PII_POSTCODE: 'postcode',
  PII_NAME: 'name',
};

/** How many issues a finding lists in its evidence before summarising the rest. */
const MAX_LISTED = 5;

const quoteValues = (values: readonly string[]): string =>
  values
    .slice(0, 5)
    .map((v) => `'${v.length > 40 ? `${v.slice(0, 40)}…` : v}'`)
    .join(', ');

/** The evidence lines of one issue: where (column, share), which rows, which values. */
function issueDetails(issue: ProfileIssue): Message[] {
  const lines: Message[] = [];
  const pct = issue.share === undefined ? undefined : percent(issue.share);
  if (issue.column !== undefined) {
    lines.push(
      pct === undefined
        ? msg('assessment.evidence.profile.column', { column: issue.column })
        : msg('assessment.evidence.profile.columnShare', { column: issue.column, pct }),
    );
  } else if (pct !== undefined) {
    lines.push(msg('assessment.evidence.profile.datasetShare', { pct }));
  }
  if (issue.exampleRows && issue.exampleRows.length > 0) {
    lines.push(msg('assessment.evidence.profile.rows', { rows: issue.exampleRows.slice(0, 8).join(', ') }));
  }
  if (issue.exampleValues && issue.exampleValues.length > 0) {
    lines.push(msg('assessment.evidence.profile.values', { values: quoteValues(issue.exampleValues) }));
  }
  // Nothing structured to show (a dataset-level issue such as TOO_FEW_ROWS): the profiler's own sentence.
  if (lines.length === 0) lines.push(issue.message);
  return lines;
}

function worst(severities: readonly Severity[]): Severity {
  return severities.reduce<Severity>((a, b) => (compareSeverity(b, a) > 0 ? b : a), 'info');
}

/** Every issue of a profile, dataset-level and per column. */
function allIssues(profile: DataProfile): ProfileIssue[] {
  return [
    ...profile.issues,
    ...profile.columns.flatMap((c) => c.issues.map((i) => ({ column: c.name, ...i }))),
  ];
}

function intervalDetail(series: TimeSeriesProfile): Message {
  const s = series.medianIntervalSeconds;
  const [unit, value] =
    s < 3600 ? ['minutes', s / 60] : s < 2 * 86_400 ? ['hours', s / 3600] : ['days', s / 86_400];
  const params = {
    column: series.timeColumn,
    entity: series.entity ?? '',
    interval: Math.round(value * 10) / 10,
    readings: series.readings,
    gaps: series.gaps,
    longestGapDays: Math.round((series.longestGapSeconds / 86_400) * 10) / 10,
    coveragePct: percent(series.coverage),
  };
  const key = series.entity ? 'seriesEntity' : 'series';
  return msg(`assessment.evidence.profile.${key}.${unit}`, params);
}

function timeSeriesFinding(
  profile: DataProfile,
  fileParams: Record<string, string | number>,
  suffix: string,
) {
  const flagged = profile.timeSeries.filter(
    (t) => t.pattern !== 'regular' || t.coverage < DATA.timeSeriesCoverageMedium,
  );
  if (flagged.length === 0) return null;
  const isHandLogged = flagged.some((t) => t.pattern === 'hand-logged');
  const isHigh = isHandLogged || flagged.some((t) => t.coverage < DATA.timeSeriesCoverageHigh);
  return draftFinding({
    id: `data.profile.timeSeries.${suffix}`,
    rule: isHandLogged ? 'data.profile.handLogged' : 'data.profile.irregularSeries',
    severity: isHigh ? 'high' : 'medium',
    action: 'data.capture',
    params: { ...fileParams, count: flagged.length },
    evidence: msg('assessment.evidence.profile.found', fileParams),
    details: flagged.slice(0, MAX_LISTED).map(intervalDetail),
  });
}

function piiFinding(
  ctx: AssessContext,
  profile: DataProfile,
  fileParams: Record<string, string | number>,
  suffix: string,
) {
  const found = new Map<string, { column: string; kind: PiiFinding['kind']; share?: number }>();
  for (const p of profile.pii) found.set(`${p.column}|${p.kind}`, p);
  for (const issue of allIssues(profile)) {
    const kind = PII_KIND_BY_CODE[String(issue.code)];
    if (kind && issue.column !== undefined && !found.has(`${issue.column}|${kind}`)) {
      found.set(`${issue.column}|${kind}`, { column: issue.column, kind, share: issue.share });
    }
  }
  if (found.size === 0) return null;
  const details = [...found.values()]
    .slice(0, MAX_LISTED)
    .map((p) =>
      p.share === undefined
        ? msg(`assessment.evidence.profile.pii.${p.kind}`, { column: p.column })
        : msg(`assessment.evidence.profile.piiShare.${p.kind}`, { column: p.column, pct: percent(p.share) }),
    );
  const answers = ctx.useCase.data ?? {};
  let rule: string;
  let severity: Severity;
  if (answers.personalData === false) {
    rule = 'data.profile.personalDataContradiction';
    severity = 'high';
  } else if (answers.personalData === true || answers.legalBasis === true) {
    // The answers already raise (or settle) the legal-basis question; the file is supporting evidence.
    rule = 'data.profile.personalDataConfirmed';
    severity = 'info';
  } else {
    rule = 'data.profile.personalDataFound';
    severity = ctx.isNotApplicable('data.legalBasis') ? 'medium' : 'high';
  }
  return draftFinding({
    id: `data.profile.personalData.${suffix}`,
    rule,
    severity,
    action: 'data.legal',
    params: { ...fileParams, count: found.size },
    evidence: msg('assessment.evidence.profile.found', fileParams),
    details,
  });
}

/**
 * Turns data profiles of the company's own files into `data` findings that quote the file, the
 * columns, the shares and example rows: readiness B/C, serious profile issues, hand-logged or gappy
 * time series, and personal data (which raises the legal-basis question).
 */
export function profileFindings(ctx: AssessContext): DraftFinding[] {
  const out: DraftFinding[] = [];
  ctx.profiles.forEach((profile, i) => {
    const suffix = `f${i + 1}`;
    const fileParams = {
      file: fileLabel(profile.file),
      rows: profile.dataset.rows,
      columns: profile.dataset.columns,
    };
    const fileFindings: DraftFinding[] = [];

    const series = timeSeriesFinding(profile, fileParams, suffix);
    if (series) fileFindings.push(series);

    const byCode = new Map<string, ProfileIssue[]>();
    for (const issue of allIssues(profile)) {
      const code = String(issue.code);
      if (code.startsWith('PII_')) continue;
      if (TIME_SERIES_CODES.has(code) && profile.timeSeries.length > 0) continue;
      const list = byCode.get(code) ?? [];
      list.push(issue);
      byCode.set(code, list);
    }
    for (const [code, issues] of byCode) {
      const severity = DATA.profileIssueSeverity[worst(issues.map((x) => x.severity))];
      if (severity === null) continue;
      const known = code in ISSUE_ACTIONS;
      const ordered = [...issues].sort((a, b) => compareSeverity(b.severity, a.severity));
      const details = ordered.slice(0, MAX_LISTED).flatMap(issueDetails);
      if (ordered.length > MAX_LISTED) {
        details.push(msg('assessment.evidence.profile.more', { count: ordered.length - MAX_LISTED }));
      }
      fileFindings.push(
        draftFinding({
          id: `data.profile.${code}.${suffix}`,
          rule: known ? `data.profile.${code}` : 'data.profile.other',
          severity,
          action: ISSUE_ACTIONS[code] ?? 'data.clean',
          params: { ...fileParams, code, count: issues.length },
          evidence: msg('assessment.evidence.profile.found', fileParams),
          details,
        }),
      );
    }

    const pii = piiFinding(ctx, profile, fileParams, suffix);
    if (pii) fileFindings.push(pii);

    const level = profile.readiness.level;
    const readinessSeverity = DATA.readinessSeverity[level];
    if (readinessSeverity !== null || level === 'A') {
      // The readiness level summarises the issues above; it only adds risk when they do not already.
      const covered = fileFindings.some(
        (f) => readinessSeverity !== null && compareSeverity(f.severity, readinessSeverity) >= 0,
      );
      out.push(
        draftFinding({
          id: `data.profile.readiness.${suffix}`,
          rule: level === 'not-loadable' ? 'data.profile.notLoadable' : 'data.profile.readiness',
          severity: readinessSeverity === null || covered ? 'info' : readinessSeverity,
          action: level === 'not-loadable' ? 'data.digitise' : 'data.clean',
          params: { ...fileParams, level },
          details: profile.readiness.reasons,
        }),
      );
    }
    out.push(...fileFindings);
  });
  return out;
}
