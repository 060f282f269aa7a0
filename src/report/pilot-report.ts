import type { PilotAnalysis } from '../core/pilot/analyse-pilot.ts';
import type { Locale } from '../i18n/resources.ts';
import { renderMessage, translator } from '../i18n/translate.ts';
import { escapeHtml } from './assessment-html.ts';
import type { ReportDocument } from './business-case-document.ts';
import { documentToMarkdown } from './business-case-markdown.ts';
import { documentToText } from './business-case-text.ts';
import { buildPilotDocument, buildPilotMemoDocument, pilotFormat } from './pilot-document.ts';
import { figureText } from './pilot-figures.ts';

/** The pilot analysis for a terminal (`haalbaar pilot FILE`). */
export function renderPilotText(analysis: PilotAnalysis, locale: Locale): string {
  return documentToText(buildPilotDocument(analysis, locale));
}

/** The pilot analysis as Markdown (`haalbaar pilot FILE --md`). */
export function renderPilotMarkdown(analysis: PilotAnalysis, locale: Locale): string {
  return documentToMarkdown(buildPilotDocument(analysis, locale));
}

/** The decision memo as Markdown (`--memo-md`). */
export function renderPilotMemoMarkdown(analysis: PilotAnalysis, locale: Locale): string {
  return documentToMarkdown(buildPilotMemoDocument(analysis, locale));
}

const STYLE = `
:root{--ink:#1d232b;--muted:#5b6470;--line:#d9dee4}
*{box-sizing:border-box}body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 1rem}h2{font-size:1.25rem;margin:2rem 0 .75rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid var(--line)}th{font-weight:600}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
@media print{body{margin:0;max-width:none}table{break-inside:avoid}}
`;

/** Lays out a report document as one standalone HTML page: no scripts, no external resources, every text escaped. */
export function documentToHtml(doc: ReportDocument, locale: Locale): string {
  const e = escapeHtml;
  const out: string[] = [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(doc.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${e(doc.title)}</h1>`,
  ];
  for (const section of doc.sections) {
    out.push(`<h2>${e(section.heading)}</h2>`);
    for (const block of section.blocks) {
      switch (block.kind) {
        case 'paragraph':
          out.push(`<p>${e(block.text)}</p>`);
          break;
        case 'list':
          out.push('<ul>', ...block.items.map((item) => `<li>${e(item)}</li>`), '</ul>');
          break;
        case 'table': {
          const cls = (c: number) => (block.alignRight[c] ? ' class="num"' : '');
          out.push(
            '<table>',
            `<thead><tr>${block.header.map((h, c) => `<th${cls(c)}>${e(h)}</th>`).join('')}</tr></thead>`,
            '<tbody>',
            ...block.rows.map(
              (row) => `<tr>${row.map((cell, c) => `<td${cls(c)}>${e(cell)}</td>`).join('')}</tr>`,
            ),
            '</tbody>',
            '</table>',
          );
          break;
        }
      }
    }
  }
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}

/** The decision memo as one standalone HTML page (`--memo-html`), for mailing and printing to PDF. */
export function renderPilotMemoHtml(analysis: PilotAnalysis, locale: Locale): string {
  return documentToHtml(buildPilotMemoDocument(analysis, locale), locale);
}

/**
 * The analysis as a JSON-ready object (`haalbaar pilot FILE --json`): the analysis with its raw
 * numbers (KPI units, shares 0..1, euros per year), and beside every message its text in `locale`.
 * The API answers another shape (`ZPilotAnalysis`: every message replaced by its text). Versioned by `schemaVersion`; fields are only ever added.
 */
export function renderPilotJson(analysis: PilotAnalysis, locale: Locale): Record<string, unknown> {
  const f = pilotFormat(locale);
  const t = translator(locale);
  const text = (m: Parameters<typeof renderMessage>[0]) => renderMessage(m, locale);
  return {
    ...analysis,
    locale,
    rules: analysis.rules.map((r) => ({
      ...r,
      statusText: t(`pilot.status.${r.status}`),
      figureText: figureText(r.figure, f, f.t),
      reasonText: text(r.reason),
    })),
    findings: analysis.findings.map((x) => ({
      ...x,
      messageText: text(x.message),
      adviceText: text(x.advice),
    })),
    proposal: {
      ...analysis.proposal,
      outcomeText: t(`pilot.outcome.${analysis.proposal.outcome}`),
      reasonText: text(analysis.proposal.reason),
    },
  };
}
