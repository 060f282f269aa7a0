import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimeSeriesProfile } from '../../../src/core/data-profile/data-profile-types.ts';
import { ClassBalanceChart } from './class-balance-chart.tsx';
import { ColumnChart } from './column-chart.tsx';
import { CoverageChart } from './coverage-chart.tsx';
import type { RenderedColumn, RenderedProfile } from './data-file-types.ts';
import { IssueItem, issueKey } from './issue-item.tsx';
import {
  emptyPeriods,
  isFlaggedSeries,
  parseProfileTime,
  sortedIssues,
  topProblems,
  worstSeverity,
} from './profile-summary.ts';
import { useProfileFormat } from './use-profile-format.ts';

/** Series shown with a chart; the rest are counted. */
const MAX_SERIES = 12;
/** Number formats the profiler names (`decimal-comma+thousands-dot`); date patterns are shown as they are. */
const FORMAT_PARTS = new Set([
  'decimal-comma',
  'decimal-point',
  'thousands-space',
  'thousands-dot',
  'thousands-comma',
]);
const DELIMITERS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/**
 * One file's profile for a non-technical owner: the readiness level and what it means, the three
 * problems to fix first, the file at a glance; then, folded away, every finding, the time series
 * with their gaps, the label balance, personal data and each column with its chart.
 */
