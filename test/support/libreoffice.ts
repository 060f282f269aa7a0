import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { PROJECT_ROOT } from './cli-process.ts';
import { parseCsv } from './parse-csv.ts';

function hasSoffice(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * LibreOffice headless for the workbook tests: makes sure `soffice` is there (under CI the test
 * script installs libreoffice-calc; locally, as root, the same way through scripts/lib.sh), gives the
 * file a folder of its own, and recalculates a workbook into CSV rows per sheet. Call at the top of
 * a test file; it registers its own beforeAll and afterAll.
 */
export function useLibreOffice(prefix: string): {
  recalculate: (xlsx: Buffer, name: string, sheetNames: readonly string[]) => Map<string, string[][]>;
} {
  let dir = '';
  beforeAll(() => {
    if (!hasSoffice()) {
      spawnSync('bash', ['-c', '. scripts/lib.sh && ensure_debian_packages libreoffice-calc'], {
        cwd: PROJECT_ROOT,
        stdio: 'inherit',
        timeout: 900_000,
      });
    }
    if (!hasSoffice())
      throw new Error('soffice not found: apt-get install --no-install-recommends libreoffice-calc');
    dir = mkdtempSync(join(tmpdir(), prefix));
  }, 900_000);
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  /** Recalculates the workbook and returns the named sheets that exist as CSV rows. */
  function recalculate(xlsx: Buffer, name: string, sheetNames: readonly string[]) {
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, xlsx);
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1',
        '--outdir',
        dir,
        file,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
    const sheets = new Map<string, string[][]>();
    for (const sheet of sheetNames) {
      const csv = join(dir, `${name}-${sheet}.csv`);
      if (existsSync(csv)) sheets.set(sheet, parseCsv(readFileSync(csv, 'utf8')));
    }
    return sheets;
  }
  return { recalculate };
}

/** LibreOffice prints formatted numbers in CSV ("8.9%", "€ 1,234.56" with full precision): back to a number. */
export function numeric(cell: string | undefined): number | null {
  if (cell === undefined || cell.trim() === '') return null;
  const isPercent = cell.includes('%');
  const v = Number(cell.replace(/[€%\s,]/g, ''));
  if (!Number.isFinite(v)) throw new Error(`not a number: '${cell}'`);
  return isPercent ? v / 100 : v;
}
