import type { Assessment } from '../core/assessment/assessment-types.ts';
import { formatEur } from '../i18n/locale-format.ts';
import type { Locale } from '../i18n/resources.ts';
import { label } from './assessment-format.ts';
import { findingParts, type RenderedAssessment, renderAssessment } from './assessment-render.ts';
import { rulesDocument, rulesMarkdown } from './rules-document.ts';

export type AssessmentReportOptions = {
  locale: Locale;
  /** The use case's title, shown in the heading. */
  title?: string;
};

/** Escapes user and translated text for Markdown: characters that would start markup, and line breaks. */
export function escapeMarkdown(value: string): string {
  return value.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\r?\n/g, ' ');
}

/** The name of an action's factor or success condition. */
export function actionTopic(r: RenderedAssessment, id: string): string {
  if (id === 'rules') return label('report.rules.topic', r.locale);
  return r.factors.find((f) => f.id === id)?.name ?? r.successConditions.find((c) => c.id === id)?.name ?? id;
}

/**
 * The assessment as GitHub-flavoured Markdown in one language: verdict, factor table, ranked actions,
 * success conditions, status-quo cost and every finding with its evidence and advice. All text is
 * escaped; numbers and money are in the locale.
 */
export function renderAssessmentMarkdown(assessment: Assessment, options: AssessmentReportOptions): string {
  const { locale } = options;
  const r = renderAssessment(assessment, locale);
  const md = escapeMarkdown;
  const l = (key: string, params?: Record<string, string | number>) => label(key, locale, params);
  const out: string[] = [];

  out.push(`# ${md(l('report.title'))}${options.title ? `: ${md(options.title)}` : ''}`, '');
  out.push(
    `**${md(l('report.verdict'))}: ${md(r.verdictTitle)}.** ${md(l(`verdict.${r.verdict}.summary`))}`,
    '',
  );
  out.push(md(r.verdictReason), '');

  out.push(`## ${md(l('report.factors'))}`, '');
  out.push(
    `| ${md(l('report.factor'))} | ${md(l('report.risk'))} | ${md(l('report.score'))} |`,
    '| --- | --- | ---: |',
  );
  for (const f of r.factors) out.push(`| ${md(f.name)} | ${md(l(`risk.${f.risk}`))} | ${f.score} |`);
  out.push('');

  out.push(`## ${md(l('report.actions'))}`, '');
  if (r.actions.length === 0) out.push(md(l('report.noActions')), '');
  else {
    out.push(
      `| ${l('report.priority')} | ${md(l('report.action'))} | ${md(l('report.factor'))} | ${md(l('report.owner'))} | ${md(l('report.effort'))} | ${md(l('report.riskRemoved'))} |`,
      '| ---: | --- | --- | --- | --- | ---: |',
    );
    for (const a of r.actions) {
      out.push(
        `| ${a.priority} | **${md(a.title)}**<br>${md(a.why)} | ${md(actionTopic(r, a.factor))} | ${md(a.owner)} | ${md(l(`effort.${a.effort}`))} | ${a.riskRemoved} |`,
      );
    }
    out.push('');
  }

  out.push(`## ${md(l('report.successConditions'))}`, '');
  out.push(
    `| ${md(l('report.condition'))} | ${md(l('report.status'))} | ${md(l('report.evidence'))} |`,
    '| --- | --- | --- |',
  );
  for (const c of r.successConditions) {
    out.push(`| ${md(c.name)} | ${md(l(`condition.status.${c.status}`))} | ${md(c.evidence)} |`);
  }
  out.push('');

  out.push(`## ${md(l('report.statusQuoCost'))}`, '');
  const cost = r.statusQuoCost;
  // A part that is 0 in a partial figure was not computed: show it as unknown, not as € 0.
  const part = (eur: number) =>
    cost?.isPartial && eur === 0 ? l('report.unknownPart') : formatEur(eur, locale);
  if (cost === null) out.push(md(l('report.statusQuoUnknown')), '');
  else {
    out.push(
      `- ${md(l('report.perYear'))}: **${md(formatEur(cost.perYear, locale))}**${cost.isPartial ? ` (${md(l('report.partial'))})` : ''}`,
      `- ${md(l('report.labour'))}: ${md(part(cost.breakdown.labourPerYear))}`,
      `- ${md(l('report.errors'))}: ${md(part(cost.breakdown.errorsPerYear))}`,
      '',
    );
  }

  if (r.rules) out.push(...rulesMarkdown(rulesDocument(r.rules, locale), md));

  out.push(`## ${md(l('report.findings'))}`, '');
  for (const f of assessment.factors) {
    const name = l(`factor.${f.id}.name`);
    out.push(
      `### ${md(name)}: ${md(l(`risk.${f.risk}`))} (${md(l('report.scoreOutOf', { score: f.score }))})`,
      '',
    );
    if (f.findings.length === 0) out.push(md(l('report.noFindings')), '');
    for (const finding of f.findings) {
      const x = findingParts(finding, locale);
      out.push(`- **${md(x.title)}** _(${md(l(`severity.${finding.severity}`))})_`);
      out.push(`  - ${md(l('report.evidence'))}: ${md(x.evidence)}`);
      for (const d of x.details) out.push(`    - ${md(d)}`);
      out.push(`  - ${md(l('report.advice'))}: ${md(x.advice)}`);
    }
    out.push('');
  }
  out.push(`_${md(l('report.generatedBy'))}_`);
  return `${out.join('\n').trimEnd()}\n`;
}
