import { escapeHtml } from '../assessment-html.ts';
import type { BoardBlock, BoardReport } from './board-report-document.ts';

/** Colours of the risk levels, the same in the PDF. */
export const LEVEL_COLOURS = {
  low: '#2e7d32',
  medium: '#b26a00',
  high: '#c62828',
  critical: '#6a1b1b',
} as const;

const STYLE = `
body{font-family:"DejaVu Sans",system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1.05rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top}
.num{text-align:right}dl.figures{display:grid;grid-template-columns:auto 1fr;gap:.2rem 1rem}dt{font-weight:bold}dd{margin:0}
.meta{color:#555}svg{max-width:100%;height:auto}
@media print{body{margin:0;max-width:none}h2{break-before:page}h2:first-of-type{break-before:auto}table,svg,dl{break-inside:avoid}}
@page{size:A4;margin:18mm}
`;

function barsSvg(block: Extract<BoardBlock, { kind: 'bars' }>): string {
  const e = escapeHtml;
  const rowHeight = 22;
  const height = block.bars.length * rowHeight + 4;
  const rows = block.bars.map((b, i) => {
    const y = i * rowHeight + 2;
    const width = Math.max(0, Math.min(1, b.value / block.max)) * 300;
    return (
      `<text x="0" y="${y + 15}" font-size="12">${e(b.label)}</text>` +
      `<rect x="200" y="${y + 3}" width="${width.toFixed(1)}" height="14" fill="${LEVEL_COLOURS[b.level]}"/>` +
      `<text x="${(206 + width).toFixed(1)}" y="${y + 15}" font-size="12">${e(b.valueText)}</text>`
    );
  });
  return `<figure><figcaption>${e(block.title)}</figcaption><svg role="img" aria-label="${e(block.title)}" viewBox="0 0 560 ${height}" width="560" height="${height}">${rows.join('')}</svg></figure>`;
}

function rangeSvg(block: Extract<BoardBlock, { kind: 'range' }>): string {
  const e = escapeHtml;
  const lo = Math.min(block.p10, 0);
  const hi = Math.max(block.p90, 0);
  const span = hi - lo || 1;
  const x = (v: number) => (20 + ((v - lo) / span) * 480).toFixed(1);
  return (
    `<figure><figcaption>${e(block.title)}</figcaption><svg role="img" aria-label="${e(block.title)}" viewBox="0 0 520 70" width="520" height="70">` +
    `<line x1="${x(0)}" y1="8" x2="${x(0)}" y2="42" stroke="#888" stroke-dasharray="3 2"/>` +
    `<rect x="${x(block.p10)}" y="16" width="${(Number(x(block.p90)) - Number(x(block.p10))).toFixed(1)}" height="18" fill="#90caf9"/>` +
    `<line x1="${x(block.p50)}" y1="12" x2="${x(block.p50)}" y2="38" stroke="#0d47a1" stroke-width="3"/>` +
    `<text x="${x(block.p10)}" y="58" font-size="11" text-anchor="middle">P10 ${e(block.texts.p10)}</text>` +
    `<text x="${x(block.p50)}" y="10" font-size="11" text-anchor="middle">P50 ${e(block.texts.p50)}</text>` +
    `<text x="${x(block.p90)}" y="58" font-size="11" text-anchor="middle">P90 ${e(block.texts.p90)}</text>` +
    '</svg></figure>'
  );
}

function blockHtml(block: BoardBlock): string[] {
  const e = escapeHtml;
  switch (block.kind) {
    case 'heading':
      return [`<h3>${e(block.text)}</h3>`];
    case 'paragraph':
      return [`<p>${e(block.text)}</p>`];
    case 'list':
      return ['<ul>', ...block.items.map((item) => `<li>${e(item)}</li>`), '</ul>'];
    case 'figures':
      return [
        '<dl class="figures">',
        ...block.items.map((item) => `<dt>${e(item.label)}</dt><dd>${e(item.value)}</dd>`),
        '</dl>',
      ];
    case 'table': {
      const cls = (c: number) => (block.alignRight[c] ? ' class="num"' : '');
      return [
        '<table>',
        `<thead><tr>${block.header.map((h, c) => `<th${cls(c)}>${e(h)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...block.rows.map(
          (row) => `<tr>${row.map((cell, c) => `<td${cls(c)}>${e(cell)}</td>`).join('')}</tr>`,
        ),
        '</tbody>',
        '</table>',
      ];
    }
    case 'bars':
      return [barsSvg(block)];
    case 'range':
      return [rangeSvg(block)];
  }
}

/**
 * The board report as one standalone HTML page: no scripts, no outside resources, every text escaped,
 * charts as inline SVG, print CSS for A4.
 */
export function renderBoardHtml(report: BoardReport): string {
  const e = escapeHtml;
  const out: string[] = [
    '<!doctype html>',
    `<html lang="${report.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(report.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${e(report.title)}</h1>`,
    `<p class="meta">${report.meta.map((m) => `${e(m.label)}: ${e(m.value)}`).join(' · ')}</p>`,
  ];
  for (const section of report.sections) {
    out.push(`<section id="${section.id}">`, `<h2>${e(section.heading)}</h2>`);
    for (const block of section.blocks) out.push(...blockHtml(block));
    out.push('</section>');
  }
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}
