import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { BoardBlock, BoardReport } from './board-report-document.ts';
import { LEVEL_COLOURS } from './render-html.ts';

const require = createRequire(import.meta.url);

/**
 * DejaVu Sans from the `dejavu-fonts-ttf` package (free licence that allows embedding): it has €,
 * the real minus sign and every diacritic of Dutch and English. pdfkit embeds the glyphs used as a
 * subset (FontFile2), so the PDF reads the same on a machine without the font.
 */
const FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

/** A4 in points, and the margins. */
const PAGE = { width: 595.28, height: 841.89, margin: 50 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const BOTTOM = PAGE.height - PAGE.margin - 20;
const INK = '#1a1a1a';
const MUTED = '#555555';
const LINE = '#bbbbbb';

type Doc = PDFKit.PDFDocument;

/** Starts a new page when less than `needed` points are left above the footer. */
function ensureSpace(doc: Doc, needed: number): void {
  if (doc.y + needed > BOTTOM) doc.addPage();
}

function paragraph(
  doc: Doc,
  text: string,
  options: { bold?: boolean; size?: number; colour?: string } = {},
): void {
  const size = options.size ?? 10;
  doc.font(options.bold ? 'bold' : 'regular').fontSize(size);
  ensureSpace(doc, Math.min(doc.heightOfString(text, { width: CONTENT_WIDTH }), 60));
  doc.fillColor(options.colour ?? INK).text(text, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.4);
}

function list(doc: Doc, items: string[]): void {
  doc.font('regular').fontSize(10);
  for (const item of items) {
    const height = doc.heightOfString(item, { width: CONTENT_WIDTH - 14 });
    ensureSpace(doc, Math.min(height, 60));
    const y = doc.y;
    doc.fillColor(INK).text('•', PAGE.margin, y, { width: 12 });
    doc.text(item, PAGE.margin + 14, y, { width: CONTENT_WIDTH - 14 });
    doc.moveDown(0.2);
  }
  doc.moveDown(0.3);
}

function figures(doc: Doc, items: { label: string; value: string }[]): void {
  const labelWidth = CONTENT_WIDTH * 0.48;
  for (const item of items) {
    doc.font('regular').fontSize(10);
    const height = Math.max(
      doc.heightOfString(item.label, { width: labelWidth - 8 }),
      doc.font('bold').heightOfString(item.value, { width: CONTENT_WIDTH - labelWidth }),
    );
    ensureSpace(doc, height + 4);
    const y = doc.y;
    doc
      .font('regular')
      .fillColor(MUTED)
      .text(item.label, PAGE.margin, y, { width: labelWidth - 8 });
    doc
      .font('bold')
      .fillColor(INK)
      .text(item.value, PAGE.margin + labelWidth, y, { width: CONTENT_WIDTH - labelWidth });
    doc.y = y + height + 4;
  }
  doc.moveDown(0.4);
}

/** Column widths in proportion to the longest text in each column, each at least 8 % of the width. */
function columnWidths(doc: Doc, header: string[], rows: string[][]): number[] {
  doc.font('regular').fontSize(8.5);
  const longest = header.map((h, c) =>
    Math.min(220, Math.max(doc.widthOfString(h), ...rows.map((r) => doc.widthOfString(r[c] ?? '')))),
  );
  const floor = CONTENT_WIDTH * 0.08;
  const raw = longest.map((w) => Math.max(w + 8, floor));
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => (w / total) * CONTENT_WIDTH);
}

function table(doc: Doc, block: Extract<BoardBlock, { kind: 'table' }>): void {
  const widths = columnWidths(doc, block.header, block.rows);
  const pad = 3;
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(8.5);
    const height =
      Math.max(...cells.map((cell, c) => doc.heightOfString(cell, { width: (widths[c] ?? 40) - 2 * pad }))) +
      2 * pad;
    if (doc.y + height > BOTTOM) doc.addPage();
    const y = doc.y;
    let x = PAGE.margin;
    for (const [c, cell] of cells.entries()) {
      const w = widths[c] ?? 40;
      doc.fillColor(INK).text(cell, x + pad, y + pad, {
        width: w - 2 * pad,
        align: block.alignRight[c] ? 'right' : 'left',
      });
      x += w;
    }
    doc
      .moveTo(PAGE.margin, y + height)
      .lineTo(PAGE.margin + CONTENT_WIDTH, y + height)
      .lineWidth(0.5)
      .strokeColor(LINE)
      .stroke();
    doc.y = y + height;
  };
  drawRow(block.header, true);
  for (const row of block.rows) drawRow(row, false);
  doc.moveDown(0.6);
}

