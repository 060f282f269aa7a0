/**
 * A DataProfile as one standalone HTML page (no scripts, no external files): readiness, issues
 * with examples, a column table with small histograms, and a coverage chart per time series.
 * Every text comes from the translation files; every value is escaped.
 */
import type {
  DataProfile,
  ProfileIssue,
  TimeSeriesProfile,
} from '../core/data-profile/data-profile-types.ts';
import { bySeverity } from '../core/data-profile/level-readiness.ts';
import { formatNumber } from '../i18n/locale-format.ts';
import type { Locale } from '../i18n/resources.ts';
import { renderMessage } from '../i18n/translate.ts';
import { formatDuration, formatShare, renderProfileMessage } from './profile-text.ts';

const esc = (s: unknown) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
const t = (key: string, locale: Locale, params?: Record<string, string | number>) =>
  esc(renderMessage(params ? { key: `profiler.${key}`, params } : { key: `profiler.${key}` }, locale));

/** Renders the whole page. */
export function renderProfileHtml(profile: DataProfile, locale: Locale): string {
  const d = profile.dataset;
  const issues = [...profile.issues, ...profile.columns.flatMap((c) => c.issues)].sort(bySeverity);
  const level = profile.readiness.level;
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('report.title', locale, { file: profile.file })}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1d2733}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
.level{display:inline-block;padding:.3rem .8rem;border-radius:.4rem;font-weight:600;color:#fff}
.level-A{background:#2e7d32}.level-B{background:#9a6b00}.level-C{background:#c0392b}.level-not-loadable{background:#555}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e3e7eb;vertical-align:top}
.sev{font-size:.8rem;padding:.05rem .4rem;border-radius:.3rem;background:#eef1f4}
.sev-high,.sev-critical{background:#fbe3e0}.sev-medium{background:#fdf1d6}
.ex{color:#5b6773;font-size:.85rem}svg{display:block}
</style></head><body>
<h1>${t('report.title', locale, { file: profile.file })}</h1>
<p>${t('report.dataset', locale, { rows: d.rows, columns: d.columns, format: d.format, encoding: d.encoding })}${
    d.delimiter
      ? ` · ${t('report.delimiter', locale, { delimiter: d.delimiter === '\t' ? 'tab' : d.delimiter })}`
      : ''
  }${d.skippedLines ? ` · ${t('report.skipped', locale, { lines: d.skippedLines, header: d.headerRow ?? 1 })}` : ''}</p>
<h2>${t('report.readiness', locale)}</h2>
<p><span class="level level-${esc(level)}">${t(`readiness.level.${level}`, locale)}</span></p>
<ul>${profile.readiness.reasons.map((r) => `<li>${esc(renderProfileMessage(r, locale))}</li>`).join('')}</ul>
<h2>${t('report.issues', locale)}</h2>
${issues.length === 0 ? `<p>${t('report.noIssues', locale)}</p>` : `<table>${issues.map((i) => issueRow(i, locale)).join('')}</table>`}
<h2>${t('report.columns', locale)}</h2>
<table><tr><th>${t('report.column', locale)}</th><th>${t('report.type', locale)}</th><th>${t('report.missing', locale)}</th><th>${t('report.distinct', locale)}</th><th>${t('report.range', locale)}</th><th></th></tr>
${profile.columns
  .map(
    (c) =>
      `<tr><td>${esc(c.name)}</td><td>${t(`type.${c.type}`, locale)}</td><td>${esc(formatShare(c.missingShare, locale))}</td><td>${esc(formatNumber(c.distinctCount, locale))}</td><td>${esc(range(c.min, c.max, locale))}</td><td>${
        c.histogram
          ? bars(
              c.histogram.map((b) => b.count),
              120,
              24,
            )
          : ''
      }</td></tr>`,
  )
  .join('\n')}</table>
${profile.timeSeries.length > 0 ? `<h2>${t('report.timeSeries', locale)}</h2>${profile.timeSeries.map((s) => series(s, locale)).join('')}` : ''}
${labels(profile, locale)}
${
  profile.pii.length > 0
    ? `<h2>${t('report.pii', locale)}</h2><ul>${profile.pii
        .map(
          (p) =>
            `<li>${t('report.piiLine', locale, { column: p.column, kind: renderMessage({ key: `profiler.pii.${p.kind}` }, locale), share: formatShare(p.share, locale) })}</li>`,
        )
        .join('')}</ul>`
    : ''
}
<p class="ex">${t('report.generated', locale)}</p>
</body></html>
`;
}

function issueRow(i: ProfileIssue, locale: Locale): string {
  const ex: string[] = [];
  if (i.exampleValues?.length)
    ex.push(
      i.exampleValues
        .slice(0, 5)
        .map((v) => `“${esc(v)}”`)
        .join(', '),
    );
  if (i.exampleRows?.length)
    ex.push(`${t('report.rows', locale)} ${esc(i.exampleRows.slice(0, 5).join(', '))}`);
  if (i.exampleLines?.length)
    ex.push(`${t('report.lines', locale)} ${esc(i.exampleLines.slice(0, 5).join(', '))}`);
  return `<tr><td><span class="sev sev-${esc(i.severity)}">${t(`severity.${i.severity}`, locale)}</span></td><td><code>${esc(i.code)}</code></td><td>${esc(renderProfileMessage(i.message, locale))}${ex.length ? `<div class="ex">${t('report.examples', locale)}: ${ex.join(' · ')}</div>` : ''}</td></tr>`;
}

function series(s: TimeSeriesProfile, locale: Locale): string {
  const title = esc(s.entity ?? s.timeColumn);
  const facts = [
    `${t('report.readings', locale)}: ${esc(formatNumber(s.readings, locale))}`,
    `${t('report.interval', locale)}: ${esc(formatDuration(s.medianIntervalSeconds, locale))}`,
    `${t('report.gaps', locale)}: ${esc(formatNumber(s.gaps, locale))}`,
    `${t('report.longestGap', locale)}: ${esc(formatDuration(s.longestGapSeconds, locale))}`,
    `${t('report.coverage', locale)}: ${esc(formatShare(s.coverage, locale))}`,
    `${t('report.pattern', locale)}: ${t(`pattern.${s.pattern}`, locale)}`,
  ];
  const chart = s.coverageBuckets
    ? bars(
        s.coverageBuckets.map((b) => (b.expected > 0 ? Math.min(1, b.readings / b.expected) : 0)),
        600,
        60,
        1,
      )
    : '';
  return `<h3>${title}</h3><p>${facts.join(' · ')}</p>${chart}`;
}

function labels(profile: DataProfile, locale: Locale): string {
  const l = profile.labels;
  if (!l) return '';
  const total = l.classes.reduce((s, c) => s + c.count, 0);
  return `<h2>${t('report.labels', locale, { column: l.column })}</h2><ul>${l.classes
    .slice(0, 20)
    .map(
      (c) =>
        `<li>${t('report.labelClass', locale, { value: c.value, count: c.count, share: formatShare(c.count / Math.max(1, total), locale) })}</li>`,
    )
    .join('')}</ul>`;
}

/** A tiny inline SVG bar chart; `max` fixes the scale (1 for coverage fractions). */
function bars(values: number[], width: number, height: number, max?: number): string {
  if (values.length === 0) return '';
  const top = max ?? Math.max(...values, 1);
  const w = width / values.length;
  const rects = values
    .map((v, i) => {
      const h = Math.max(0, (v / top) * height);
      return `<rect x="${(i * w).toFixed(1)}" y="${(height - h).toFixed(1)}" width="${Math.max(1, w - 1).toFixed(1)}" height="${h.toFixed(1)}" fill="#3b6ea5"/>`;
    })
    .join('');
  return `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">${rects}</svg>`;
}

function range(min: unknown, max: unknown, locale: Locale): string {
  if (min === undefined || max === undefined) return '';
  const f = (v: unknown) =>
    typeof v === 'number' ? formatNumber(v, locale) : String(v).replace(/ 00:00:00$/, '');
  return `${f(min)} … ${f(max)}`;
}