export function ProfileView({ profile, reportUrl }: { profile: RenderedProfile; reportUrl: string }) {
  const { t } = useTranslation();
  const fmt = useProfileFormat();
  const id = useId();
  const level = profile.readiness.level;
  const [summary, ...reasons] = profile.readiness.reasons;
  const top = topProblems(profile);
  const issues = sortedIssues(profile);
  const d = profile.dataset;
  const series = [...profile.timeSeries].sort(
    (a, b) => Number(isFlaggedSeries(b)) - Number(isFlaggedSeries(a)) || a.coverage - b.coverage,
  );
  const hasFlaggedSeries = series.some(isFlaggedSeries);
  const delimiter = d.delimiter === undefined ? undefined : (DELIMITERS[d.delimiter] ?? 'other');

  const facts: [string, string][] = [
    [t('profiler.page.summary.rows'), fmt.number(d.rows)],
    [t('profiler.page.summary.columns'), fmt.number(d.columns)],
    [
      t('profiler.page.summary.format'),
      d.sheet ? `${d.format.toUpperCase()} · ${d.sheet}` : d.format.toUpperCase(),
    ],
    [t('profiler.page.summary.encoding'), d.encoding.toUpperCase()],
  ];
  if (delimiter)
    facts.push([
      t('profiler.page.summary.delimiter'),
      t(`profiler.page.delimiter.${delimiter}`, { delimiter: d.delimiter }),
    ]);
  if (d.decimalSeparator)
    facts.push([
      t('profiler.page.summary.decimalSeparator'),
      t(d.decimalSeparator === ',' ? 'profiler.page.decimal.comma' : 'profiler.page.decimal.point'),
    ]);
  facts.push([
    t('profiler.page.summary.duplicates'),
    d.duplicateRows === 0
      ? t('profiler.page.summary.none')
      : `${fmt.number(d.duplicateRows)} (${fmt.percent(d.rows ? d.duplicateRows / d.rows : 0)})`,
  ]);
  if (d.rejectedRows) facts.push([t('profiler.page.summary.rejected'), fmt.number(d.rejectedRows)]);
  if (d.skippedLines)
    facts.push([
      t('profiler.page.summary.skipped'),
      t('profiler.page.summary.skippedValue', { lines: d.skippedLines, header: d.headerRow ?? 1 }),
    ]);

  return (
    <div className="data-profile">
      <div className={`data-verdict level-${level}`}>
        <p className="verdict-label">{t('profiler.page.readiness.label')}</p>
        <p className="data-level">
          <span className="data-level-badge" aria-hidden="true">
            {level === 'not-loadable' ? '–' : level}
          </span>
          <strong>{t(`profiler.readiness.level.${level}`)}</strong>
        </p>
        <p>{t(`profiler.page.readiness.meaning.${level}`)}</p>
        {summary && <p className="data-reason">{summary.text}</p>}
        {reasons.length > 0 && (
          <details className="data-why">
            <summary>{t('profiler.page.readiness.why', { count: reasons.length })}</summary>
            <ul>
              {reasons.map((r) => (
                <li key={r.key + r.text}>{r.text}</li>
              ))}
            </ul>
          </details>
        )}
      </div>

      <div className="data-top">
        <h4 id={`${id}-top`}>{t('profiler.page.top.title')}</h4>
        {top.length === 0 ? (
          <p className="ok">{t('profiler.page.top.none')}</p>
        ) : (
          <ol className="findings">
            {top.map((issue) => (
              <IssueItem key={issueKey(issue)} issue={issue} />
            ))}
          </ol>
        )}
      </div>

      <dl className="data-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <details className="data-section">
        <summary>{t('profiler.page.findings.title', { count: issues.length })}</summary>
        {issues.length === 0 ? (
          <p className="muted">{t('profiler.page.findings.none')}</p>
        ) : (
          <ul className="findings">
            {issues.map((issue) => (
              <IssueItem key={issueKey(issue)} issue={issue} />
            ))}
          </ul>
        )}
      </details>

      {series.length > 0 && (
        <details className="data-section" open={hasFlaggedSeries}>
          <summary>{t('profiler.page.series.title', { count: series.length })}</summary>
          {series.slice(0, MAX_SERIES).map((s) => (
            <SeriesView key={`${s.timeColumn}|${s.entity ?? ''}`} series={s} />
          ))}
          {series.length > MAX_SERIES && (
            <p className="muted">{t('profiler.page.series.more', { count: series.length - MAX_SERIES })}</p>
          )}
        </details>
      )}

      {profile.labels && (
        <details className="data-section">
          <summary>{t('profiler.page.labels.title', { column: profile.labels.column })}</summary>
          <p>
            {t(`profiler.page.labels.chosenBy.${profile.labels.chosenBy}`, { column: profile.labels.column })}{' '}
            {profile.labels.classes.length > 1 &&
              t('profiler.page.labels.rarest', {
                value: [...profile.labels.classes].sort((a, b) => a.count - b.count)[0]?.value ?? '',
                count: profile.labels.minorityCount,
                countText: fmt.number(profile.labels.minorityCount),
                share: fmt.percent(profile.labels.minorityShare),
              })}
            {profile.labels.missing > 0 &&
              ` ${t('profiler.page.labels.missing', { count: profile.labels.missing, countText: fmt.number(profile.labels.missing) })}`}
          </p>
          <ClassBalanceChart labels={profile.labels} />
        </details>
      )}

      <details className="data-section" open={profile.pii.length > 0}>
        <summary>
          {profile.pii.length === 0
            ? t('profiler.page.pii.titleNone')
            : t('profiler.page.pii.title', { count: profile.pii.length })}
        </summary>
        {profile.pii.length === 0 ? (
          <p>{t('profiler.page.pii.none')}</p>
        ) : (
          <>
            <ul>
              {profile.pii.map((p) => (
                <li key={`${p.column}|${p.kind}`}>
                  {t('profiler.page.pii.line', {
                    column: p.column,
                    kind: t(`profiler.pii.${p.kind}`),
                    share: fmt.percent(p.share),
                  })}
                </li>
              ))}
            </ul>
            <p className="notice">{t('profiler.page.pii.advice')}</p>
          </>
        )}
      </details>

      <details className="data-section">
        <summary>{t('profiler.page.columns.title', { count: profile.columns.length })}</summary>
        <ul className="data-columns">
          {profile.columns.map((c) => (
            <ColumnView key={c.name} column={c} />
          ))}
        </ul>
      </details>

      <p className="small">
        <a href={reportUrl} target="_blank" rel="noopener">
          {t('profiler.page.report')}
        </a>
      </p>
    </div>
  );
}

