import { z } from 'zod';
import { PILOT_FINDING_IDS } from '../core/pilot/analyse-pilot.ts';
import {
  MAX_PILOT_WEEKS,
  MAX_SECONDARY_KPIS,
  ZBaselinePeriod,
  ZBetter,
  ZDecisionOutcome,
  ZPilotAmendment,
  ZPilotDecision,
  ZPilotEconomics,
  ZPilotIteration,
  ZPilotKpi,
  ZPilotMeasurement,
  ZPilotPlan,
  ZPilotRule,
  ZPredictedSavings,
} from '../core/pilot/pilot-schema.ts';
import { ZUseCaseParams, ZUuid } from './common-schemas.ts';
import type { KnownFields } from './known-fields.ts';

/**
 * Pilots of a use case (DESIGN.md "The pilot"): the plan, edited as a draft while planned and frozen
 * at the start; the baseline; weekly measurements; amendments; the iteration log; the decision.
 * The plan's fields are the pilot file's (`src/core/pilot/pilot-schema.ts`), with the pilot's title
 * and economics beside them; while planned every field may be missing, and starting names what is.
 */

const plan = ZPilotPlan.shape;

/**
 * The plan of a pilot as the API keeps it: the pilot file's plan with every field optional while the
 * pilot is planned (starting it requires the fields the file requires), plus the title and economics.
 */
export const ZPilotPlanDraft = z
  .strictObject({
    title: z
      .string()
      .min(1)
      .max(500)
      .optional()
      .describe('the pilot’s name; the use case’s title when absent'),
    process: plan.process.optional(),
    startDate: plan.startDate.optional().describe('YYYY-MM-DD; the day the pilot starts when absent'),
    weeks: plan.weeks,
    primaryKpi: ZPilotKpi.partial().optional(),
    secondaryKpis: z.array(ZPilotKpi.partial()).max(MAX_SECONDARY_KPIS).optional(),
    baselineWindow: plan.baselineWindow
      .partial()
      .optional()
      .describe('YYYY-MM-DD to YYYY-MM-DD; the baseline periods’ first and last day when absent'),
    humanReviewShare: plan.humanReviewShare,
    reviewRhythm: plan.reviewRhythm,
    rules: z
      .strictObject({
        mustMeet: z.array(ZPilotRule.partial()).max(20).optional(),
        shouldMeet: z.array(ZPilotRule.partial()).max(20).optional(),
      })
      .optional(),
    economics: ZPilotEconomics.optional(),
  })
  .meta({ id: 'PilotPlanDraft' });
export type PilotPlanDraft = z.output<typeof ZPilotPlanDraft>;

export const ZPilotStatus = z.enum(['planned', 'running', 'decided']);

export const ZPilotParams = ZUseCaseParams.extend({ pilotId: ZUuid });
export const ZPilotWeekParams = ZPilotParams.extend({
  week: z.coerce.number().int().min(1).max(MAX_PILOT_WEEKS).describe('the pilot week, 1 = the first'),
});

/** A problem that keeps the pilot from starting: the field, by its path and its label, and what to do. */
const ZPilotProblem = z.object({
  path: z.string(),
  field: z.string().nullable(),
  message: z.string(),
});

