import { z } from 'zod';
import { ZLanguage } from '../use-case/use-case-schema.ts';
import { ADOPTION_KPI, DEFAULT_PILOT_WEEKS, MAX_PILOT_WEEKS, MAX_SECONDARY_KPIS } from './pilot-constants.ts';

/**
 * The pilot file, schema version 1 (see docs/pilot.md and DESIGN.md "The pilot"): a plan registered
 * before the start, the baseline measured before it, weekly measurements, the iteration log, the
 * amendments to the plan, and the sponsor's decision.
 *
 * Objects are strict, so an unknown key is an error naming its path. Fractions (shares) are 0..1,
 * money is euros, KPI values are in the KPI's own unit. Counts and amounts are bounded (a billion) so
 * products of them stay finite. Cross-field checks (a rule's KPI exists, week numbers are unique,
 * values only for declared KPIs, …) are custom issues whose `params.haalbaar` is a message key of the
 * `pilot` namespace, which `problemsFromIssues` (parse-use-case.ts) turns into messages.
 * Extend only by adding optional fields.
 */

export { ADOPTION_KPI, DEFAULT_PILOT_WEEKS, MAX_PILOT_WEEKS, MAX_SECONDARY_KPIS } from './pilot-constants.ts';

export const PILOT_SCHEMA_VERSION = 1;

/** Ceiling for counts and amounts (as in the use-case schema): far above any real company. */
const MAX_AMOUNT = 1_000_000_000;

const fraction = z.number().min(0).max(1);
const amount = z.number().min(0).max(MAX_AMOUNT);
/** A KPI value in its own unit; may be negative (a margin, a difference). */
const kpiValue = z.number().min(-MAX_AMOUNT).max(MAX_AMOUNT);
const signedEuros = z.number().min(-MAX_AMOUNT).max(MAX_AMOUNT);
const text = z.string().max(20_000);
const shortText = z.string().min(1).max(500);
const isoDate = z.iso.date();
const weekNumber = z.number().int().min(1).max(MAX_PILOT_WEEKS);

/** A KPI id: lower case letters, digits and dashes, starting with a letter (`minutes-per-invoice`). */
export const ZKpiId = z
  .string()
  .max(60)
  .regex(/^[a-z][a-z0-9-]*$/);

export const ZBetter = z.enum(['up', 'down']);

/**
 * How a KPI's effect is worth euros per year with the pilot's `economics`: the KPI is the minutes
 * or hours one item takes (× items per week × weeks per year × hourly cost), or the hours spent per
 * week (× weeks per year × hourly cost).
 */
export const ZValuedAs = z.enum(['minutes-per-item', 'hours-per-item', 'hours-per-week']);

export const ZPilotKpi = z.strictObject({
  id: ZKpiId,
  name: shortText,
  unit: shortText,
  better: ZBetter,
  howMeasured: z.string().min(1).max(2000),
  /** The smallest effect worth having, absolute, in the KPI's unit (minutes, a share, …); > 0. */
  smallestEffect: z.number().gt(0).max(MAX_AMOUNT),
  /** Converts the effect to euros per year with `economics`; ignored when `valuePerUnitPerYear` is set. */
  valuedAs: ZValuedAs.optional(),
  /** Euros per year that one unit of improvement (in the better direction) is worth. */
  valuePerUnitPerYear: amount.optional(),
});

export const ZRuleTest = z.enum(['improvesBy', 'notWorse', 'reaches']);

/**
 * A decision rule, structured and with its plain text ("doorlooptijd per factuur ≥ 30 % lager").
 * - `improvesBy`: the KPI improves by at least `value`, a share of the baseline median in the better
 *   direction (0.3 = 30 % better). Required.
 * - `notWorse`: the KPI does not get worse than the baseline median by more than `value` (a share,
 *   0 when absent).
 * - `reaches`: the KPI's pilot level is at `value` (absolute, in the KPI unit) or better. For
 *   `adoption` (the only test it allows) `value` is a share 0..1.
 */
export const ZPilotRule = z.strictObject({
  text: z.string().min(1).max(2000),
  kpi: ZKpiId,
  test: ZRuleTest,
  value: kpiValue.optional(),
});

export const ZPilotPlan = z.strictObject({
  process: shortText,
  startDate: isoDate,
  weeks: weekNumber.optional(),
  primaryKpi: ZPilotKpi,
  secondaryKpis: z.array(ZPilotKpi).max(MAX_SECONDARY_KPIS).optional(),
  baselineWindow: z.strictObject({ from: isoDate, to: isoDate }),
  /** Share of the AI's output a person checks (0..1). */
  humanReviewShare: fraction.optional(),
  /** Who looks at the results how often ("elke vrijdag met de teamleider"). */
  reviewRhythm: shortText.optional(),
  rules: z.strictObject({
    mustMeet: z.array(ZPilotRule).max(20),
    shouldMeet: z.array(ZPilotRule).max(20).optional(),
  }),
});

