import { z } from 'zod';
import {
  CLAIM_SOURCES,
  DEFAULT_VENDOR_WEIGHTS,
  VENDOR_ANSWER_VALUES,
  VENDOR_LIMITS,
  VENDOR_QUESTIONS,
  VENDOR_SCORED_QUESTIONS,
  type VendorAnswers,
  type VendorScoredQuestion,
} from './vendor-types.ts';

/**
 * Zod schemas for what vendors and owners send: a questionnaire's answers, the switching estimate, a
 * claim, the weights. Strict objects: an unknown key is an error naming its path. Shared by the API
 * and by `haalbaar vendors FILE`.
 */

const MAX_EUROS = 1_000_000_000;
const euros = z.number().min(0).max(MAX_EUROS);
const fraction = z.number().min(0).max(1);
const months = z.number().min(0).max(240);

export const ZVendorEvidence = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('url'), url: z.url({ protocol: /^https?$/ }).max(VENDOR_LIMITS.url) }),
  z.strictObject({ kind: z.literal('clause'), text: z.string().min(1).max(VENDOR_LIMITS.clause) }),
  z.strictObject({
    kind: z.literal('file'),
    fileId: z.string().min(1).max(100),
    name: z.string().min(1).max(255),
    bytes: z.number().int().min(0).max(VENDOR_LIMITS.evidenceFileBytes),
  }),
]);

export const ZVendorAnswer = z.strictObject({
  value: z.enum(VENDOR_ANSWER_VALUES),
  comment: z.string().max(VENDOR_LIMITS.comment).optional(),
  evidence: z.array(ZVendorEvidence).max(VENDOR_LIMITS.evidencePerAnswer).optional(),
  subProcessors: z
    .array(z.strictObject({ name: z.string().min(1).max(200), location: z.string().min(1).max(200) }))
    .max(VENDOR_LIMITS.subProcessors)
    .optional(),
  noticeMonths: months.optional(),
  contractMonths: months.optional(),
  tco: z.strictObject({ licence: euros, implementation: euros, support: euros, other: euros }).optional(),
  accuracy: fraction.optional(),
  humanShare: fraction.optional(),
});

export const ZVendorAnswers = z.partialRecord(
  z.enum(VENDOR_QUESTIONS),
  ZVendorAnswer,
) as z.ZodType<VendorAnswers>;

const range = z
  .strictObject({ low: euros, likely: euros, high: euros })
  .refine((r) => r.low <= r.likely && r.likely <= r.high, {
    message: 'low ≤ likely ≤ high',
    params: { haalbaar: 'input.rangeOrder' },
  });

export const ZSwitchingInput = z.strictObject({
  contractMonths: months.optional(),
  yearlyCost: euros.optional(),
  migration: range.optional(),
  retrainingHours: z.number().min(0).max(1_000_000).optional(),
  parallelMonths: months.optional(),
});

export const ZVendorWeights = z.partialRecord(
  z.enum(VENDOR_SCORED_QUESTIONS),
  z.number().min(0).max(5),
) as z.ZodType<Partial<Record<VendorScoredQuestion, number>>>;

export const ZClaimInput = z.strictObject({
  vendorId: z.string().max(100).optional(),
  text: z.string().trim().min(1).max(VENDOR_LIMITS.claimText),
  source: z.enum(CLAIM_SOURCES),
  date: z.iso.date(),
  kpiId: z.string().max(100).optional(),
  claimed: z.number().min(-1e12).max(1e12).optional(),
});

/** The weights with every question present: the owner's where given, else the default. */
export function fullWeights(
  weights: Partial<Record<VendorScoredQuestion, number>> | undefined,
): Record<VendorScoredQuestion, number> {
  return { ...DEFAULT_VENDOR_WEIGHTS, ...(weights ?? {}) };
}
