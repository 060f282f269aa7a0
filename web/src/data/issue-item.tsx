import { useTranslation } from 'react-i18next';
import { useFormat } from '../format.ts';
import type { RenderedIssue } from './data-file-types.ts';

const MAX_EXAMPLES = 8;
const quote = (v: string) => `“${v.length > 60 ? `${v.slice(0, 59)}…` : v}”`;

/** A stable React key for an issue: the profiler never reports the same message twice for one column. */
export const issueKey = (issue: RenderedIssue) => `${issue.code}|${issue.column ?? ''}|${issue.message.text}`;

/** One profile issue: severity, the message in plain words, and where to look (rows, lines, values). */
export function IssueItem({ issue }: { issue: RenderedIssue }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rows = issue.exampleRows?.slice(0, MAX_EXAMPLES) ?? [];
  const lines = issue.exampleLines?.slice(0, MAX_EXAMPLES) ?? [];
  const values = issue.exampleValues?.slice(0, MAX_EXAMPLES) ?? [];
  return (
    <li className={`finding sev-${issue.severity}`}>
      <p className="finding-title">
        <span className={`badge sev-badge-${issue.severity}`}>{t(`web.severity.${issue.severity}`)}</span>{' '}
        {issue.message.text}
      </p>
      {(rows.length > 0 || lines.length > 0 || values.length > 0) && (
        <p className="muted small data-examples">
          {rows.length > 0 && (
            <span>{t('profiler.page.issue.rows', { rows: rows.map((r) => fmt.number(r)).join(', ') })}</span>
          )}
          {lines.length > 0 && (
            <span>
              {t('profiler.page.issue.lines', { lines: lines.map((r) => fmt.number(r)).join(', ') })}
            </span>
          )}
          {values.length > 0 && (
            <span>{t('profiler.page.issue.values', { values: values.map(quote).join(', ') })}</span>
          )}
        </p>
      )}
    </li>
  );
}
