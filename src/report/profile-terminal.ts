/**
 * A DataProfile as a readable terminal summary (the default of `haalbaar profile`): the
 * readiness level and why, the issues most severe first with examples, then columns, time
 * series, labels and personal data. Plain text, no colours, so it also reads in a log file.
 */
import type { DataProfile, ProfileIssue } from '../core/data-profile/data-profile-types.ts';
import { bySeverity } from '../core/data-profile/level-readiness.ts';
import { formatNumber } from '../i18n/locale-format.ts';
import type { Locale } from '../i18n/resources.ts';
import { renderMessage } from '../i18n/translate.ts';
import { formatDuration, formatShare, renderProfileMessage } from './profile-text.ts';

const t = (key: string, locale: Locale, params?: Record<string, string | number>) =>
  renderMessage(params ? { key: `profiler.${key}`, params } : { key: `profiler.${key}` }, locale);

/** Renders the summary; `maxIssues` caps the issue list (the JSON has them all). */
export function renderProfileTerminal(profile: DataProfile, locale: Locale, maxIssues = 25): string {
  const d = profile.dataset;
  const out: string[] = [];
  out.push(t('report.title', locale, { file: profile.file }));
  const facts = [
    t('report.dataset', locale, { rows: d.rows, columns: d.columns, format: d.format, encoding: d.encoding }),
  ];
  if (d.delimiter)
    facts.push(t('report.delimiter', locale, { delimiter: d.delimiter === '\t' ? 'tab' : d.delimiter }));
  if (d.decimalSeparator) facts.push(t('report.decimalSeparator', locale, { separator: d.decimalSeparator }));
  if (d.sheet !== undefined)
    facts.push(t('report.sheet', locale, { sheet: d.sheet, sheets: (d.sheets ?? []).join(', ') }));
  if (d.skippedLines)
    facts.push(t('report.skipped', locale, { lines: d.skippedLines, header: d.headerRow ?? 1 }));
  if (d.duplicateRows > 0) facts.push(t('report.duplicateRows', locale, { count: d.duplicateRows }));
  out.push(facts.join(' · '), '');
  out.push(`${t('report.readiness', locale)}: ${t(`readiness.level.${profile.readiness.level}`, locale)}`);
  for (const r of profile.readiness.reasons.slice(0, 1)) out.push(`  ${renderProfileMessage(r, locale)}`);
  out.push('');

  const issues = [...profile.issues, ...profile.columns.flatMap((c) => c.issues)]
    .filter((i) => i.severity !== 'info')
    .sort(bySeverity);
  out.push(`${t('report.issues', locale)}:`);
  if (issues.length === 0) out.push(`  ${t('report.noIssues', locale)}`);
  for (const i of issues.slice(0, maxIssues)) out.push(...issueLines(i, locale));
  if (issues.length > maxIssues)
    out.push(`  ${t('report.moreIssues', locale, { count: issues.length - maxIssues })}`);
  out.push('');

  out.push(`${t('report.columns', locale)}:`);
  const rows = profile.columns.map((c) => [
    c.name,
    t(`type.${c.type}`, locale),
    formatShare(c.missingShare, locale),
    formatNumber(c.distinctCount, locale),
    range(c.min, c.max, locale),
  ]);
  out.push(
    ...table(
      [
        t('report.column', locale),
        t('report.type', locale),
        t('report.missing', locale),
        t('report.distinct', locale),
        t('report.range', locale),
      ],
      rows,
    ),
  );

  if (profile.timeSeries.length > 0) {
    out.push('', `${t('report.timeSeries', locale)}:`);
    out.push(
      ...table(
        [
          t('report.series', locale),
          t('report.readings', locale),
          t('report.interval', locale),
          t('report.gaps', locale),
          t('report.longestGap', locale),
          t('report.coverage', locale),
          t('report.pattern', locale),
        ],
        profile.timeSeries.map((s) => [
          s.entity ?? s.timeColumn,
          formatNumber(s.readings, locale),
          formatDuration(s.medianIntervalSeconds, locale),
          formatNumber(s.gaps, locale),
          formatDuration(s.longestGapSeconds, locale),
          formatShare(s.coverage, locale),
          t(`pattern.${s.pattern}`, locale),
        ]),
      ),
    );
  }
  if (profile.labels) {
    const l = profile.labels;
    const total = l.classes.reduce((s, c) => s + c.count, 0);
    out.push('', `${t('report.labels', locale, { column: l.column })}:`);
    for (const c of l.classes.slice(0, 10)) {
      out.push(
        `  ${t('report.labelClass', locale, { value: c.value, count: c.count, share: formatShare(c.count / Math.max(1, total), locale) })}`,
      );
    }
  }
  if (profile.pii.length > 0) {
    out.push('', `${t('report.pii', locale)}:`);
    for (const p of profile.pii) {
      out.push(
        `  ${t('report.piiLine', locale, { column: p.column, kind: t(`pii.${p.kind}`, locale), share: formatShare(p.share, locale) })}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

function issueLines(i: ProfileIssue, locale: Locale): string[] {
  const lines = [
    `  [${t(`severity.${i.severity}`, locale)}] ${i.code}: ${renderProfileMessage(i.message, locale)}`,
  ];
  const ex: string[] = [];
  if (i.exampleRows?.length) ex.push(`${t('report.rows', locale)} ${i.exampleRows.slice(0, 5).join(', ')}`);
  if (i.exampleLines?.length)
    ex.push(`${t('report.lines', locale)} ${i.exampleLines.slice(0, 5).join(', ')}`);
  if (ex.length > 0) lines.push(`      ${t('report.examples', locale)}: ${ex.join('; ')}`);
  return lines;
}

function range(min: unknown, max: unknown, locale: Locale): string {
  if (min === undefined || max === undefined) return '';
  const f = (v: unknown) =>
    typeof v === 'number' ? formatNumber(v, locale) : String(v).replace(/ 00:00:00$/, '');
  return `${f(min)} … ${f(max)}`;
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, j) =>
    Math.min(40, Math.max(h.length, ...rows.map((r) => (r[j] ?? '').length))),
  );
  const line = (cells: string[]) =>
    `  ${cells.map((c, j) => (c.length > (widths[j] ?? 0) ? `${c.slice(0, (widths[j] ?? 1) - 1)}…` : c.padEnd(widths[j] ?? 0))).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)];
}
