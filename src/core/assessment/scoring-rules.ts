/**
 * Every number the assessment decides with lives here, with the reasoning behind it.
 * Change a threshold only for a reason you can write down; never to make one labelled case pass
 * (examples/cases/expected.yaml was written before these values were set).
 *
 * How a factor is scored (see docs/assessment-model.md):
 * 1. Each rule that fires adds a finding with a severity.
 * 2. Each severity stands for a chance that this issue alone stalls the project (SEVERITY_POINTS).
 * 3. The factor score is the chance that at least one of them does ("noisy-or"):
 *    score = 100 × (1 − Π(1 − pointsᵢ/100)). It is bounded, never decreases when a finding is added,
 *    and one finding alone always lands in the band of its own severity.
 * 4. The score maps to a risk level through RISK_BANDS.
 */
import type { RiskLevel, Severity } from './assessment-types.ts';

/**
 * Points per finding severity (0–100). Chosen so that a single finding lands in its own band and so
 * that several smaller findings add up slowly:
 * - low 8: up to two low findings stay low; three make medium (three small gaps are worth a look).
 * - medium 20: up to three medium findings stay medium (36, 49); a fourth tips the factor into high (59).
 * - high 50: one high finding is high; two stay high (75); three make critical (88).
 * - critical 85: one critical finding is critical.
 * - info 0: information (such as the computed status-quo cost) never adds risk.
 */
export const SEVERITY_POINTS: Record<Severity, number> = {
  info: 0,
  low: 8,
  medium: 20,
  high: 50,
  critical: 85,
};

/** Lower bound of each risk level's score band (inclusive). */
export const RISK_BANDS: ReadonlyArray<{ level: RiskLevel; from: number }> = [
  { level: 'critical', from: 80 },
  { level: 'high', from: 50 },
  { level: 'medium', from: 20 },
  { level: 'low', from: 0 },
];

/**
 * Unanswered essential questions: each question has a weight (QUESTIONS in questions.ts); the share of
 * a factor's (or vendor's) total weight that is unanswered sets the severity of its "unanswered" finding.
 * More than half unknown is high: nobody can judge a factor from less than half the facts.
 * A quarter or more is medium; anything less is low. Unknown is a risk, never a pass.
 */
export const UNKNOWN_SHARE = { high: 0.5, medium: 0.25 } as const;

export const EXPECTATIONS = {
  /** The source names "≥ 90 % automation" as magical thinking. */
  automationHigh: 0.9,
  /** 80 % is ambitious for a first version in an SME process; worth a conversation, not a blocker. */
  automationMedium: 0.8,
  /** "Results within a month" is the source's example of magical thinking: a month or less is high. */
  monthsHigh: 1,
  /** Adoption alone takes 3–6 months (source); expecting value sooner than 3 months is optimistic. */
  monthsMedium: 3,
  /** Six critical vendor questions; three or more not asked leaves the vendor's promises untested. */
  questionsMissingMedium: 3,
  /** Severity of each vendor claim kind found in the text. */
  claimSeverity: {
    totalAutomation: 'high',
    perfectAccuracy: 'high',
    noDataNeeded: 'high',
    replacesTeam: 'high',
    outOfTheBox: 'medium',
    instantResults: 'medium',
  },
  /**
   * Structured answers first: a promise that only the free text makes, which no answer shares and no
   * second signal backs, is a finding to verify: at most medium. Text readers misread, and a team that
   * never said it believes the promise should be asked before the verdict turns on it.
   */
  textOnlyClaimMax: 'medium',
  /**
   * Independent signals that agree make a text claim count in full: two different kinds of promise, or
   * a promise next to an over-optimistic answer (automation ≥ 80 %, value within 3 months).
   */
  signalsThatAgree: 2,
} as const satisfies Record<string, unknown>;

