// The rules section's vocabulary and result shapes (DESIGN.md "Rules and obligations"). No imports
// of zod here: the web bundles read these constants, and the browser's CSP refuses zod's eval probe.

import type { Message } from '../message.ts';

/** A question whose honest answer may be "I don't know". */
export const ANSWERS_3 = ['yes', 'no', 'unknown'] as const;
export type Answer3 = (typeof ANSWERS_3)[number];

/**
 * What the system does, in the owner's words; each maps to an AI Act provision (rules data files).
 * Prohibited practices (art. 5(1)): manipulation (a), exploitsVulnerability (b), socialScoring (c),
 * crimePrediction (d), facialScraping (e), emotionRecognition at work or in education (f),
 * sensitiveBiometricCategorisation (g). Annex III areas: remoteBiometricIdentification (1a),
 * biometricCategorisation (1b), emotionRecognition elsewhere (1c), criticalInfrastructure (2),
 * education (3), recruitment (4a), workDecisions (4b), publicBenefits (5a), creditScoring (5b),
 * insurancePricing (5c), emergencyTriage (5d), lawEnforcement (6), migration (7), justice (8).
 * productSafety: a safety component of a product under Annex I (art. 6(1)). fraudDetection: named
 * as an exception in Annex III 5(b). `none`: none of these. `unknown`: the owner does not know.
 */
export const RULES_ACTIVITIES = [
  'manipulation',
  'exploitsVulnerability',
  'socialScoring',
  'crimePrediction',
  'facialScraping',
  'emotionRecognition',
  'sensitiveBiometricCategorisation',
  'remoteBiometricIdentification',
  'biometricCategorisation',
  'criticalInfrastructure',
  'education',
  'recruitment',
  'workDecisions',
  'publicBenefits',
  'creditScoring',
  'insurancePricing',
  'emergencyTriage',
  'lawEnforcement',
  'migration',
  'justice',
  'productSafety',
  'fraudDetection',
  'none',
  'unknown',
] as const;
export type RulesActivity = (typeof RULES_ACTIVITIES)[number];

/** For whom: the people the system's output is about or who deal with it. */
export const AFFECTED_GROUPS = [
  'customers',
  'employees',
  'applicants',
  'students',
  'patients',
  'citizens',
  'children',
  'unknown',
] as const;
export type AffectedGroup = (typeof AFFECTED_GROUPS)[number];

/**
 * The company's role: it builds the system, has it built (and puts it into service under its own
 * name), uses a bought tool as it is, or changes a bought tool (retrains, repurposes).
 */
export const AI_ROLES = ['building', 'commissioned', 'using', 'modifying', 'unknown'] as const;
export type AiRole = (typeof AI_ROLES)[number];

/** Kinds of data the system uses. `special`: health, religion, ethnicity, union membership, sex life (GDPR art. 9). */
export const RULES_DATA_CATEGORIES = [
  'special',
  'biometric',
  'criminal',
  'location',
  'communications',
  'financial',
  'none',
  'unknown',
] as const;
export type RulesDataCategory = (typeof RULES_DATA_CATEGORIES)[number];

/** Whether the system's output decides, or advises a person who decides. */
export const DECISION_ROLES = ['decides', 'advises', 'unknown'] as const;
export type DecisionRole = (typeof DECISION_ROLES)[number];

/**
 * The article 6(3) exceptions for an Annex III use that does not materially influence decisions:
 * a narrow procedural task (a), improving a completed human activity (b), detecting patterns
 * without replacing human assessment (c), a preparatory task (d). Never for profiling.
 */
export const HIGH_RISK_EXCEPTIONS = [
  'narrowTask',
  'improvesHumanWork',
  'detectsPatterns',
  'preparatory',
  'none',
  'unknown',
] as const;
export type HighRiskException = (typeof HIGH_RISK_EXCEPTIONS)[number];

/**
 * The optional `rules` section of the use-case file. Every field is optional; absent means not yet
 * answered, `unknown` means answered "I don't know". Both leave the classification unclear where
 * the answer matters. Whether the system monitors employees is `people.monitorsStaff`.
 */
