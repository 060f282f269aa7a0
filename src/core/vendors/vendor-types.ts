// The vendor questionnaire's vocabulary and shapes (DESIGN.md "Partner due diligence"). No imports
// of zod here: the web bundles read these constants, and the browser's CSP refuses zod's eval probe.

import type { Message } from '../message.ts';

/**
 * Must-pass gates. A vendor that answers "no" fails the gate, whatever its score. The processing
 * agreement and EU hosting only apply when personal data is involved (`data.personalData`).
 * - noTrainingWithoutConsent: the customer's data is not used to train models without consent;
 * - processingAgreement: a processing agreement (GDPR art. 28) is offered;
 * - subProcessors: sub-processors are listed with their locations;
 * - euHosting: data is stored and processed in the EU/EEA;
 * - openExport: data, configuration and logs can be exported in open formats;
 * - exitTerms: exit terms with a notice period;
 * - pilotFirst: a pilot before a long contract;
 * - threeYearCost: a three-year total cost of ownership, broken down.
 */
export const VENDOR_GATES = [
  'noTrainingWithoutConsent',
  'processingAgreement',
  'subProcessors',
  'euHosting',
  'openExport',
  'exitTerms',
  'pilotFirst',
  'threeYearCost',
] as const;
export type VendorGate = (typeof VENDOR_GATES)[number];

/** Gates that only apply when personal data is involved. */
export const PERSONAL_DATA_GATES: readonly VendorGate[] = ['processingAgreement', 'euHosting'];

/**
 * Scored questions, weighted (the owner may reweight): references at comparable companies,
 * limitations named, accuracy measured on the customer's own data (not a demo), what happens on an
 * error, the share that still needs a person, security certification, support, integration.
 */
export const VENDOR_SCORED_QUESTIONS = [
  'references',
  'limitations',
  'ownDataAccuracy',
  'errorHandling',
  'humanShare',
  'securityCertification',
  'support',
  'integration',
] as const;
export type VendorScoredQuestion = (typeof VENDOR_SCORED_QUESTIONS)[number];

export const VENDOR_QUESTIONS = [...VENDOR_GATES, ...VENDOR_SCORED_QUESTIONS] as const;
export type VendorQuestionId = (typeof VENDOR_QUESTIONS)[number];

export const VENDOR_ANSWER_VALUES = ['yes', 'partly', 'no', 'unknown'] as const;
export type VendorAnswerValue = (typeof VENDOR_ANSWER_VALUES)[number];

/** Limits on what a questionnaire answer may carry. */
export const VENDOR_LIMITS = {
  comment: 4000,
  clause: 8000,
  url: 2000,
  evidencePerAnswer: 10,
  subProcessors: 50,
  /** Largest evidence file, in bytes. */
  evidenceFileBytes: 5 * 1024 * 1024,
  vendorsPerUseCase: 20,
  claimsPerUseCase: 200,
  claimText: 2000,
} as const;

/** Evidence for an answer. Without any, the answer is self-declared and counts for less. */
export type VendorEvidence =
  | { kind: 'url'; url: string }
  | { kind: 'clause'; text: string }
  | { kind: 'file'; fileId: string; name: string; bytes: number };

/** One answer; the question-specific fields belong to the question named in the comment. */
export type VendorAnswer = {
  value: VendorAnswerValue;
  comment?: string;
  evidence?: VendorEvidence[];
  /** subProcessors: each with the country or region where it processes data. */
  subProcessors?: { name: string; location: string }[];
  /** exitTerms: the notice period in months. */
  noticeMonths?: number;
  /** pilotFirst: the shortest contract after the pilot, in months. */
  contractMonths?: number;
  /** threeYearCost: euros over three years, by part. */
  tco?: { licence: number; implementation: number; support: number; other: number };
  /** ownDataAccuracy: the accuracy measured on the customer's own data, 0..1. */
  accuracy?: number;
  /** humanShare: the share of cases that still needs a person, 0..1. */
  humanShare?: number;
};

export type VendorAnswers = Partial<Record<VendorQuestionId, VendorAnswer>>;

/** Who filled in a questionnaire. */
export type AnsweredBy = 'vendor' | 'owner';

/**
 * The owner's estimate of what leaving this vendor would cost, beyond the remaining contract (which
 * follows from the contract length and yearly cost): migrating data, retraining people, running old
 * and new side by side. Absent parts fall back to documented defaults.
 */
export type SwitchingInput = {
  contractMonths?: number;
  yearlyCost?: number;
  migration?: { low: number; likely: number; high: number };
  retrainingHours?: number;
  parallelMonths?: number;
};

/** A candidate vendor of one use case, as stored. */
export type VendorRecord = {
  id: string;
  name: string;
  website?: string;
  answeredBy?: AnsweredBy;
  /** When the questionnaire was submitted (ISO); absent while it is a draft. */
  submittedAt?: string;
  answers: VendorAnswers;
  switching: SwitchingInput;
  /** The vendor the owner chose; the partner factor takes its evidence (else the best one's). */
  chosen: boolean;
};

export type GateStatus = 'passed' | 'failed' | 'open' | 'not-applicable';

export type GateResult = { gate: VendorGate; status: GateStatus; evidenced: boolean; quote?: string };

/** Default weights of the scored questions; the owner may reweight (0–5 each). */
export const DEFAULT_VENDOR_WEIGHTS: Record<VendorScoredQuestion, number> = {
  references: 2,
  limitations: 2,
  ownDataAccuracy: 3,
  errorHandling: 2,
  humanShare: 2,
  securityCertification: 1,
  support: 1,
  integration: 3,
};

/** A claim's status: not yet measured, confirmed or refuted by the pilot's measured figure. */
export const CLAIM_STATUSES = ['unverified', 'confirmed', 'refuted'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_SOURCES = ['questionnaire', 'intake', 'entered'] as const;
export type ClaimSource = (typeof CLAIM_SOURCES)[number];

/**
 * A vendor claim in the ledger: verbatim, with its source and date, linked to the pilot KPI that can
 * settle it. `claimed` is the figure the claim promises on that KPI (for "80 % less time" on a
 * minutes-per-invoice KPI with baseline 10: 2, better `down`).
 */
export type VendorClaim = {
  id: string;
  vendorId?: string;
  text: string;
  source: ClaimSource;
  date: string;
  kpiId?: string;
  claimed?: number;
};

/** A claim with its status settled against the pilot's measured value, and its red flag if any. */
export type SettledClaim = VendorClaim & {
  status: ClaimStatus;
  measured?: number;
  /** A promise of total automation, perfect accuracy and the like, with the question to put back. */
  flag?: { tag: string; question: Message };
};
