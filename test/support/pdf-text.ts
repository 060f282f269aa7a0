import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a PDF parser reads from a file: its pages' text and its fonts' embedding. */
export type ParsedPdf = {
  pages: number;
  /** Every page's text, pages joined by newlines, runs of white space as one space. */
  text: string;
  /** Per font used: its name and whether the font program is embedded in the file. */
  fonts: { name: string; embedded: boolean }[];
};

/**
 * Parses a PDF with pdf.js (its Node build: no worker, no canvas) and returns the text and the fonts.
 * A font counts as embedded when pdf.js loaded its glyphs from the file (`missingFile` false),
 * which it does only from a FontFile, FontFile2 or FontFile3 stream.
 */
export async function parsePdf(bytes: Uint8Array): Promise<ParsedPdf> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true })
    .promise;
  const texts: string[] = [];
  const fonts = new Map<string, boolean>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    texts.push(
      content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? ' ' : ''}` : '')).join(''),
    );
    await page.getOperatorList();
    for (const id of new Set(content.items.flatMap((item) => ('fontName' in item ? [item.fontName] : [])))) {
      const font = page.commonObjs.get(id) as { name: string; missingFile: boolean };
      fonts.set(font.name, !font.missingFile);
    }
  }
  await doc.destroy();
  return {
    pages: doc.numPages,
    text: texts.join('\n').replace(/\s+/g, ' '),
    fonts: [...fonts].map(([name, embedded]) => ({ name, embedded })),
  };
}
