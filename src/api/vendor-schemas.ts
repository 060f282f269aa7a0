import { z } from 'zod';
import {
  ZClaimInput,
  ZSwitchingInput,
  ZVendorAnswers,
  ZVendorWeights,
} from '../core/vendors/vendor-schema.ts';
import { CLAIM_SOURCES, CLAIM_STATUSES, VENDOR_LIMITS } from '../core/vendors/vendor-types.ts';
import { ZUseCaseParams, ZUuid } from './common-schemas.ts';

/**
 * Partner due diligence (DESIGN.md "Partner due diligence"): a use case's candidate vendors and their
 * questionnaires (filled in by the owner, or by the vendor through a link without an account), the
 * evidence files, the comparison, the claim ledger settled against the pilot, and the weights.
 */

const ZInstant = z.iso.datetime({ offset: true }).describe('ISO 8601 date and time');
const ZWebsite = z.url({ protocol: /^https?$/ }).max(VENDOR_LIMITS.url);

export const ZVendorParams = ZUseCaseParams.extend({ vendorId: ZUuid });
export const ZVendorEvidenceParams = ZVendorParams.extend({ fileId: ZUuid });
export const ZClaimParams = ZUseCaseParams.extend({ claimId: ZUuid });

/** Days a questionnaire link stays open when the owner does not say. */
export const VENDOR_LINK_DAYS_DEFAULT = 14;
export const VENDOR_LINK_DAYS_MAX = 60;

export const ZCreateVendorBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  website: ZWebsite.optional(),
});

export const ZUpdateVendorBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  website: ZWebsite.nullable().optional().describe('null removes it'),
  answers: ZVendorAnswers.optional().describe(
    'the whole questionnaire; without `submit` it is saved as a draft (a submitted one becomes a draft again)',
  ),
  switching: ZSwitchingInput.optional().describe('the owner’s estimate of what leaving this vendor costs'),
  chosen: z.boolean().optional().describe('true chooses this vendor and unchooses the others'),
  submit: z
    .boolean()
    .optional()
    .describe('true submits the questionnaire as filled in by the owner (answeredBy "owner")'),
});

export const ZVendor = z
  .object({
    id: ZUuid,
    useCaseId: ZUuid,
    name: z.string(),
    website: z.string().nullable(),
    answeredBy: z.enum(['vendor', 'owner']).nullable().describe('who submitted; null while a draft'),
    submittedAt: ZInstant.nullable(),
    answers: ZVendorAnswers,
    switching: ZSwitchingInput,
    chosen: z.boolean(),
    link: z
      .object({ expiresAt: ZInstant, isExpired: z.boolean() })
      .nullable()
      .describe('the questionnaire link; its token is shown only when it is made'),
    createdAt: ZInstant,
    updatedAt: ZInstant,
  })
  .meta({ id: 'Vendor' });
export type VendorView = z.output<typeof ZVendor>;

/** The comparison (`compareVendors`), its messages in the requested language. */
export const ZVendorComparison = z
  .looseObject({
    weights: z.record(z.string(), z.number()),
    rows: z
      .array(z.looseObject({ vendorId: z.string(), name: z.string() }))
      .describe('ranked: failed gates first, then open gates, then the weighted score'),
    selectedId: z.string().nullable().describe('the chosen vendor, else the best-ranked one that answered'),
  })
  .meta({ id: 'VendorComparison' });

export const ZVendorList = z.object({
  vendors: z.array(ZVendor).describe('in the order they were added'),
  comparison: ZVendorComparison,
  weights: z.record(z.string(), z.number()).describe('every scored question’s weight (owner’s or default)'),
});

export const ZVendorLinkBody = z
  .strictObject({
    days: z
      .number()
      .int()
      .min(1)
      .max(VENDOR_LINK_DAYS_MAX)
      .optional()
      .describe(`days the link stays open; ${VENDOR_LINK_DAYS_DEFAULT} when absent`),
  })
  .nullish()
  .describe('may be left out');

export const ZVendorLink = z.object({
  token: z.string().describe('the secret in the address; only this answer shows it'),
  path: z.string().describe('the page to send the vendor to, /v/<token>'),
  apiPath: z.string(),
  expiresAt: ZInstant,
});

export const ZVendorWeightsBody = z.strictObject({ weights: ZVendorWeights });
export const ZVendorWeightsView = z.object({ weights: z.record(z.string(), z.number()) });

export const ZEvidenceFileRef = z.object({
  kind: z.literal('file'),
  fileId: ZUuid,
  name: z.string(),
  bytes: z.number().int(),
});

export const ZClaim = z
  .object({
    id: ZUuid,
    vendorId: z.string().optional(),
    text: z.string().describe('verbatim'),
    source: z.enum(CLAIM_SOURCES),
    date: z.iso.date(),
    kpiId: z.string().optional().describe('the pilot KPI that can settle the claim'),
    claimed: z.number().optional().describe('the figure the claim promises on that KPI'),
    status: z.enum(CLAIM_STATUSES),
    measured: z.number().optional().describe('the pilot’s estimate of the KPI, once measured'),
    flag: z
      .object({ tag: z.string(), question: z.string().describe('in the requested language') })
      .optional()
      .describe('a promise to question (total automation, perfect accuracy, …)'),
  })
  .meta({ id: 'VendorClaim' });
export const ZClaimList = z.object({ claims: z.array(ZClaim) });
export const ZClaimBody = ZClaimInput;

/** What a vendor sees through its link: its own questionnaire and whom it is for, nothing else. */
export const ZPublicVendorQuestionnaire = z
  .object({
    vendorName: z.string(),
    organisationName: z.string(),
    useCaseTitle: z.string(),
    personalData: z.boolean().nullable().describe('whether personal data is involved; null when not known'),
    answers: ZVendorAnswers,
    submitted: z.boolean(),
    expiresAt: ZInstant,
  })
  .meta({ id: 'PublicVendorQuestionnaire' });

export const ZPublicAnswersBody = z.strictObject({ answers: ZVendorAnswers });

/** An evidence file's download: bytes, documented as a binary string. */
export const ZBinaryBody = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array)
  .meta({ type: 'string', format: 'binary' });

/** A download without options. */
export const ZNoQuery = z.strictObject({});