/** Horizontal bars drawn as vector paths, one per factor, in the level's colour. */
function bars(doc: Doc, block: Extract<BoardBlock, { kind: 'bars' }>): void {
  const rowHeight = 18;
  ensureSpace(doc, 20 + block.bars.length * rowHeight);
  paragraph(doc, block.title, { bold: true, size: 9.5 });
  const labelWidth = 170;
  const barWidth = CONTENT_WIDTH - labelWidth - 40;
  let y = doc.y;
  for (const b of block.bars) {
    const width = Math.max(0, Math.min(1, b.value / block.max)) * barWidth;
    doc
      .font('regular')
      .fontSize(9)
      .fillColor(INK)
      .text(b.label, PAGE.margin, y + 2, { width: labelWidth - 6, lineBreak: false, ellipsis: true });
    doc
      .rect(PAGE.margin + labelWidth, y + 2, barWidth, 11)
      .lineWidth(0.5)
      .strokeColor(LINE)
      .stroke();
    if (width > 0) doc.rect(PAGE.margin + labelWidth, y + 2, width, 11).fill(LEVEL_COLOURS[b.level]);
    doc
      .fillColor(INK)
      .text(b.valueText, PAGE.margin + labelWidth + barWidth + 6, y + 2, { width: 34, lineBreak: false });
    y += rowHeight;
  }
  doc.y = y + 6;
  doc.x = PAGE.margin;
}

/** The P10–P90 range as a bar with the P50 as a line and zero marked, all vector paths. */
function range(doc: Doc, block: Extract<BoardBlock, { kind: 'range' }>): void {
  ensureSpace(doc, 90);
  paragraph(doc, block.title, { bold: true, size: 9.5 });
  const lo = Math.min(block.p10, 0);
  const hi = Math.max(block.p90, 0);
  const span = hi - lo || 1;
  const left = PAGE.margin + 40;
  const width = CONTENT_WIDTH - 80;
  const x = (v: number) => left + ((v - lo) / span) * width;
  const top = doc.y + 14;
  doc
    .moveTo(x(0), top - 6)
    .lineTo(x(0), top + 26)
    .lineWidth(0.8)
    .dash(3, { space: 2 })
    .strokeColor('#888888')
    .stroke();
  doc.undash();
  doc.rect(x(block.p10), top, Math.max(1, x(block.p90) - x(block.p10)), 20).fill('#90caf9');
  doc
    .moveTo(x(block.p50), top - 4)
    .lineTo(x(block.p50), top + 24)
    .lineWidth(2.5)
    .strokeColor('#0d47a1')
    .stroke();
  doc.font('regular').fontSize(8.5).fillColor(INK);
  const label = (text: string, at: number, y: number) => {
    const w = doc.widthOfString(text);
    const xPos = Math.max(PAGE.margin, Math.min(PAGE.margin + CONTENT_WIDTH - w, at - w / 2));
    doc.text(text, xPos, y, { lineBreak: false });
  };
  label(`P50 ${block.texts.p50}`, x(block.p50), top - 14);
  label(`P10 ${block.texts.p10}`, x(block.p10), top + 28);
  label(`P90 ${block.texts.p90}`, x(block.p90), top + 40);
  doc.y = top + 56;
  doc.x = PAGE.margin;
}

function block(doc: Doc, b: BoardBlock): void {
  switch (b.kind) {
    case 'heading':
      ensureSpace(doc, 50);
      doc.moveDown(0.3);
      paragraph(doc, b.text, { bold: true, size: 11 });
      return;
    case 'paragraph':
      paragraph(doc, b.text);
      return;
    case 'list':
      list(doc, b.items);
      return;
    case 'figures':
      figures(doc, b.items);
      return;
    case 'table':
      table(doc, b);
      return;
    case 'bars':
      bars(doc, b);
      return;
    case 'range':
      range(doc, b);
      return;
  }
}

/**
 * The board report as an A4 PDF: page 1 the title, date and version and the summary; the other
 * sections follow from page 2. Text is real text in the embedded DejaVu Sans (selectable, searchable),
 * charts are vector paths, every page is numbered "n / total". No browser needed.
 */
export function renderBoardPdf(report: BoardReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    lang: report.locale,
    displayTitle: true,
    info: { Title: report.title, Creator: 'Haalbaar', Producer: 'Haalbaar' },
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  paragraph(doc, report.title, { bold: true, size: 18 });
  paragraph(doc, report.meta.map((m) => `${m.label}: ${m.value}`).join('  ·  '), {
    size: 8.5,
    colour: MUTED,
  });
  doc.moveDown(0.4);
  for (const [index, section] of report.sections.entries()) {
    if (index === 1) doc.addPage();
    else if (index > 1) ensureSpace(doc, 120);
    doc.moveDown(0.3);
    paragraph(doc, section.heading, { bold: true, size: 14 });
    for (const b of section.blocks) block(doc, b);
  }

  const pages = doc.bufferedPageRange();
  for (let i = pages.start; i < pages.start + pages.count; i++) {
    doc.switchToPage(i);
    doc.font('regular').fontSize(8).fillColor(MUTED);
    const footer = `${report.title}  ·  ${i + 1} / ${pages.count}`;
    // Below the bottom margin: keep pdfkit from starting a new page for it.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.text(footer, PAGE.margin, PAGE.height - PAGE.margin + 14, {
      width: CONTENT_WIDTH,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottomMargin;
  }
  doc.end();
  return done;
}
