import { parseDocument } from 'yaml';
import { z } from 'zod';
import { msg } from '../message.ts';
import { err, ok, type Result } from '../result.ts';
import { problemsFromIssues } from '../use-case/parse-use-case.ts';
import { type InputProblem, typeName } from '../yaml-document.ts';
import type { KpiMeasurement } from './claim-ledger.ts';
import { claimsFromQuestionnaire } from './claim-ledger.ts';
import { ZClaimInput, ZSwitchingInput, ZVendorAnswers, ZVendorWeights } from './vendor-schema.ts';
import {
  type AnsweredBy,
  VENDOR_LIMITS,
  type VendorClaim,
  type VendorRecord,
  type VendorScoredQuestion,
} from './vendor-types.ts';

/** Largest vendors file we accept, in characters: twenty full questionnaires fit in far less. */
export const MAX_VENDOR_FILE_CHARS = 1_000_000;

const ZFileVendor = z.strictObject({
  /** Optional; `v1`, `v2`, … by position when absent. */
  id: z.string().trim().min(1).max(100).optional(),
  name: z.string().trim().min(1).max(200),
  website: z
    .url({ protocol: /^https?$/ })
    .max(VENDOR_LIMITS.url)
    .optional(),
  answeredBy: z.enum(['vendor', 'owner'] as const satisfies readonly AnsweredBy[]).optional(),
  /** ISO date (or date-time) the questionnaire was submitted; dates the claims taken from it. */
  submittedAt: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
  answers: ZVendorAnswers.default({}),
  switching: ZSwitchingInput.default({}),
  chosen: z.boolean().default(false),
});

/** A claim in the file: the ledger's fields, with the vendor named by its id or name. */
const ZFileClaim = ZClaimInput.omit({ vendorId: true, source: true }).extend({
  vendor: z.string().trim().min(1).max(200).optional(),
  source: ZClaimInput.shape.source.default('entered'),
});

const ZFileKpi = z.strictObject({
  id: z.string().trim().min(1).max(100),
  better: z.enum(['up', 'down']),
  measured: z.number().min(-1e12).max(1e12).optional(),
});

/**
 * The file `haalbaar vendors FILE` reads (YAML or JSON): the candidate vendors with their answers,
 * and optionally the owner's weights, whether personal data is involved, the hourly cost (for
 * retraining), claims and the pilot KPIs' measured values that settle them. Strict: an unknown key is
 * an error naming its path.
 */
export const ZVendorFile = z.strictObject({
  vendors: z.array(ZFileVendor).min(1).max(VENDOR_LIMITS.vendorsPerUseCase),
  weights: ZVendorWeights.optional(),
  personalData: z.boolean().optional(),
  hourlyCost: z.number().min(0).max(10_000).optional(),
  claims: z.array(ZFileClaim).max(VENDOR_LIMITS.claimsPerUseCase).optional(),
  kpis: z.array(ZFileKpi).max(100).optional(),
});
export type VendorFile = z.output<typeof ZVendorFile>;

/** What the comparison and the ledger need, taken from a valid file. */
export type VendorFileContent = {
  vendors: VendorRecord[];
  weights: Partial<Record<VendorScoredQuestion, number>> | undefined;
  personalData: boolean | undefined;
  hourlyCost: number | undefined;
  claims: VendorClaim[];
  kpis: KpiMeasurement[];
};

function fileProblem(key: string, params?: Record<string, string | number>): Result<never, InputProblem[]> {
  return err([{ path: '(file)', message: msg(`vendors.file.${key}`, params) }]);
}

/** Problems a valid schema cannot see: two vendors with one id, a claim naming an unknown vendor. */
function crossProblems(file: VendorFile, ids: string[]): InputProblem[] {
  const problems: InputProblem[] = [];
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i)
      problems.push({ path: `vendors[${i}].id`, message: msg('vendors.file.duplicateId', { id }) });
  });
  (file.claims ?? []).forEach((claim, i) => {
    if (claim.vendor === undefined) return;
    const known = file.vendors.some((v, j) => ids[j] === claim.vendor || v.name === claim.vendor);
    if (!known)
      problems.push({
        path: `claims[${i}].vendor`,
        message: msg('vendors.file.unknownVendor', { vendor: claim.vendor }),
      });
  });
  return problems;
}

