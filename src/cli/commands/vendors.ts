import type { Command } from 'commander';
import { settleClaims } from '../../core/vendors/claim-ledger.ts';
import { compareVendors, type VendorComparison } from '../../core/vendors/compare-vendors.ts';
import { MAX_VENDOR_FILE_CHARS, parseVendorFileText } from '../../core/vendors/vendor-file.ts';
import { type SettledClaim, VENDOR_SCORED_QUESTIONS } from '../../core/vendors/vendor-types.ts';
import { formatEur, formatFixed, formatPercent, plainSpaces } from '../../i18n/locale-format.ts';
import { isLocale, type Locale } from '../../i18n/resources.ts';
import { renderMessage, renderMessages, translator } from '../../i18n/translate.ts';
import {
  cliTranslator,
  EXIT_INVALID,
  EXIT_OK,
  type FileCommandIo,
  helpLocale,
  outputLocale,
  processIo,
} from '../cli-output.ts';
import { readDocumentFile } from '../read-document-file.ts';

/** Options as commander hands them over. */
export type VendorsCliFlags = { xlsx?: string; json?: boolean; lang?: string };

/** Where the command writes; the real process in the CLI, buffers in tests. */
export type VendorsCliIo = Omit<FileCommandIo, 'readText'>;

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** A table with left-aligned columns, two spaces apart; every cell is a single line. */
function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows.map((row) => `  ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd());
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' / ');

/** The comparison for a terminal: the ranking, then per vendor its gates (failed first), scores and switching cost, then the claims. */
function renderText(
  comparison: VendorComparison,
  claims: readonly SettledClaim[],
  t: Translate,
  locale: Locale,
): string {
  const eur = (v: number) => plainSpaces(formatEur(v, locale));
  const lines: string[] = [t('vendors.cli.heading'), t('vendors.cli.ranking'), ''];
  lines.push(
    ...table([
      [
        '#',
        t('vendors.xlsx.claimVendor'),
        t('vendors.cli.failedGates'),
        t('vendors.cli.openGates'),
        t('vendors.cli.score'),
        t('vendors.cli.evidencedShare'),
        t('vendors.xlsx.switchingLikely'),
      ],
      ...comparison.rows.map((r, i) => [
        String(i + 1),
        oneLine(r.name) + (r.chosen ? ` (${t('vendors.cli.chosen')})` : ''),
        String(r.failedGates),
        String(r.openGates),
        formatFixed(r.score, locale, 1),
        plainSpaces(formatPercent(r.evidencedShare, locale, 0)),
        eur(r.switchingCost.likely),
      ]),
    ]),
  );
  const selected = comparison.rows.find((r) => r.vendorId === comparison.selectedId);
  lines.push(
    '',
    selected ? t('vendors.cli.selected', { vendor: oneLine(selected.name) }) : t('vendors.cli.noneSelected'),
  );

  const statusOrder = { failed: 0, open: 1, passed: 2, 'not-applicable': 3 } as const;
  for (const row of comparison.rows) {
    lines.push('', `${oneLine(row.name)}`, `  ${t('vendors.cli.gates')}`);
    const gates = [...row.gates].sort((a, b) => statusOrder[a.status] - statusOrder[b.status]);
    lines.push(
      ...table(
        gates.map((g) => {
          const answered = g.status === 'passed' || g.status === 'failed';
          const basis = answered
            ? ` (${t(`vendors.basis.${g.evidenced ? 'evidenced' : 'selfDeclared'}`)})`
            : '';
          const quote = g.status === 'failed' && g.quote !== undefined ? ` "${oneLine(g.quote)}"` : '';
          return [
            `  ${t(`vendors.gateStatus.${g.status}`)}`,
            `${t(`vendors.gate.${g.gate}.title`)}${basis}${quote}`,
          ];
        }),
      ),
    );
    lines.push(`  ${t('vendors.cli.scored')}`);
    lines.push(
      ...table(
        VENDOR_SCORED_QUESTIONS.map((q) => {
          const credit = row.perQuestion[q];
          return [
            `  ${t(`vendors.question.${q}.title`)} (${comparison.weights[q]})`,
            credit === null ? t('vendors.cli.notAnswered') : formatFixed(credit, locale, 2),
          ];
        }),
      ),
    );
    lines.push(`  ${t('vendors.cli.score')}: ${formatFixed(row.score, locale, 1)}`);
    const s = row.switchingCost;
    lines.push(`  ${t('vendors.cli.switchingCost')}: ${eur(s.low)} / ${eur(s.likely)} / ${eur(s.high)}`);
    if (s.assumptions.length > 0) {
      lines.push(`  ${t('vendors.cli.assumptions', { vendor: oneLine(row.name) })}`);
      for (const a of s.assumptions) lines.push(`    - ${plainSpaces(renderMessage(a, locale))}`);
    }
  }

  lines.push('', t('vendors.cli.claims'));
  if (claims.length === 0) lines.push(`  ${t('vendors.cli.noClaims')}`);
  const names = new Map(comparison.rows.map((r) => [r.vendorId, r.name]));
  for (const c of claims) {
    lines.push(
      `  ${t('vendors.cli.claimLine', {
        status: t(`vendors.claim.status.${c.status}`),
        vendor: oneLine(c.vendorId === undefined ? '–' : (names.get(c.vendorId) ?? c.vendorId)),
        text: oneLine(c.text),
        source: t(`vendors.claim.source.${c.source}`),
        date: c.date,
      })}`,
    );
    if (c.flag !== undefined)
      lines.push(`  ${t('vendors.cli.claimFlag', { question: renderMessage(c.flag.question, locale) })}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `haalbaar vendors FILE`: reads a vendors file (YAML or JSON, see vendor-file.ts), compares the
 * vendors (gates, weighted score, switching cost) and prints the comparison for a terminal, failed
 * gates first, or as JSON (`--json`, every message rendered), in `--lang` (else HAALBAAR_LANG, else
 * Dutch). `--xlsx OUT` also writes the comparison workbook. Returns the exit code: 0 done, 2 invalid
 * input (every problem listed with its path).
 */
export async function runVendorsCommand(options: {
  file: string;
  flags: VendorsCliFlags;
  io?: VendorsCliIo;
}): Promise<number> {
  const { file, flags } = options;
  const io = options.io ?? processIo;
  const locale = outputLocale(flags.lang, io.envLang);
  const t: Translate = cliTranslator(locale);
  const fail = (lines: string[]) => {
    io.err(`${lines.join('\n')}\n`);
    return EXIT_INVALID;
  };
  if (flags.lang !== undefined && !isLocale(flags.lang))
    return fail([`haalbaar vendors: ${t('vendors.cli.badLang', { lang: flags.lang })}`]);

  const read = await readDocumentFile(file, {
    t,
    // The same file problems, worded for a vendors file (vendors.cli.notFound, …).
    keys: 'vendors.cli' as 'assessment.cli',
    maxChars: MAX_VENDOR_FILE_CHARS,
  });
  if (!read.ok) return fail([read.problem]);
  const parsed = parseVendorFileText(read.source);
  if (!parsed.ok) {
    return fail([
      t('vendors.cli.invalid', { file }),
      ...parsed.error.map((p) => `  ${p.path}: ${renderMessage(p.message, locale)}`),
    ]);
  }
  const content = parsed.value;
  const compareOptions: Parameters<typeof compareVendors>[1] = { personalData: content.personalData };
  if (content.weights !== undefined) compareOptions.weights = content.weights;
  if (content.hourlyCost !== undefined) compareOptions.hourlyCost = content.hourlyCost;
  const comparison = compareVendors(content.vendors, compareOptions);
  const claims = settleClaims(content.claims, content.kpis);

  if (flags.json) io.out(`${JSON.stringify(renderMessages({ comparison, claims }, locale), null, 2)}\n`);
  else io.out(renderText(comparison, claims, t, locale));

  if (flags.xlsx !== undefined) {
    const { vendorComparisonXlsx } = await import('../../report/vendor-comparison-xlsx.ts');
    try {
      await io.writeBinary(flags.xlsx, await vendorComparisonXlsx({ comparison, claims, locale }));
    } catch (e) {
      const detail = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      return fail([t('vendors.cli.xlsxFailed', { file: flags.xlsx, detail })]);
    }
    io.err(`${t('vendors.cli.xlsxWritten', { file: flags.xlsx })}\n`);
  }
  return EXIT_OK;
}

/** Registers `vendors` on the program; help texts in HAALBAAR_LANG or Dutch. */
export function registerVendors(program: Command): void {
  const t = translator(helpLocale());
  program
    .command('vendors')
    .description(t('vendors.cli.description'))
    .argument('<file>', t('vendors.cli.argFile'))
    .option('--xlsx <file>', t('vendors.cli.optXlsx'))
    .option('--json', t('vendors.cli.optJson'))
    .option('--lang <lang>', t('vendors.cli.optLang'))
    .action(async (file: string, flags: VendorsCliFlags) => {
      process.exitCode = await runVendorsCommand({ file, flags });
    });
}