export const ZPilotEconomics = z.strictObject({
  volumePerWeek: amount.optional(),
  hourlyCost: amount.optional(),
  /** Working weeks per year; 46 when absent (52 minus holidays and bank holidays). */
  weeksPerYear: z.number().min(1).max(53).optional(),
});
export const DEFAULT_PILOT_WEEKS_PER_YEAR = 46;

const kpiValues = z.record(z.string().max(60), kpiValue);

export const ZBaselinePeriod = z.strictObject({
  /** The first day of the period (a week), YYYY-MM-DD. */
  period: isoDate,
  values: kpiValues,
});

export const ZPilotMeasurement = z.strictObject({
  week: weekNumber,
  date: isoDate.optional(),
  values: kpiValues,
  /** Share of the eligible work done with the AI that week (0..1). */
  adoption: fraction.optional(),
  hoursSpent: z.number().min(0).max(10_000).optional(),
  costsEur: amount.optional(),
  note: text.optional(),
});

export const ZPilotIteration = z.strictObject({
  week: weekNumber,
  change: z.string().min(1).max(2000),
  why: z.string().min(1).max(2000),
});

export const ZPilotAmendment = z.strictObject({
  date: isoDate,
  what: z.string().min(1).max(2000),
  reason: z.string().min(1).max(2000),
});

export const ZDecisionOutcome = z.enum(['go', 'kill', 'hold', 'recycle']);

export const ZPilotDecision = z.strictObject({
  outcome: ZDecisionOutcome,
  by: shortText,
  on: isoDate,
  reasons: z.string().min(1).max(20_000),
});

/** The business case's simulated savings per year before the pilot (euros per year), P10 ≤ P50 ≤ P90. */
export const ZPredictedSavings = z.strictObject({
  p10: signedEuros,
  p50: signedEuros,
  p90: signedEuros,
  /** Where the figures come from ("business case, revision 4"). */
  source: shortText.optional(),
});

type Issue = { path: (string | number)[]; key: string; params?: Record<string, string | number> };

function custom(ctx: z.core.$RefinementCtx, issue: Issue): void {
  ctx.addIssue({
    code: 'custom',
    path: issue.path,
    message: issue.key,
    params: { haalbaar: `pilot.input.${issue.key}`, ...(issue.params ?? {}) },
  });
}

const ZPilotObject = z.strictObject({
  schemaVersion: z.literal(1).optional(),
  title: shortText,
  /** Language of the free text (process, rules, notes); nl when absent. */
  language: ZLanguage.optional(),
  plan: ZPilotPlan,
  economics: ZPilotEconomics.optional(),
  baseline: z.array(ZBaselinePeriod).max(520).optional(),
  measurements: z.array(ZPilotMeasurement).max(MAX_PILOT_WEEKS).optional(),
  iterations: z.array(ZPilotIteration).max(500).optional(),
  amendments: z.array(ZPilotAmendment).max(500).optional(),
  decision: ZPilotDecision.optional(),
  predicted: ZPredictedSavings.optional(),
});

