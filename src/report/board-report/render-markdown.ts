import { escapeMarkdown } from '../assessment-markdown.ts';
import type { BoardBlock, BoardReport } from './board-report-document.ts';

function blockMarkdown(block: BoardBlock): string[] {
  const md = escapeMarkdown;
  switch (block.kind) {
    case 'heading':
      return [`### ${md(block.text)}`, ''];
    case 'paragraph':
      return [md(block.text), ''];
    case 'list':
      return [...block.items.map((item) => `- ${md(item)}`), ''];
    case 'figures':
      return [...block.items.map((item) => `- **${md(item.label)}:** ${md(item.value)}`), ''];
    case 'table':
      return [
        `| ${block.header.map(md).join(' | ')} |`,
        `|${block.alignRight.map((r) => (r ? ' ---: ' : ' --- ')).join('|')}|`,
        ...block.rows.map((row) => `| ${row.map(md).join(' | ')} |`),
        '',
      ];
    case 'bars':
      // A chart in text: the figures it draws, one line each.
      return [
        `**${md(block.title)}**`,
        '',
        ...block.bars.map((b) => `- ${md(b.label)}: ${md(b.valueText)}`),
        '',
      ];
    case 'range':
      return [
        `**${md(block.title)}:** P10 ${md(block.texts.p10)} · P50 ${md(block.texts.p50)} · P90 ${md(block.texts.p90)}`,
        '',
      ];
  }
}

/**
 * The board report as GitHub-flavoured Markdown: every text escaped, charts as their figures.
 *
 * @example renderBoardMarkdown(boardReport(input, 'en')).startsWith('# Board report') // true
 */
export function renderBoardMarkdown(report: BoardReport): string {
  const out: string[] = [`# ${escapeMarkdown(report.title)}`, ''];
  for (const m of report.meta) out.push(`- ${escapeMarkdown(m.label)}: ${escapeMarkdown(m.value)}`);
  out.push('');
  for (const section of report.sections) {
    out.push(`## ${escapeMarkdown(section.heading)}`, '');
    for (const block of section.blocks) out.push(...blockMarkdown(block));
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