/** One time series: its pattern, coverage and gaps in words, and the coverage chart. */
function SeriesView({ series }: { series: TimeSeriesProfile }) {
  const { t } = useTranslation();
  const fmt = useProfileFormat();
  const name =
    series.entity === undefined ? series.timeColumn : `${series.entityColumn ?? ''} ${series.entity}`.trim();
  const empty = emptyPeriods(series);
  const gapStart = series.longestGapStart ? parseProfileTime(series.longestGapStart) : null;
  const gapEnd = gapStart
    ? new Date(gapStart.getTime() + series.longestGapSeconds * 1000).toISOString()
    : null;
  return (
    <div className={`data-series${isFlaggedSeries(series) ? ' is-flagged' : ''}`}>
      <h5>
        {t('profiler.page.series.name', { name })}{' '}
        <span className={`badge pattern-${series.pattern}`}>{t(`profiler.pattern.${series.pattern}`)}</span>
      </h5>
      <p>
        {t(`profiler.page.series.pattern.${series.pattern}`, {
          interval: fmt.duration(series.medianIntervalSeconds),
        })}{' '}
        {t('profiler.page.series.span', {
          count: series.readings,
          readings: fmt.number(series.readings),
          first: fmt.profileDate(series.first),
          last: fmt.profileDate(series.last),
          coverage: fmt.percent(series.coverage),
        })}
      </p>
      <p>
        {series.gaps === 0 || !series.longestGapStart || !gapEnd
          ? t('profiler.page.series.noGaps')
          : t('profiler.page.series.gaps', {
              count: series.gaps,
              gaps: fmt.number(series.gaps),
              longest: fmt.duration(series.longestGapSeconds),
              from: fmt.profileDate(series.longestGapStart),
              to: fmt.profileDate(gapEnd),
            })}
        {series.duplicateTimestamps > 0 &&
          ` ${t('profiler.page.series.duplicates', { count: series.duplicateTimestamps, countText: fmt.number(series.duplicateTimestamps) })}`}
        {series.outOfOrder > 0 &&
          ` ${t('profiler.page.series.outOfOrder', { count: series.outOfOrder, countText: fmt.number(series.outOfOrder) })}`}
      </p>
      {empty.length > 0 && (
        <>
          <p className="data-empty-title">{t('profiler.page.series.emptyPeriods')}</p>
          <ul className="data-empty-periods">
            {empty.slice(0, 6).map((p) => (
              <li key={p.from}>
                {t('profiler.page.series.emptyPeriod', {
                  from: fmt.profileDate(p.from),
                  to: fmt.profileDate(p.to),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <CoverageChart series={series} name={name} />
    </div>
  );
}

/** One column, folded: type, emptiness, range; its chart and issues once opened. */
function ColumnView({ column }: { column: RenderedColumn }) {
  const { t } = useTranslation();
  const fmt = useProfileFormat();
  const [isOpen, setOpen] = useState(false);
  const isDate = column.type === 'date' || column.type === 'datetime';
  const value = (v: number | string) =>
    typeof v === 'number' ? fmt.number(v) : isDate ? fmt.profileDate(v) : v;
  const worst = worstSeverity(column.issues);
  return (
    <li>
      <details className="data-column" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <strong>{column.name}</strong>{' '}
          <span className="muted">
            {t(`profiler.type.${column.type}`)} ·{' '}
            {t('profiler.page.columns.missing', { share: fmt.percent(column.missingShare) })}
          </span>
          {worst && worst !== 'info' && (
            <span className={`badge sev-badge-${worst}`}>
              {t('profiler.page.columns.issues', { count: column.issues.length })}
            </span>
          )}
        </summary>
        {isOpen && (
          <div className="data-column-body">
            <dl className="data-facts compact">
              <div>
                <dt>{t('profiler.page.columns.distinct')}</dt>
                <dd>{fmt.number(column.distinctCount)}</dd>
              </div>
              {column.min !== undefined && column.max !== undefined && (
                <div>
                  <dt>{t('profiler.page.columns.range')}</dt>
                  <dd>
                    {value(column.min)} – {value(column.max)}
                  </dd>
                </div>
              )}
              {column.mean !== undefined && (
                <div>
                  <dt>{t('profiler.page.columns.mean')}</dt>
                  <dd>{fmt.number(column.mean)}</dd>
                </div>
              )}
              {column.format && (
                <div>
                  <dt>{t('profiler.page.columns.format')}</dt>
                  <dd>
                    {column.format
                      .split('+')
                      .map((part) =>
                        FORMAT_PARTS.has(part) ? t(`profiler.page.columns.formatPart.${part}`) : part,
                      )
                      .join(', ')}
                  </dd>
                </div>
              )}
            </dl>
            <ColumnChart column={column} />
            {column.issues.length > 0 && (
              <ul className="findings">
                {column.issues.map((issue) => (
                  <IssueItem key={issueKey(issue)} issue={issue} />
                ))}
              </ul>
            )}
          </div>
        )}
      </details>
    </li>
  );
}