export const PROBLEM = {
  /**
   * Source rule: fewer than three problem-definition questions answered concretely = not ready
   * (factor at least high). With at most one concrete answer there is no problem to solve yet: critical.
   */
  concreteAnswersNeeded: 3,
  concreteAnswersCritical: 1,
  /**
   * Status-quo cost per year below which no AI project can pay for itself: a pilot, licences and
   * training for an SME typically cost well above €5,000 in the first year, so a smaller problem means
   * "choose another process" (critical). Below €15,000 the margin is thin (medium).
   * Only applied when the cost is complete (not partial), so missing numbers never look cheap; a
   * labour-only problem (no error figures at all, or errors ruled out) counts as complete.
   */
  costPerYearCritical: 5_000,
  costPerYearMedium: 15_000,
  /** How the origin of the idea weighs: copying a competitor or hype is the classic failure. */
  originSeverity: {
    problem: null,
    directive: 'medium',
    vendor: 'medium',
    competitor: 'high',
    hype: 'high',
  },
  /**
   * A vague goal ("innovatiever worden") is high when fewer than two figures stand next to it (kinds of
   * quantity in the statement plus numeric answers such as hours per week); with figures the wish is
   * decoration around a real problem and only medium.
   */
  vagueWithFiguresMinKinds: 2,
  /**
   * Structured answers first: without an origin, a single kind of vague goal in the text is a finding
   * to verify (at most medium); two different kinds ("innovatiever" and "de concurrent doet het ook")
   * agree and count in full.
   */
  textOnlyVagueMax: 'medium',
  vagueKindsThatAgree: 2,
} as const;

export const DATA = {
  /** Less than three months of history cannot show a cycle or a trend; less than a year misses seasons. */
  monthsHigh: 3,
  monthsMedium: 12,
  /**
   * Below about 500 records a model cannot be trained and tested on separate sets with any confidence
   * (a 20 % test set is 100 rows); below 2,000 only simple models are realistic.
   */
  recordsHigh: 500,
  recordsMedium: 2_000,
  /** Required fields under 80 % complete usually need a cleaning project; under 90 % they need work. */
  completenessHigh: 0.8,
  completenessMedium: 0.9,
  /** Data profile issue severity → finding severity. Medium profile issues are low findings: many are cosmetic. */
  profileIssueSeverity: {
    info: null,
    low: null,
    medium: 'low',
    high: 'high',
    critical: 'critical',
  },
  /** Data readiness level of a profiled file → finding severity. */
  readinessSeverity: { A: null, B: 'medium', C: 'high', 'not-loadable': 'high' },
  /** Time series: hand-logged readings are the source's classic failure; coverage below half is high. */
  timeSeriesCoverageHigh: 0.5,
  timeSeriesCoverageMedium: 0.8,
} as const;

export const PEOPLE = {
  /** When employees are first involved. The source: at problem identification, not at launch. */
  involvedSeverity: {
    problem: null,
    design: null,
    pilot: 'medium',
    launch: 'high',
    never: 'high',
  },
  /** Adoption takes 3–6 months (source). A month or less is unrealistic (high), under three optimistic. */
  adoptionMonthsHigh: 1,
  adoptionMonthsMedium: 3,
  /**
   * A system that can monitor staff or helps decide about workers needs the works council's consent
   * (WOR art. 27) and informing workers before use (AI Act art. 26(7)). Medium: a decision taken
   * without consent can be voided by the works council, which stops the rollout, but asking in
   * time removes the risk.
   */
  monitorsStaffSeverity: 'medium',
} as const;

/**
 * The employee survey (DESIGN.md "Employee voice"). Figures are on the instrument's 1–5 scale
 * (3 = neither agree nor disagree); shares are fractions 0..1 of the people who answered.
 * The survey only reaches the assessment once its round may be shown (at least k ≥ 3 responses),
 * so no extra minimum is needed here.
 */