export const ZPilotSummary = z
  .object({
    id: z.string(),
    useCaseId: z.string(),
    status: ZPilotStatus,
    title: z.string(),
    outcome: ZDecisionOutcome.nullable().describe('the decision, once the pilot is decided'),
    startedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PilotSummary' });
export const ZPilotSummaryList = z.array(ZPilotSummary);

const ZStoredMeasurement = ZPilotMeasurement.extend({
  recordedBy: z.string().nullable(),
  updatedAt: z.string(),
});

const ZRenderedMessage = z.string().describe('in the requested language');

const ZInterval = z.looseObject({ estimate: z.number(), low: z.number(), high: z.number() });
const ZConfidenceInterval = ZInterval.extend({
  confidence: z.number().describe('the interval’s achieved confidence, e.g. 0.95'),
});
const ZSeverity = z.enum(['info', 'low', 'medium', 'high']);

const ZPowerCheck = z.discriminatedUnion('status', [
  z.looseObject({
    status: z.literal('checked'),
    power: z.number().describe('chance 0..1 that the planned weeks show the smallest effect'),
    weeksNeeded: z
      .number()
      .nullable()
      .describe('fewest pilot weeks with 80 % power; null when 52 would not do'),
    isPowered: z.boolean(),
    baselineSd: z.number().describe('standard deviation of the baseline, in the KPI’s unit'),
    standardisedEffect: z.number().describe('smallest effect ÷ baseline standard deviation'),
    direction: z.enum(['increase', 'decrease']),
  }),
  z.looseObject({ status: z.literal('too-few-baseline'), baselineCount: z.number() }),
  z.looseObject({ status: z.literal('no-spread') }),
]);

const ZKpiEffect = z.looseObject({
  shift: ZConfidenceInterval.describe('pilot − baseline in the KPI’s unit (Hodges–Lehmann, exact interval)'),
  improvement: ZInterval.describe('the same in the better direction: positive is better'),
  relative: ZInterval.nullable().describe('the improvement as a share of the baseline median'),
  bootstrap: ZInterval.nullable().describe('second opinion: bootstrap of the difference in medians'),
  pValue: z.number().describe('exact Mann–Whitney p, two-sided'),
  chanceBetter: z.number().describe('chance a pilot week beats a baseline week'),
  isDetected: z.boolean().describe('the interval excludes zero'),
});

const ZChartPoint = z.looseObject({
  label: z.string().describe('the period (baseline) or the week (pilot)'),
  value: z.number(),
  phase: z.enum(['baseline', 'pilot']),
  signals: z.array(z.string()).describe('the control-chart rules this point breaks'),
});

const ZKpiAnalysis = z.looseObject({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  better: ZBetter,
  isPrimary: z.boolean(),
  howMeasured: z.string(),
  smallestEffect: z.number(),
  baseline: z.looseObject({
    count: z.number(),
    median: z.number().nullable(),
    mean: z.number().nullable(),
    sd: z.number().nullable(),
    min: z.number().nullable(),
    max: z.number().nullable(),
  }),
  pilot: z.looseObject({
    count: z.number(),
    median: z.number().nullable(),
    level: ZConfidenceInterval.nullable().describe('the pilot’s median with its distribution-free interval'),
  }),
  power: ZPowerCheck.describe('before the start: can the planned weeks show the smallest effect'),
  effect: ZKpiEffect.nullable(),
  chart: z
    .looseObject({
      centralLine: z.number(),
      upperLimit: z.number(),
      lowerLimit: z.number(),
      points: z.array(ZChartPoint),
      baselineUnstable: z.boolean(),
      hasShiftSignal: z.boolean(),
    })
    .nullable()
    .describe('the XmR chart of baseline and pilot values with the baseline’s limits'),
  eurosPerYear: ZInterval.nullable().describe('the effect in euros per year, better direction'),
});

const ZRuleFigure = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('relative'), value: ZInterval, threshold: z.number() }),
  z.looseObject({
    kind: z.literal('improvement'),
    value: ZInterval,
    threshold: z.number(),
    unit: z.string(),
  }),
  z.looseObject({ kind: z.literal('level'), value: ZInterval, threshold: z.number(), unit: z.string() }),
  z.looseObject({ kind: z.literal('adoption'), value: z.number(), threshold: z.number(), week: z.number() }),
]);

/**
 * The analysis of `analysePilot` (src/core/pilot/analyse-pilot.ts) with its messages in the requested
 * language: every field the core returns, typed (a test checks the two agree).
 */
export const ZPilotAnalysis = z
  .looseObject({
    schemaVersion: z.literal(1),
    title: z.string(),
    language: z.enum(['nl', 'en']),
    process: z.string(),
    startDate: z.string(),
    status: z
      .enum(['planned', 'running', 'complete'])
      .describe('by the weeks measured against the weeks planned'),
    plannedWeeks: z.number(),
    weeksMeasured: z.number(),
    humanReviewShare: z.number().nullable(),
    reviewRhythm: z.string().nullable(),
    kpis: z.array(ZKpiAnalysis),
    poweredKpis: z
      .array(z.string())
      .describe('the KPIs whose baseline lets the pilot detect the smallest effect'),
    adoption: z.looseObject({
      weeks: z.array(
        z.looseObject({
          week: z.number(),
          share: z.number(),
          pace: z.enum(['ahead', 'on-track', 'behind']).describe('against the seed’s 3–6 months'),
          yardstickLow: z.number().describe('the share on the 6-month line this week'),
          yardstickHigh: z.number().describe('the share on the 3-month line this week'),
        }),
      ),
      latest: z.number().nullable(),
      isStalling: z.boolean(),
      weeksToEmbedded: z.number().nullable(),
    }),
    totalEurosPerYear: ZInterval.nullable(),
    rules: z.array(
      z.looseObject({
        group: z.enum(['mustMeet', 'shouldMeet']),
        index: z.number(),
        rule: ZPilotRule,
        status: z.enum(['met', 'not-met', 'unknown']),
        figure: ZRuleFigure.nullable(),
        reason: ZRenderedMessage,
        weeksToSettle: z.number().nullable(),
        isLeaningNotMet: z.boolean().optional(),
      }),
    ),
    findings: z.array(
      z.looseObject({
        id: z.enum(PILOT_FINDING_IDS),
        severity: ZSeverity,
        kpi: z.string().optional(),
        message: ZRenderedMessage,
        advice: ZRenderedMessage,
      }),
    ),
    proposal: z.looseObject({
      outcome: ZDecisionOutcome,
      reason: ZRenderedMessage,
      extraWeeks: z.number().nullable().describe('for hold: pilot weeks to add'),
    }),
    decision: ZPilotDecision.extend({ agreesWithProposal: z.boolean() }).nullable(),
    predictedVsRealised: z
      .looseObject({
        predicted: ZPredictedSavings,
        realised: ZInterval.nullable(),
        position: z.enum(['below', 'within', 'above', 'unknown']),
      })
      .nullable(),
    iterations: z.array(ZPilotIteration),
    amendments: z.array(ZPilotAmendment),
    costs: z.looseObject({ hoursSpent: z.number(), costsEur: z.number() }),
  })
  .meta({ id: 'PilotAnalysis' });
