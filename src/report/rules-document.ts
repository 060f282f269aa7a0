import { localeFormat } from '../i18n/locale-format.ts';
import type { Locale } from '../i18n/resources.ts';
import { label } from './assessment-format.ts';
import type { RenderedRules } from './assessment-render.ts';

/**
 * The "Regels" section as one document model, rendered alike by the Markdown, HTML and text reports:
 * what the AI Act makes of the use, the DPIA and works-council outcomes, what blocks a pilot, the
 * questions that would settle an unclear class, and every obligation with its article, its owner and
 * the day it applies from (marked when that day is not verified in a published text).
 */
export type RulesDocument = {
  title: string;
  /** "Stand op 3 december 2026". */
  asOf: string;
  /** Present when the intake's rules step was not answered yet. */
  notAnswered: string | null;
  summary: { label: string; value: string; reasons: string[] }[];
  blockers: string[];
  questions: { title: string; items: string[] } | null;
  obligations: { title: string; headers: string[]; rows: string[][] };
  /** Why some dates are not verified, once each. */
  dateNotes: string[];
  sources: { title: string; items: string[] };
};

export function rulesDocument(rules: RenderedRules, locale: Locale): RulesDocument {
  const l = (key: string, params?: Record<string, string | number>) =>
    label(`report.rules.${key}`, locale, params);
  const fmt = localeFormat(locale);
  const classValue =
    rules.transparencyDuty && rules.classification !== 'transparency'
      ? `${rules.classificationName} ${l('plusTransparency')}`
      : rules.classificationName;
  const rows = rules.obligations.map((o) => [
    o.article,
    o.text,
    o.owner,
    `${o.applies ? l('appliesSince', { day: fmt.longDay(o.appliesFrom) }) : l('appliesFrom', { day: fmt.longDay(o.appliesFrom) })}${o.verified ? '' : ` (${l('unverified')})`}`,
  ]);
  const sources = [
    ...new Set(
      rules.obligations.map(
        (o) =>
          `${o.source.title}${o.source.url ? ` (${o.source.url})` : ''}: ${l('checkedOn', { day: fmt.longDay(o.source.checked) })}`,
      ),
    ),
  ];
  return {
    title: l('title'),
    asOf: l('asOf', { day: fmt.longDay(rules.asOf) }),
    notAnswered: rules.answered ? null : l('notAnswered'),
    summary: [
      { label: l('aiAct'), value: classValue, reasons: rules.reasons },
      { label: l('role'), value: rules.roleName, reasons: [] },
      { label: l('dpia'), value: rules.dpia.outcomeName, reasons: rules.dpia.reasons },
      {
        label: l('worksCouncil'),
        value: rules.worksCouncil.outcomeName,
        reasons: rules.worksCouncil.reasons,
      },
    ],
    blockers: rules.blockers.map((b) => l(`blocker.${b}`)),
    questions: rules.questions.length === 0 ? null : { title: l('questions'), items: rules.questions },
    obligations: {
      title: l('obligations'),
      headers: [l('article'), l('obligation'), l('owner'), l('when')],
      rows,
    },
    dateNotes: [
      ...new Set(rules.obligations.flatMap((o) => (o.verified || !o.dateNote ? [] : [o.dateNote]))),
    ],
    sources: { title: l('sources'), items: sources },
  };
}

/** The rules section as Markdown, every text escaped with `md`. */
export function rulesMarkdown(doc: RulesDocument, md: (text: string) => string): string[] {
  const out: string[] = [`## ${md(doc.title)}`, '', `_${md(doc.asOf)}_`, ''];
  if (doc.notAnswered) out.push(md(doc.notAnswered), '');
  for (const b of doc.blockers) out.push(`> **${md(b)}**`, '');
  for (const s of doc.summary) {
    out.push(`- **${md(s.label)}**: ${md(s.value)}`);
    for (const reason of s.reasons) out.push(`  - ${md(reason)}`);
  }
  out.push('');
  if (doc.questions) {
    out.push(`### ${md(doc.questions.title)}`, '');
    for (const q of doc.questions.items) out.push(`- ${md(q)}`);
    out.push('');
  }
  out.push(`### ${md(doc.obligations.title)}`, '');
  out.push(`| ${doc.obligations.headers.map(md).join(' | ')} |`, '| --- | --- | --- | --- |');
  for (const row of doc.obligations.rows) out.push(`| ${row.map(md).join(' | ')} |`);
  out.push('');
  for (const note of doc.dateNotes) out.push(`- _${md(note)}_`);
  if (doc.dateNotes.length > 0) out.push('');
  out.push(`### ${md(doc.sources.title)}`, '');
  for (const s of doc.sources.items) out.push(`- ${md(s)}`);
  out.push('');
  return out;
}

/** The rules section as HTML, every text escaped with `e`. */
export function rulesHtml(doc: RulesDocument, e: (text: string) => string): string[] {
  const out: string[] = [`<h2>${e(doc.title)}</h2>`, `<p class="label">${e(doc.asOf)}</p>`];
  if (doc.notAnswered) out.push(`<p>${e(doc.notAnswered)}</p>`);
  for (const b of doc.blockers) out.push(`<p class="finding high"><strong>${e(b)}</strong></p>`);
  out.push('<dl class="rules">');
  for (const s of doc.summary) {
    out.push(`<dt>${e(s.label)}</dt><dd><strong>${e(s.value)}</strong>`);
    if (s.reasons.length > 0) out.push(`<ul>${s.reasons.map((r) => `<li>${e(r)}</li>`).join('')}</ul>`);
    out.push('</dd>');
  }
  out.push('</dl>');
  if (doc.questions) {
    out.push(`<h3>${e(doc.questions.title)}</h3>`);
    out.push(`<ul>${doc.questions.items.map((q) => `<li>${e(q)}</li>`).join('')}</ul>`);
  }
  out.push(`<h3>${e(doc.obligations.title)}</h3><table><thead><tr>`);
  out.push(`${doc.obligations.headers.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>`);
  for (const row of doc.obligations.rows) out.push(`<tr>${row.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`);
  out.push('</tbody></table>');
  if (doc.dateNotes.length > 0)
    out.push(`<ul class="label">${doc.dateNotes.map((n) => `<li>${e(n)}</li>`).join('')}</ul>`);
  out.push(`<h3>${e(doc.sources.title)}</h3>`);
  out.push(`<ul class="label">${doc.sources.items.map((s) => `<li>${e(s)}</li>`).join('')}</ul>`);
  return out;
}

/** The rules section as terminal text: the outcomes, the blockers, and the obligations in short. */
export function rulesText(doc: RulesDocument): string[] {
  const out: string[] = [`${doc.title} (${doc.asOf})`];
  if (doc.notAnswered) out.push(`  ${doc.notAnswered}`);
  for (const s of doc.summary) out.push(`  ${s.label}: ${s.value}`);
  for (const b of doc.blockers) out.push(`  ! ${b}`);
  if (doc.questions) {
    out.push(`  ${doc.questions.title}:`);
    for (const q of doc.questions.items) out.push(`    - ${q}`);
  }
  out.push(`  ${doc.obligations.title}:`);
  for (const [article, text, owner, when] of doc.obligations.rows) {
    out.push(`    - ${article}: ${text} (${owner}; ${when})`);
  }
  return out;
}