export const SURVEY = {
  /**
   * A change element at or below the neutral midpoint is the barrier (BARRIER_MEAN in
   * survey-types.ts): no majority has taken this step yet, and every later step rests on it. That is
   * medium on its own: adoption stalls there unless someone acts.
   * Half a point below neutral (2.5), or when half the people disagree outright, the group has turned
   * against this step rather than hesitating: high, as high as involving people only at launch.
   * The barrier finding takes the worst of the low elements' severities (its advice starts at the
   * first), so a survey that gets worse on any element never lowers the people score.
   */
  barrierHighMean: 2.5,
  /**
   * The survey outranks an owner's "no" (no training plan, no communication…) only when the employees
   * clearly have that step: a mean of 3.5 or more and fewer than 30 % disagreeing. Just above neutral,
   * or with a sizeable group against it, the answer's finding stands.
   */
  outrankMean: 3.5,
  outrankDisagreeShare: 0.3,
  barrierHighDisagreeShare: 0.5,
  /**
   * Further low elements after the barrier: one combined finding, low. They usually follow from the
   * barrier (who does not know why will not want to either), so they must not weigh as much again.
   */
  alsoLowSeverity: 'low',
  /**
   * Worry about one's job ("I worry this will cost me my job or make it worse"): when half of the
   * people agree, or the mean leans to agreeing (3.5), worry is the climate, not a few voices: medium.
   * When the average person agrees (mean 4) it is high: people who fear for their job work around
   * the system, the source's first reason employees sink a project.
   */
  jobWorryAgreeShare: 0.5,
  jobWorryMeanMedium: 3.5,
  jobWorryMeanHigh: 4,
  /**
   * Trust in the output: at or below neutral people check everything twice or ignore the output, so
   * the time saved melts away: low. Half a point below neutral: medium. Never higher: distrust of a
   * new system early in a pilot is partly healthy, and shows in the barrier elements too.
   */
  trustMeanLow: 3,
  trustMeanMedium: 2.5,
} as const;

/**
 * The feedback channel, measured (items from the pilot's feedback inbox): the share of items handled
 * (acted on, answered or declined) within two weeks.
 */
export const FEEDBACK = {
  /**
   * The share is only judged from three items due on. With one or two items it is 0 %, 50 % or
   * 100 % by one person's luck; from three on a single late item no longer swings the share from one
   * end to the other. Below this the owner's own answer stands.
   */
  minDue: 3,
  /**
   * Four in five handled in time is a channel people see working: below that, more than one in five
   * of them hears nothing for two weeks, and they stop reporting (medium). When fewer than half are
   * handled in time the channel exists on paper only: high, since being asked and then ignored
   * drives people off faster than not being asked (no channel at all is medium).
   */
  shareMedium: 0.8,
  shareHigh: 0.5,
} as const;

export const PARTNER = {
  /** Companies below this size are SMEs; enterprise platforms are sized for larger ones. */
  smeEmployees: 250,
  /** Contracts longer than two years lock an SME in before the pilot has proven anything. */
  contractMonthsMedium: 24,
  /** Longer than four years is a lock-in in itself. */
  contractMonthsHigh: 48,
  /** Without exit terms, any contract longer than a year is a lock-in risk (medium); shorter is low. */
  exitTermsMatterAfterMonths: 12,
} as const;

export const SUCCESS = {
  /** A pilot of about six weeks (source); longer than four months is no longer "small". */
  pilotWeeksMax: 16,
  /** Expecting ≥ 95 % automation without saying who handles exceptions means no human in the loop. */
  automationWithoutHuman: 0.95,
} as const;

export const VERDICT = {
  /** "Several high/critical factors at once" (DESIGN.md): three or more of the five. */
  severalFactors: 3,
  /** Ready allows at most this many success conditions still unknown (none may be not-met). */
  readyMaxUnknownConditions: 1,
} as const;

export const ACTIONS = {
  /**
   * Score points an action on a success condition is worth, for ranking it against factor actions.
   * Sponsor and measurement are the source's strongest predictors of a pilot that survives.
   */
  conditionRiskRemoved: {
    sponsor: 30,
    measure: 25,
    startSmall: 20,
    humanInTheLoop: 20,
    iterate: 15,
  },
} as const;

/**
 * What a legal duty is worth in the action plan, in score points, so it ranks against factor actions.
 * A prohibited practice outranks everything; a blocker (a required DPIA not done, high-risk deployer
 * duties not planned) ranks with a factor at high risk; other duties rank with the lighter actions.
 */
export const RULES = {
  prohibitedWorth: 100,
  blockerWorth: 40,
  providerDutiesWorth: 30,
  settleWorth: 20,
  dpiaRecommendedWorth: 15,
  transparencyWorth: 15,
  literacyWorth: 10,
} as const;
