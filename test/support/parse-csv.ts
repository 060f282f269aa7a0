/**
 * A minimal reader for the CSV LibreOffice writes in headless conversions (comma separated, double
 * quotes, "" for a quote). Used by the LibreOffice reference script and the XLSX recompute test.
 */
export function parseCsv(text: string): string[][] {
  return text.split(/\r?\n/).map((line) => {
    const cells: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i] as string;
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        cells.push(cur);
        cur = '';
      } else cur += ch;
    }
    cells.push(cur);
    return cells;
  });
}
