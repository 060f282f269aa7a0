import type { Locale } from '../i18n/resources.ts';
import {
  type BusinessCaseReportInput,
  buildBusinessCaseDocument,
  type ReportDocument,
} from './business-case-document.ts';

/** Escapes text for a Markdown table cell or line: pipes, and characters that would start markup. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\r?\n/g, ' ');
}

/** Lays out a report document as GitHub-flavoured Markdown. */
export function documentToMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`, ''];
  for (const section of doc.sections) {
    out.push(`## ${escapeMarkdown(section.heading)}`, '');
    for (const block of section.blocks) {
      switch (block.kind) {
        case 'paragraph':
          out.push(escapeMarkdown(block.text), '');
          break;
        case 'list':
          for (const item of block.items) out.push(`- ${escapeMarkdown(item)}`);
          out.push('');
          break;
        case 'table':
          out.push(`| ${block.header.map(escapeMarkdown).join(' | ')} |`);
          out.push(`|${block.alignRight.map((r) => (r ? ' ---: ' : ' --- ')).join('|')}|`);
          for (const row of block.rows) out.push(`| ${row.map(escapeMarkdown).join(' | ')} |`);
          out.push('');
          break;
      }
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * The business case as Markdown in one locale (`haalbaar business-case FILE --md`).
 *
 * @example renderBusinessCaseMarkdown({ useCase, result, findings }, 'nl')
 */
export function renderBusinessCaseMarkdown(input: BusinessCaseReportInput, locale: Locale): string {
  return documentToMarkdown(buildBusinessCaseDocument(input, locale));
}