export type RenderedPilotAnalysis = KnownFields<z.output<typeof ZPilotAnalysis>>;

const ZShareRange = z.object({ low: z.number(), likely: z.number(), high: z.number() });

/** What a Go changed in the business case. */
const ZBusinessCaseUpdate = z
  .object({
    input: z.literal('timeReduction').describe('the business-case range that took the measured one'),
    kpi: z.object({ id: z.string(), name: z.string() }).describe('the KPI the range was measured on'),
    range: ZShareRange.describe(
      'the measured share saved: the interval as low and high, the estimate as likely',
    ),
    previous: ZShareRange.nullable().describe(
      'the range before; null when the use case had none (a default)',
    ),
    revision: z.number().int().describe('the use-case revision that holds the measured range'),
  })
  .meta({ id: 'PilotBusinessCaseUpdate' });

export const ZPilotView = ZPilotSummary.extend({
  plan: ZPilotPlanDraft.describe(
    'the plan now: the draft while planned, the frozen plan with its amendments after',
  ),
  frozenPlan: ZPilotPlanDraft.nullable().describe('the plan as registered at the start; null before'),
  frozenBaseline: z
    .array(ZBaselinePeriod)
    .nullable()
    .describe('the baseline as it was at the start; null before'),
  baseline: z.array(ZBaselinePeriod),
  measurements: z.array(ZStoredMeasurement),
  amendments: z.array(
    z.object({
      id: z.string(),
      date: z.string().describe('YYYY-MM-DD'),
      what: z.string(),
      reason: z.string(),
      by: z
        .string()
        .nullable()
        .describe('the name of the person who amended the plan; null for an API token'),
      planBefore: ZPilotPlanDraft,
      planAfter: ZPilotPlanDraft,
      createdAt: z.string(),
    }),
  ),
  iterations: z.array(
    ZPilotIteration.extend({ id: z.string(), createdBy: z.string().nullable(), createdAt: z.string() }),
  ),
  decision: z
    .object({
      outcome: ZDecisionOutcome,
      proposedOutcome: ZDecisionOutcome.nullable().describe('what the rules and evidence proposed then'),
      on: z.string().describe('YYYY-MM-DD'),
      by: z.string().describe('who decided: a person’s name, or the API token’s name'),
      reasons: z.string(),
      businessCase: ZBusinessCaseUpdate.nullable().describe(
        'on a Go: the use-case revision whose time reduction is the measured one; null when no KPI measures time spent',
      ),
      createdAt: z.string(),
    })
    .nullable(),
  readiness: z
    .object({
      canStart: z.boolean(),
      problems: z
        .array(ZPilotProblem)
        .describe('what is missing before the pilot can start, in the requested language'),
    })
    .describe('while planned: whether the pilot can start, and what is missing'),
  analysis: ZPilotAnalysis.nullable().describe(
    'the analysis of the plan, baseline and weeks (power check, effects with intervals, control charts, adoption, ' +
      'rules, proposed decision); while planned once the plan is complete (the power check before the start), null before',
  ),
}).meta({ id: 'Pilot' });
export type PilotView = KnownFields<z.output<typeof ZPilotView>>;

export const ZCreatePilotBody = z.strictObject({
  plan: ZPilotPlanDraft.optional().describe(
    'fields that replace the ones pre-filled from the use case (its KPIs, target, pilot scope and weeks)',
  ),
});

export const ZAmendment = z.strictObject({
  reason: z.string().trim().min(1).max(2000).describe('why the plan of a started pilot changes'),
  what: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .optional()
    .describe('what changes; the changed fields when absent'),
  date: z.iso.date().optional().describe('YYYY-MM-DD; today when absent'),
});

export const ZChangePilotPlanBody = z.strictObject({
  plan: ZPilotPlanDraft,
  amendment: ZAmendment.optional().describe(
    'required once the pilot has started: the change is recorded with its reason and the plan before and after',
  ),
});

export const ZBaselineBody = z.strictObject({
  periods: z.array(ZBaselinePeriod).max(520).describe('every baseline period; replaces the ones there were'),
});

export const ZMeasurementBody = ZPilotMeasurement;
export const ZMeasurementView = ZStoredMeasurement;

export const ZIterationBody = ZPilotIteration;
export const ZIterationView = ZPilotIteration.extend({
  id: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});

export const ZDecisionBody = z.strictObject({
  outcome: ZDecisionOutcome,
  reasons: z.string().trim().min(1).max(20_000),
  on: z.iso.date().optional().describe('YYYY-MM-DD; today when absent'),
});
