import { z } from 'zod';
import {
  MAX_SECONDARY_KPIS,
  ZBaselinePeriod,
  ZDecisionOutcome,
  ZPilotEconomics,
  ZPilotIteration,
  ZPilotKpi,
  ZPilotMeasurement,
  ZPilotPlan,
  ZPilotRule,
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

/**
 * The analysis of `analysePilot` (src/core/pilot/analyse-pilot.ts) with its messages in the requested
 * language. The fields named here are the contract; the rest (per-KPI figures, chart points, adoption
 * weeks, euros per year) comes as the core returns it and may grow.
 */
export const ZPilotAnalysis = z
  .looseObject({
    schemaVersion: z.literal(1),
    status: z
      .enum(['planned', 'running', 'complete'])
      .describe('by the weeks measured against the weeks planned'),
    plannedWeeks: z.number(),
    weeksMeasured: z.number(),
    kpis: z.array(z.looseObject({ id: z.string(), name: z.string(), isPrimary: z.boolean() })),
    poweredKpis: z
      .array(z.string())
      .describe('the KPIs whose baseline lets the pilot detect the smallest effect'),
    rules: z.array(
      z.looseObject({
        group: z.enum(['mustMeet', 'shouldMeet']),
        index: z.number(),
        status: z.enum(['met', 'not-met', 'unknown']),
        reason: ZRenderedMessage,
      }),
    ),
    findings: z.array(
      z.looseObject({
        id: z.string(),
        severity: z.enum(['info', 'low', 'medium', 'high']),
        message: ZRenderedMessage,
        advice: ZRenderedMessage,
      }),
    ),
    proposal: z.looseObject({
      outcome: ZDecisionOutcome,
      reason: ZRenderedMessage,
      extraWeeks: z.number().nullable().describe('for hold: pilot weeks to add'),
    }),
  })
  .meta({ id: 'PilotAnalysis' });

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
