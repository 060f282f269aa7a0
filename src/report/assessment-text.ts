import type { Assessment } from '../core/assessment/assessment-types.ts';
import { formatEur } from '../i18n/locale-format.ts';
import { label } from './assessment-format.ts';
import type { AssessmentReportOptions } from './assessment-markdown.ts';
import { renderAssessment } from './assessment-render.ts';
import { rulesDocument, rulesText } from './rules-document.ts';

/** How many actions the terminal summary shows; the full plan is in --md, --html and --json. */
const TOP_ACTIONS = 5;

const pad = (value: string, width: number): string =>
  value + ' '.repeat(Math.max(0, width - [...value].length));

/**
 * A short, readable terminal summary in one language: verdict and reason, factor risks, success
 * conditions, the status-quo cost and the first actions. Plain text, no colours, lines under 100 chars
 * where the texts allow.
 */
export function renderAssessmentText(assessment: Assessment, options: AssessmentReportOptions): string {
  const { locale } = options;
  const r = renderAssessment(assessment, locale);
  const l = (key: string, params?: Record<string, string | number>) => label(key, locale, params);
  const out: string[] = [];

  out.push(l('cli.summaryTitle', { title: options.title?.trim() || l('cli.untitled') }), '');
  out.push(`${l('report.verdict')}: ${r.verdictTitle.toUpperCase()}`, `  ${r.verdictReason}`, '');

  out.push(l('report.factors'));
  const nameWidth = Math.max(...r.factors.map((f) => f.name.length)) + 2;
  for (const f of r.factors) {
    const risk = l(`risk.${f.risk}`);
    out.push(`  ${pad(f.name, nameWidth)}${pad(risk, 10)}${String(f.score).padStart(3)}/100`);
  }
  out.push('');

  out.push(l('report.successConditions'));
  const conditionWidth = Math.max(...r.successConditions.map((c) => c.name.length)) + 2;
  for (const c of r.successConditions)
    out.push(`  ${pad(c.name, conditionWidth)}${l(`condition.status.${c.status}`)}`);
  out.push('');

  const cost = r.statusQuoCost;
  if (cost === null) out.push(l('report.statusQuoCost'), `  ${l('report.statusQuoUnknown')}`, '');
  else {
    const partial = cost.isPartial ? ` (${l('report.partial')})` : '';
    out.push(
      `${l('report.statusQuoCost')}: ${formatEur(cost.perYear, locale)} ${l('report.perYear').toLowerCase()}${partial}`,
      '',
    );
  }

  if (r.rules) out.push(...rulesText(rulesDocument(r.rules, locale)), '');

  out.push(l('cli.topActions'));
  if (r.actions.length === 0) out.push(`  ${l('report.noActions')}`);
  for (const a of r.actions.slice(0, TOP_ACTIONS)) {
    out.push(`  ${a.priority}. ${a.title} (${a.owner})`, `     ${a.why}`);
  }
  out.push('', l('cli.hint'));
  return `${out.join('\n')}\n`;
}