/** The checks across fields, each a custom issue with its path (see the module comment). */
function checkPilot(pilot: z.infer<typeof ZPilotObject>, ctx: z.core.$RefinementCtx): void {
  const plan = pilot.plan;
  const kpis = [plan.primaryKpi, ...(plan.secondaryKpis ?? [])];
  const kpiPaths = [['plan', 'primaryKpi'], ...kpis.slice(1).map((_, i) => ['plan', 'secondaryKpis', i])] as (
    | string
    | number
  )[][];
  const ids = new Set<string>();
  kpis.forEach((kpi, i) => {
    const path = [...(kpiPaths[i] ?? []), 'id'];
    if (kpi.id === ADOPTION_KPI) custom(ctx, { path, key: 'reservedKpiId', params: { id: kpi.id } });
    else if (ids.has(kpi.id)) custom(ctx, { path, key: 'duplicateKpiId', params: { id: kpi.id } });
    ids.add(kpi.id);
  });
  const known = [...ids].join(', ');

  const checkRules = (list: 'mustMeet' | 'shouldMeet', rules: readonly PilotRule[]) => {
    rules.forEach((rule, i) => {
      const at = ['plan', 'rules', list, i];
      if (rule.kpi === ADOPTION_KPI) {
        if (rule.test !== 'reaches') {
          custom(ctx, { path: [...at, 'test'], key: 'adoptionOnlyReaches' });
        } else if (rule.value === undefined || rule.value < 0 || rule.value > 1) {
          custom(ctx, { path: [...at, 'value'], key: 'adoptionValueShare' });
        }
        return;
      }
      if (!ids.has(rule.kpi)) {
        custom(ctx, { path: [...at, 'kpi'], key: 'ruleKpiUnknown', params: { kpi: rule.kpi, known } });
        return;
      }
      if (rule.test === 'improvesBy' && (rule.value === undefined || rule.value <= 0 || rule.value > 10)) {
        custom(ctx, { path: [...at, 'value'], key: 'improvesByValue' });
      }
      if (rule.test === 'notWorse' && rule.value !== undefined && (rule.value < 0 || rule.value > 1)) {
        custom(ctx, { path: [...at, 'value'], key: 'notWorseValue' });
      }
      if (rule.test === 'reaches' && rule.value === undefined) {
        custom(ctx, { path: [...at, 'value'], key: 'reachesValue' });
      }
    });
  };
  checkRules('mustMeet', plan.rules.mustMeet);
  checkRules('shouldMeet', plan.rules.shouldMeet ?? []);

  const weeks = plan.weeks ?? DEFAULT_PILOT_WEEKS;
  if (plan.baselineWindow.from > plan.baselineWindow.to) {
    custom(ctx, { path: ['plan', 'baselineWindow', 'to'], key: 'windowOrder' });
  }
  if (plan.baselineWindow.to >= plan.startDate) {
    custom(ctx, { path: ['plan', 'baselineWindow', 'to'], key: 'windowAfterStart' });
  }

  const checkValues = (values: Record<string, number>, path: (string | number)[]) => {
    for (const key of Object.keys(values)) {
      if (!ids.has(key))
        custom(ctx, { path: [...path, key], key: 'valueKpiUnknown', params: { kpi: key, known } });
    }
  };
  const periods = new Set<string>();
  (pilot.baseline ?? []).forEach((period, i) => {
    const at = ['baseline', i];
    if (periods.has(period.period)) {
      custom(ctx, { path: [...at, 'period'], key: 'duplicatePeriod', params: { period: period.period } });
    }
    periods.add(period.period);
    if (period.period < plan.baselineWindow.from || period.period > plan.baselineWindow.to) {
      custom(ctx, {
        path: [...at, 'period'],
        key: 'periodOutsideWindow',
        params: { period: period.period, from: plan.baselineWindow.from, to: plan.baselineWindow.to },
      });
    }
    checkValues(period.values, [...at, 'values']);
  });

  const seen = new Set<number>();
  (pilot.measurements ?? []).forEach((m, i) => {
    const at = ['measurements', i];
    if (seen.has(m.week))
      custom(ctx, { path: [...at, 'week'], key: 'duplicateWeek', params: { week: m.week } });
    seen.add(m.week);
    if (m.week > weeks)
      custom(ctx, { path: [...at, 'week'], key: 'weekBeyondPlan', params: { week: m.week, weeks } });
    if (m.date !== undefined && m.date < plan.startDate) {
      custom(ctx, {
        path: [...at, 'date'],
        key: 'measurementBeforeStart',
        params: { start: plan.startDate },
      });
    }
    checkValues(m.values, [...at, 'values']);
  });

  (pilot.iterations ?? []).forEach((it, i) => {
    if (it.week > weeks) {
      custom(ctx, {
        path: ['iterations', i, 'week'],
        key: 'weekBeyondPlan',
        params: { week: it.week, weeks },
      });
    }
  });

  const predicted = pilot.predicted;
  if (predicted !== undefined && !(predicted.p10 <= predicted.p50 && predicted.p50 <= predicted.p90)) {
    custom(ctx, { path: ['predicted'], key: 'predictedOrder' });
  }
}

/**
 * The pilot file (schema v1). Parse it with `parsePilotText` / `validatePilot` (parse-pilot.ts) for
 * messages with paths; use `ZPilot` directly where zod issues are wanted.
 */
export const ZPilot = ZPilotObject.check(
  z.superRefine(checkPilot, {
    // Only a well-formed pilot is checked across fields: the checks read its values as typed.
    when: (payload) => payload.issues.length === 0,
  }),
);

export type Pilot = z.infer<typeof ZPilot>;
export type PilotPlan = z.infer<typeof ZPilotPlan>;
export type PilotKpi = z.infer<typeof ZPilotKpi>;
export type PilotRule = z.infer<typeof ZPilotRule>;
export type RuleTest = z.infer<typeof ZRuleTest>;
export type Better = z.infer<typeof ZBetter>;
export type ValuedAs = z.infer<typeof ZValuedAs>;
export type PilotEconomics = z.infer<typeof ZPilotEconomics>;
export type BaselinePeriod = z.infer<typeof ZBaselinePeriod>;
export type PilotMeasurement = z.infer<typeof ZPilotMeasurement>;
export type PilotIteration = z.infer<typeof ZPilotIteration>;
export type PilotAmendment = z.infer<typeof ZPilotAmendment>;
export type PilotDecision = z.infer<typeof ZPilotDecision>;
export type DecisionOutcome = z.infer<typeof ZDecisionOutcome>;
export type PredictedSavings = z.infer<typeof ZPredictedSavings>;

/** Every KPI of a plan, primary first. */
export function pilotKpis(plan: PilotPlan): PilotKpi[] {
  return [plan.primaryKpi, ...(plan.secondaryKpis ?? [])];
}

/** The planned number of weeks (six when the plan does not say). */
export function plannedWeeks(plan: PilotPlan): number {
  return plan.weeks ?? DEFAULT_PILOT_WEEKS;
}
