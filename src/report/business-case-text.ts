import type { Locale } from '../i18n/resources.ts';
import {
  type BusinessCaseReportInput,
  buildBusinessCaseDocument,
  type ReportDocument,
} from './business-case-document.ts';

/** Lays out a report document for a terminal: underlined headings, aligned table columns. */
export function documentToText(doc: ReportDocument): string {
  const out: string[] = [doc.title, '='.repeat(doc.title.length), ''];
  const width = (s: string) => [...s].length;
  for (const section of doc.sections) {
    out.push(section.heading, '-'.repeat(width(section.heading)), '');
    for (const block of section.blocks) {
      switch (block.kind) {
        case 'paragraph':
          out.push(block.text, '');
          break;
        case 'list':
          for (const item of block.items) out.push(`- ${item}`);
          out.push('');
          break;
        case 'table': {
          const all = [block.header, ...block.rows];
          const widths = block.header.map((_, c) => Math.max(...all.map((r) => width(r[c] ?? ''))));
          const line = (row: string[]) =>
            row
              .map((cell, c) => {
                const pad = ' '.repeat((widths[c] ?? 0) - width(cell));
                return block.alignRight[c] ? pad + cell : cell + pad;
              })
              .join('  ')
              .trimEnd();
          out.push(line(block.header), widths.map((w) => '-'.repeat(w)).join('  '));
          for (const row of block.rows) out.push(line(row));
          out.push('');
          break;
        }
      }
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The business case as plain text for the terminal (the CLI's default output). */
export function renderBusinessCaseText(input: BusinessCaseReportInput, locale: Locale): string {
  return documentToText(buildBusinessCaseDocument(input, locale));
}