export type RulesAnswers = {
  activities?: RulesActivity[];
  affected?: AffectedGroup[];
  role?: AiRole;
  /** Offered to others, or put into service, under the company's own name or brand (art. 25(1)(a)). */
  ownName?: Answer3;
  dataCategories?: RulesDataCategory[];
  decides?: DecisionRole;
  exception?: HighRiskException;
  /** Evaluates or predicts personal aspects of people: performance, behaviour, reliability, finances. */
  profiling?: Answer3;
  /** People talk or write with it directly (a chatbot, a voice assistant). */
  interactsWithPeople?: Answer3;
  /** It generates text, images, audio or video that others see. */
  generatesContent?: Answer3;
  /** Many people or a large share of a group are affected (GDPR "large scale"). */
  largeScale?: Answer3;
  /** A data protection impact assessment has been done for this use. */
  dpiaDone?: Answer3;
  /** The deployer duties of a high-risk use (oversight, logs, informing people) are planned. */
  deployerDutiesPlanned?: Answer3;
};

export const AI_ACT_CLASSES = ['prohibited', 'high-risk', 'transparency', 'minimal', 'unclear'] as const;
export type AiActClass = (typeof AI_ACT_CLASSES)[number];

export const AI_ACT_ROLES = ['provider', 'deployer', 'unclear'] as const;
export type AiActRole = (typeof AI_ACT_ROLES)[number];

export const DPIA_OUTCOMES = ['required', 'recommended', 'not-indicated'] as const;
export type DpiaOutcome = (typeof DPIA_OUTCOMES)[number];

export const WORKS_COUNCIL_OUTCOMES = [
  'consent-required',
  'no-works-council',
  'not-required',
  'unclear',
] as const;
export type WorksCouncilOutcome = (typeof WORKS_COUNCIL_OUTCOMES)[number];

/** Where a legal fact comes from: the text, the provision, and the day it was checked against it. */
export type LegalSource = {
  title: string;
  url?: string;
  provision: string;
  checked: string;
};

/** A date from which something applies; `verified: false` when no published text confirmed it. */
export type ApplicationDate = {
  id: string;
  date: string;
  verified: boolean;
  source: LegalSource;
  /** Why it is unverified, or what changed it (an amendment). */
  note?: Message;
};

/** Who carries an obligation. Rendered as `assessment.owner.<owner>`. */
export type ObligationOwner = 'board' | 'projectLead' | 'privacy' | 'hr' | 'vendor' | 'itData';

/** One obligation that follows from the classification, dated for the "as of" day. */
export type Obligation = {
  id: string;
  /** "AI Act art. 26(2)", "AVG art. 35", "WOR art. 27(1)(l)". */
  article: string;
  /** One plain line: `rules.obligation.<id>`. */
  text: Message;
  appliesFrom: ApplicationDate;
  /** Whether it applies on the "as of" day (appliesFrom.date ≤ asOf). */
  applies: boolean;
  owner: ObligationOwner;
  source: LegalSource;
};

/** The rules and obligations for one use case on one day (`asOf`, YYYY-MM-DD). */
export type RulesResult = {
  asOf: string;
  /** False when the use case has no `rules` section: the result then only says what to answer. */
  answered: boolean;
  aiAct: {
    classification: AiActClass;
    role: AiActRole;
    /** Why it lands there, each naming its provision. */
    reasons: Message[];
    /** When unclear (class or role): the questions, for the vendor or a lawyer, that would settle it. */
    questions: Message[];
    /** Also true for a high-risk or minimal use with an article 50 duty. */
    transparencyDuty: boolean;
  };
  dpia: { outcome: DpiaOutcome; reasons: Message[]; done: Answer3 | undefined };
  worksCouncil: { outcome: WorksCouncilOutcome; reasons: Message[] };
  /** All obligations that follow, in date order; those not yet applying have `applies: false`. */
  obligations: Obligation[];
};