/**
 * Parses and validates a vendors file (YAML or JSON; JSON is YAML) into the comparison's input.
 * Every problem comes back with its path. Vendors without an id get `v1`, `v2`, … by position; a
 * claim's `vendor` may be a vendor's id or name. The claims of the ledger are the file's own (source
 * `entered` unless it says otherwise) followed by the questionnaire's claims of each vendor with a
 * `submittedAt` (dated by it; see claimsFromQuestionnaire).
 *
 * @example parseVendorFileText('vendors:\n  - name: Acme\n    answers: { openExport: { value: no } }\n')
 */
export function parseVendorFileText(source: string): Result<VendorFileContent, InputProblem[]> {
  if (source.length > MAX_VENDOR_FILE_CHARS) return fileProblem('tooLarge', { limit: MAX_VENDOR_FILE_CHARS });
  if (source.includes('\u0000')) return fileProblem('binary');
  if (source.trim() === '') return fileProblem('empty');
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    return err(
      doc.errors.map((e) => ({
        path: e.linePos?.[0] ? `(line ${e.linePos[0].line}, column ${e.linePos[0].col})` : '(file)',
        message: msg('input.syntax', { detail: (e.message.split('\n')[0] ?? e.code).replace(/[:\s]+$/, '') }),
      })),
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return err([{ path: '(file)', message: msg('input.syntax', { detail: (e as Error).message }) }]);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return err([{ path: '(root)', message: msg('vendors.file.notAnObject', { actual: typeName(value) }) }]);
  const parsed = ZVendorFile.safeParse(value);
  if (!parsed.success) return err(problemsFromIssues(parsed.error.issues, value));
  const file = parsed.data;
  const ids = file.vendors.map((v, i) => v.id ?? `v${i + 1}`);
  const problems = crossProblems(file, ids);
  if (problems.length > 0) return err(problems);

  const vendors: VendorRecord[] = file.vendors.map((v, i) => {
    const record: VendorRecord = {
      id: ids[i] ?? `v${i + 1}`,
      name: v.name,
      answers: v.answers,
      switching: v.switching,
      chosen: v.chosen,
    };
    if (v.website !== undefined) record.website = v.website;
    if (v.answeredBy !== undefined) record.answeredBy = v.answeredBy;
    if (v.submittedAt !== undefined) record.submittedAt = v.submittedAt;
    return record;
  });
  const idOf = (vendor: string) =>
    vendors.find((v) => v.id === vendor)?.id ?? vendors.find((v) => v.name === vendor)?.id;
  const entered: VendorClaim[] = (file.claims ?? []).map((c, i) => {
    const claim: VendorClaim = { id: `claim${i + 1}`, text: c.text, source: c.source, date: c.date };
    const vendorId = c.vendor === undefined ? undefined : idOf(c.vendor);
    if (vendorId !== undefined) claim.vendorId = vendorId;
    if (c.kpiId !== undefined) claim.kpiId = c.kpiId;
    if (c.claimed !== undefined) claim.claimed = c.claimed;
    return claim;
  });
  const fromQuestionnaires = vendors.flatMap((v) =>
    v.submittedAt === undefined ? [] : claimsFromQuestionnaire(v, v.submittedAt.slice(0, 10)),
  );
  return ok({
    vendors,
    weights: file.weights,
    personalData: file.personalData,
    hourlyCost: file.hourlyCost,
    claims: [...entered, ...fromQuestionnaires],
    kpis: (file.kpis ?? []).map((k) => ({ kpiId: k.id, better: k.better, measured: k.measured })),
  });
}
