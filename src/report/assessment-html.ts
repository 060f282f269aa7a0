import type { Assessment, RiskLevel, Severity } from '../core/assessment/assessment-types.ts';
import { formatEur } from '../i18n/locale-format.ts';
import { label } from './assessment-format.ts';
import type { AssessmentReportOptions } from './assessment-markdown.ts';
import { actionTopic } from './assessment-markdown.ts';
import { findingParts, renderAssessment } from './assessment-render.ts';
import { rulesDocument, rulesHtml } from './rules-document.ts';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
:root{--low:#2e7d32;--medium:#b26a00;--high:#c62828;--critical:#6a1b1b;--ink:#1d232b;--muted:#5b6470;--line:#d9dee4}
*{box-sizing:border-box}body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 1rem}h2{font-size:1.25rem;margin:2rem 0 .75rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}h3{font-size:1.05rem;margin:1.5rem 0 .5rem}
.verdict{border-radius:.5rem;padding:1rem 1.25rem;border:2px solid var(--line)}.verdict strong{font-size:1.2rem}
.verdict.ready{border-color:var(--low)}.verdict.fix-first{border-color:var(--medium)}.verdict.rethink{border-color:var(--high)}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid var(--line)}th{font-weight:600}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;border-radius:1rem;padding:0 .6rem;font-size:.85rem;color:#fff;background:var(--muted)}
.badge.low{background:var(--low)}.badge.medium{background:var(--medium)}.badge.high{background:var(--high)}.badge.critical{background:var(--critical)}
.finding{border-left:4px solid var(--line);padding:.25rem 0 .25rem .75rem;margin:.75rem 0}.finding.high,.finding.critical{border-color:var(--high)}.finding.medium{border-color:var(--medium)}.finding.low{border-color:var(--low)}
.finding p{margin:.2rem 0}.finding ul{margin:.2rem 0 .2rem 1.25rem;padding:0}.label{color:var(--muted);font-size:.9rem}.why{color:var(--muted)}
dl.rules dt{font-weight:600;margin-top:.5rem}dl.rules dd{margin:0 0 0 1rem}dl.rules ul{margin:.2rem 0 .2rem 1.25rem;padding:0}
footer{margin-top:2.5rem;color:var(--muted);font-size:.85rem}
@media print{body{margin:0;max-width:none}.finding{break-inside:avoid}}
`;

const severityClass = (s: Severity): string => (s === 'info' ? 'info' : s);
const riskBadge = (risk: RiskLevel, text: string) => `<span class="badge ${risk}">${escapeHtml(text)}</span>`;

/**
 * The assessment as one standalone HTML page in one language: no scripts, no external resources,
 * every text escaped. Suitable for saving, mailing and printing to PDF.
 */
export function renderAssessmentHtml(assessment: Assessment, options: AssessmentReportOptions): string {
  const { locale } = options;
  const r = renderAssessment(assessment, locale);
  const e = escapeHtml;
  const l = (key: string, params?: Record<string, string | number>) => label(key, locale, params);
  const heading = `${l('report.title')}${options.title ? `: ${options.title}` : ''}`;
  const body: string[] = [];

  body.push(`<h1>${e(heading)}</h1>`);
  body.push(
    `<section class="verdict ${r.verdict}"><p><strong>${e(l('report.verdict'))}: ${e(r.verdictTitle)}</strong></p>`,
    `<p>${e(l(`verdict.${r.verdict}.summary`))}</p><p>${e(r.verdictReason)}</p></section>`,
  );

  body.push(`<h2>${e(l('report.factors'))}</h2><table><thead><tr>`);
  body.push(
    `<th>${e(l('report.factor'))}</th><th>${e(l('report.risk'))}</th><th class="num">${e(l('report.score'))}</th></tr></thead><tbody>`,
  );
  for (const f of r.factors) {
    body.push(
      `<tr><td>${e(f.name)}</td><td>${riskBadge(f.risk, l(`risk.${f.risk}`))}</td><td class="num">${f.score}</td></tr>`,
    );
  }
  body.push('</tbody></table>');

  body.push(`<h2>${e(l('report.actions'))}</h2>`);
  if (r.actions.length === 0) body.push(`<p>${e(l('report.noActions'))}</p>`);
  else {
    body.push(
      `<table><thead><tr><th class="num">${e(l('report.priority'))}</th><th>${e(l('report.action'))}</th><th>${e(l('report.factor'))}</th><th>${e(l('report.owner'))}</th><th>${e(l('report.effort'))}</th><th class="num">${e(l('report.riskRemoved'))}</th></tr></thead><tbody>`,
    );
    for (const a of r.actions) {
      body.push(
        `<tr><td class="num">${a.priority}</td><td><strong>${e(a.title)}</strong><br><span class="why">${e(a.why)}</span></td><td>${e(actionTopic(r, a.factor))}</td><td>${e(a.owner)}</td><td>${e(l(`effort.${a.effort}`))}</td><td class="num">${a.riskRemoved}</td></tr>`,
      );
    }
    body.push('</tbody></table>');
  }

  body.push(`<h2>${e(l('report.successConditions'))}</h2><table><thead><tr>`);
  body.push(
    `<th>${e(l('report.condition'))}</th><th>${e(l('report.status'))}</th><th>${e(l('report.evidence'))}</th></tr></thead><tbody>`,
  );
  for (const c of r.successConditions) {
    const cls = c.status === 'met' ? 'low' : c.status === 'not-met' ? 'high' : 'medium';
    body.push(
      `<tr><td>${e(c.name)}</td><td><span class="badge ${cls}">${e(l(`condition.status.${c.status}`))}</span></td><td>${e(c.evidence)}</td></tr>`,
    );
  }
  body.push('</tbody></table>');

  body.push(`<h2>${e(l('report.statusQuoCost'))}</h2>`);
  const cost = r.statusQuoCost;
  // A part that is 0 in a partial figure was not computed: show it as unknown, not as € 0.
  const part = (eur: number) =>
    cost?.isPartial && eur === 0 ? l('report.unknownPart') : formatEur(eur, locale);
  if (cost === null) body.push(`<p>${e(l('report.statusQuoUnknown'))}</p>`);
  else {
    body.push(
      `<p><strong>${e(l('report.perYear'))}: ${e(formatEur(cost.perYear, locale))}</strong>${cost.isPartial ? ` (${e(l('report.partial'))})` : ''}</p>`,
      `<p>${e(l('report.labour'))}: ${e(part(cost.breakdown.labourPerYear))} · ${e(l('report.errors'))}: ${e(part(cost.breakdown.errorsPerYear))}</p>`,
    );
  }

  if (r.rules) body.push(...rulesHtml(rulesDocument(r.rules, locale), e));

  body.push(`<h2>${e(l('report.findings'))}</h2>`);
  for (const f of assessment.factors) {
    body.push(
      `<h3>${e(l(`factor.${f.id}.name`))} ${riskBadge(f.risk, l(`risk.${f.risk}`))} <span class="label">${e(l('report.scoreOutOf', { score: f.score }))}</span></h3>`,
    );
    if (f.findings.length === 0) body.push(`<p>${e(l('report.noFindings'))}</p>`);
    for (const finding of f.findings) {
      const x = findingParts(finding, locale);
      body.push(`<div class="finding ${severityClass(finding.severity)}">`);
      body.push(
        `<p><strong>${e(x.title)}</strong> <span class="label">(${e(l(`severity.${finding.severity}`))})</span></p>`,
      );
      body.push(`<p><span class="label">${e(l('report.evidence'))}:</span> ${e(x.evidence)}</p>`);
      if (x.details.length > 0) body.push(`<ul>${x.details.map((d) => `<li>${e(d)}</li>`).join('')}</ul>`);
      body.push(`<p><span class="label">${e(l('report.advice'))}:</span> ${e(x.advice)}</p></div>`);
    }
  }
  body.push(`<footer>${e(l('report.generatedBy'))}</footer>`);

  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(heading)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
