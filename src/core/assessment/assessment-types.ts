import type { DataProfile } from '../data-profile/data-profile-types.ts';
import type { Message } from '../message.ts';
import type { PilotEvidence } from '../pilot/pilot-evidence.ts';
import type { RulesResult } from '../rules/rules-types.ts';
import type { FeedbackEvidence, SurveyEvidence } from '../survey/survey-types.ts';
import type { VendorComparison } from '../vendors/compare-vendors.ts';
import type { VendorRecord } from '../vendors/vendor-types.ts';

/** The five failure factors; ids are fixed by the contract. */
export const FACTOR_IDS = ['expectations', 'problem', 'data', 'people', 'partner'] as const;
export type FactorId = (typeof FACTOR_IDS)[number];

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SUCCESS_CONDITION_IDS = [
  'startSmall',
  'measure',
  'iterate',
  'sponsor',
  'humanInTheLoop',
] as const;
export type SuccessConditionId = (typeof SUCCESS_CONDITION_IDS)[number];
export type ConditionStatus = 'met' | 'not-met' | 'unknown';

export const VERDICTS = ['ready', 'fix-first', 'rethink'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * One judgement with its evidence. `id` is stable (tests and the web rely on it);
 * title, evidence and advice are message keys, rendered at the edge in the user's language.
 */
export type Finding = {
  id: string;
  severity: Severity;
  title: Message;
  evidence: Message;
  advice: Message;
  /**
   * Items that belong to the evidence and need their own translation: the unanswered questions,
   * the reasons a data file got its readiness level. Rendered after the evidence, as a list.
   */
  details?: Message[];
  /**
   * What the finding is about when that is one data file: the stored file's id (when the caller
   * named it), the file's name and the column. Comparisons across assessments follow the file, not
   * its position in the list (`compareAssessments`, `actionProgress`).
   */
  subject?: FindingSubject;
};

/** The data file (and column) a finding is about. */
export type FindingSubject = { fileId?: string; file?: string; column?: string };

export type FactorResult = {
  id: FactorId;
  risk: RiskLevel;
  /** 0–100, higher = more risk. */
  score: number;
  findings: Finding[];
};

export type SuccessConditionResult = { id: SuccessConditionId; status: ConditionStatus; evidence: Message };

export type StatusQuoCost = {
  perYear: number;
  breakdown: {
    labourPerYear: number;
    errorsPerYear: number;
    labourPerWeek: number;
    errorsPerWeek: number;
    weeksPerYear: number;
  };
  /** True when some inputs were missing and the figure is partial. */
  isPartial: boolean;
};

export type Action = {
  /**
   * Stable across assessments, so a status (done, with a date and a note) can be kept per use case:
   * the catalogue id (`data.clean`, `condition.sponsor`) or `finding.<id>` for a finding of another
   * module. Absent in assessments stored before it existed: see `actionIdOf`.
   */
  id?: string;
  priority: number;
  /** The factor or condition it improves, or `rules` for a legal duty (Assessment.rules). */
  factor: FactorId | SuccessConditionId | 'rules';
  title: Message;
  why: Message;
  owner: Message;
  /** How much risk the action removes (score points) and the effort it takes (1 small – 3 large). */
  riskRemoved: number;
  effort: 1 | 2 | 3;
  findingIds: string[];
};

/** The assessment as the core computes it (messages not yet rendered). */
export type Assessment = {
  schemaVersion: 1;
  verdict: Verdict;
  /** One sentence explaining the verdict. */
  verdictReason: Message;
  factors: FactorResult[];
  successConditions: SuccessConditionResult[];
  statusQuoCost: StatusQuoCost | null;
  actions: Action[];
  /**
   * The rules and obligations on the "as of" day (`AssessEvidence.asOf`), with what they do to the
   * verdict. Absent when no day was given (assessments stored before the rules existed, pure tests).
   */
  rules?: AssessedRules;
};

/**
 * What blocks a pilot on legal grounds: a DPIA that is required and not done, a high-risk use whose
 * deployer duties are not planned. Either keeps the verdict from `ready`.
 */
export const RULES_BLOCKERS = ['dpia', 'deployerDuties'] as const;
export type RulesBlocker = (typeof RULES_BLOCKERS)[number];

/** The rules as the assessment carries them: the result, and the blockers it found. */
export type AssessedRules = RulesResult & { blockers: RulesBlocker[] };

/**
 * Who should carry out an action; rendered as `assessment.owner.<id>`. The catalogue names the owner
 * in a company with departments; `ownerForSize` maps it to what a small company (`owner`, `vendor`)
 * or a company of unknown size (`dataKeeper`, `manager` instead of departments) has.
 */
export const OWNER_IDS = [
  'board',
  'projectLead',
  'vendor',
  'itData',
  'hr',
  'privacy',
  'owner',
  'manager',
  'dataKeeper',
] as const;
export type OwnerId = (typeof OWNER_IDS)[number];

/**
 * Evidence beyond the answers in the use case. Data profiles of the company's real files weigh on the
 * `data` factor; extra findings come from other modules (the business case's expectation gap, the
 * employee survey) and are scored with their factor like any other finding.
 */
export type AssessEvidence = {
  dataProfiles?: DataProfile[];
  /**
   * The stored id of each profiled file, in the order of `dataProfiles`. Findings about a file then
   * carry its id (`Finding.subject`), so a later assessment recognises the same finding after files
   * were added or removed.
   */
  dataFileIds?: readonly string[];
  extraFindings?: Partial<Record<FactorId, Finding[]>>;
  /** The use case's pilot, once there is one: its facts outrank the answers on three conditions. */
  pilot?: PilotEvidence;
  /**
   * The newest employee-survey round whose figures may be shown: its figures outrank the owner's
   * answers on the `people` factor where they disagree.
   */
  survey?: SurveyEvidence;
  /** The pilot's feedback inbox, measured: outranks the answer on the feedback channel. */
  feedback?: FeedbackEvidence;
  /**
   * The vendors' own answers to the questionnaire, compared: the selected vendor's answers outrank
   * the intake's yes/no answers about vendors on the `partner` factor.
   */
  vendors?: { comparison: VendorComparison; vendors: readonly VendorRecord[] };
  /**
   * The day (YYYY-MM-DD) the rules and obligations are judged on: which obligations already apply.
   * The assessment reads no clock; without a day it has no rules section.
   */
  asOf?: string;
};
