import type { PilotPlanDraft } from '../api/pilot-schemas.ts';
import { type Message, msg } from '../core/message.ts';
import { validatePilot } from '../core/pilot/parse-pilot.ts';
import {
  ADOPTION_KPI,
  type BaselinePeriod,
  type Better,
  DEFAULT_PILOT_WEEKS,
  MAX_PILOT_WEEKS,
  MAX_SECONDARY_KPIS,
  type Pilot,
  type PilotKpi,
  type PilotMeasurement,
  type ValuedAs,
} from '../core/pilot/pilot-schema.ts';
import type { UseCase } from '../core/use-case/use-case-schema.ts';
import type { PilotRecord } from '../store/pilots-repository.ts';

/**
 * The pilot plan between the API and the pilot file: pre-filled from the use case, checked before
 * the start (every missing field named), and turned into a pilot file for the analysis. The draft is
 * the file's plan with every field optional, plus the title and the economics.
 */

export type PlanProblem = { path: string; message: Message };

/** Today as YYYY-MM-DD (UTC), the default day of a start, an amendment or a decision. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A KPI id from its name: `Minuten per factuur` → `minuten-per-factuur`; unique among `taken`. */
function kpiId(name: string | undefined, index: number, taken: Set<string>): string {
  const slug = (name ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  let id = /^[a-z]/.test(slug) && slug !== ADOPTION_KPI ? slug : `kpi-${index + 1}${slug ? `-${slug}` : ''}`;
  id = id.slice(0, 55).replace(/-+$/, '');
  let n = 2;
  const base = id;
  while (taken.has(id)) id = `${base}-${n++}`;
  taken.add(id);
  return id;
}

const filled = (s: string | undefined): string | undefined => {
  const t = s?.trim();
  return t ? t.slice(0, 500) : undefined;
};

/**
 * Units that say a KPI measures time spent, with how its effect turns into euros. Matched on the
 * whole unit, Dutch and English; a unit that matches none is left for the owner to value.
 */
const TIME_UNITS: readonly { pattern: RegExp; valuedAs: ValuedAs }[] = [
  { pattern: /^(uur|uren|hours?|hrs?)\s*(per|\/|a)\s*(week|wk)$/i, valuedAs: 'hours-per-week' },
  {
    pattern: /^(minuten|minuut|minutes?|mins?|min)(\s*(per|\/)\s*[\p{L}-]+)?$/iu,
    valuedAs: 'minutes-per-item',
  },
  { pattern: /^(uur|uren|hours?|hrs?)\s*(per|\/)\s*[\p{L}-]+$/iu, valuedAs: 'hours-per-item' },
];

/** How a KPI in a time unit that should go down is worth money, or undefined. */
export function timeValuation(unit: string | undefined, better: Better | undefined): ValuedAs | undefined {
  if (unit === undefined || better !== 'down') return undefined;
  const trimmed = unit.trim();
  return TIME_UNITS.find((u) => u.pattern.test(trimmed))?.valuedAs;
}

/**
 * A first plan from the use case: its KPIs (the first is the primary, at most three secondary), the
 * direction each is better in (the target below the baseline: down), how a KPI in time units is
 * worth money ("uur per week": hours-per-week), its pilot weeks, the process,
 * a must-meet rule from the primary KPI's target or the problem's target in words, and the economics
 * (items per week, hourly cost, weeks per year). What the use case does not say stays missing.
 */
export function prefillPlan(useCase: UseCase): PilotPlanDraft {
  const taken = new Set<string>();
  const kpis = (useCase.success?.kpis ?? []).slice(0, 1 + MAX_SECONDARY_KPIS).map((k, i) => {
    const kpi: Partial<PilotKpi> = { id: kpiId(k.name, i, taken) };
    const name = filled(k.name);
    const unit = filled(k.unit);
    const how = filled(k.measuredHow);
    if (name) kpi.name = name;
    if (unit) kpi.unit = unit;
    if (how) kpi.howMeasured = how;
    if (k.baseline !== undefined && k.target !== undefined && k.baseline !== k.target) {
      kpi.better = k.target < k.baseline ? 'down' : 'up';
    }
    const valuedAs = timeValuation(unit, kpi.better);
    if (valuedAs) kpi.valuedAs = valuedAs;
    return { kpi, source: k };
  });
  const [primary, ...secondary] = kpis;
  const weeks = useCase.success?.pilot?.weeks;
  const plan: PilotPlanDraft = {};
  const title = filled(useCase.title);
  if (title) plan.title = title;
  const process = filled(useCase.problem?.process) ?? title;
  if (process) plan.process = process;
  plan.weeks =
    weeks !== undefined && weeks >= 1 ? Math.min(MAX_PILOT_WEEKS, Math.round(weeks)) : DEFAULT_PILOT_WEEKS;
  if (primary) plan.primaryKpi = primary.kpi;
  if (secondary.length > 0) plan.secondaryKpis = secondary.map((s) => s.kpi);
  const target = filled(useCase.problem?.target);
  if (primary?.source.target !== undefined) {
    const { name, unit } = primary.kpi;
    plan.rules = {
      mustMeet: [
        {
          text: target ?? `${name ?? primary.kpi.id}: ${primary.source.target}${unit ? ` ${unit}` : ''}`,
          kpi: primary.kpi.id,
          test: 'reaches',
          value: primary.source.target,
        },
      ],
    };
  } else if (target) {
    plan.rules = { mustMeet: [{ text: target, ...(primary ? { kpi: primary.kpi.id } : {}) }] };
  }
  const economics: NonNullable<PilotPlanDraft['economics']> = {};
  const problem = useCase.problem;
  if (problem?.volumePerWeek !== undefined) economics.volumePerWeek = Math.min(problem.volumePerWeek, 1e9);
  if (problem?.hourlyCost !== undefined) economics.hourlyCost = Math.min(problem.hourlyCost, 1e9);
  if (problem?.weeksPerYear !== undefined) economics.weeksPerYear = problem.weeksPerYear;
  if (Object.keys(economics).length > 0) plan.economics = economics;
  return plan;
}

/** The ids of the plan's KPIs, primary first (those that have one). */
export function kpiIdsOf(plan: PilotPlanDraft): string[] {
  return [plan.primaryKpi?.id, ...(plan.secondaryKpis ?? []).map((k) => k.id)].filter(
    (id): id is string => typeof id === 'string',
  );
}

/** Values keyed by something other than one of the plan's KPIs, each named with its path. */
function unknownKpis(values: Record<string, number>, ids: readonly string[], at: string): PlanProblem[] {
  const known = ids.length > 0 ? ids.join(', ') : '—';
  return Object.keys(values)
    .filter((key) => !ids.includes(key))
    .map((key) => ({
      path: `${at}.values.${key}`,
      message: msg('pilot.input.valueKpiUnknown', { kpi: key, known }),
    }));
}

/** Problems with baseline periods for a plan (draft or complete): KPIs it does not have, a period twice or outside the window. */
export function baselineProblems(plan: PilotPlanDraft, periods: readonly BaselinePeriod[]): PlanProblem[] {
  const ids = kpiIdsOf(plan);
  const seen = new Set<string>();
  const { from, to } = plan.baselineWindow ?? {};
  return periods.flatMap((p, i) => {
    const at = `body.periods[${i}]`;
    const problems = unknownKpis(p.values, ids, at);
    if (seen.has(p.period)) {
      problems.push({
        path: `${at}.period`,
        message: msg('pilot.input.duplicatePeriod', { period: p.period }),
      });
    }
    seen.add(p.period);
    if ((from !== undefined && p.period < from) || (to !== undefined && p.period > to)) {
      problems.push({
        path: `${at}.period`,
        message: msg('pilot.input.periodOutsideWindow', {
          period: p.period,
          from: from ?? '…',
          to: to ?? '…',
        }),
      });
    }
    return problems;
  });
}

/** Problems with one week of a started pilot: KPIs the plan does not have, a week beyond the plan, a day before the start. */
export function measurementProblems(plan: PilotPlanDraft, m: PilotMeasurement): PlanProblem[] {
  const problems = unknownKpis(m.values, kpiIdsOf(plan), 'body');
  const weeks = plan.weeks ?? DEFAULT_PILOT_WEEKS;
  if (m.week > weeks) {
    problems.push({ path: 'body.week', message: msg('pilot.input.weekBeyondPlan', { week: m.week, weeks }) });
  }
  if (m.date !== undefined && plan.startDate !== undefined && m.date < plan.startDate) {
    problems.push({
      path: 'body.date',
      message: msg('pilot.input.measurementBeforeStart', { start: plan.startDate }),
    });
  }
  return problems;
}

/** Problems with an iteration log entry: a week beyond the plan. */
export function iterationProblems(plan: PilotPlanDraft, week: number): PlanProblem[] {
  const weeks = plan.weeks ?? DEFAULT_PILOT_WEEKS;
  return week > weeks
    ? [{ path: 'body.week', message: msg('pilot.input.weekBeyondPlan', { week, weeks }) }]
    : [];
}

/** The plan with the start's defaults: the start date (today) and the baseline window (its periods). */
function withStartDefaults(
  plan: PilotPlanDraft,
  baseline: readonly BaselinePeriod[],
  day: string,
): PilotPlanDraft {
  const periods = baseline.map((p) => p.period).sort();
  const window = plan.baselineWindow ?? {};
  const from = window.from ?? periods[0];
  const to = window.to ?? periods.at(-1);
  return {
    ...plan,
    startDate: plan.startDate ?? day,
    ...(from !== undefined && to !== undefined ? { baselineWindow: { from, to } } : {}),
  };
}

/** The pilot file of a plan and what was recorded, as the core's schema and analysis take it. */
function pilotFile(
  plan: PilotPlanDraft,
  parts: { fallbackTitle: string; baseline: readonly BaselinePeriod[] } & Partial<
    Pick<Pilot, 'measurements' | 'iterations' | 'amendments' | 'decision' | 'predicted'>
  >,
): unknown {
  const { title, economics, ...filePlan } = plan;
  return {
    schemaVersion: 1,
    title: title ?? (parts.fallbackTitle.trim().slice(0, 500) || 'Pilot'),
    plan: { ...filePlan, rules: { mustMeet: [], ...filePlan.rules } },
    ...(economics ? { economics } : {}),
    baseline: parts.baseline,
    ...(parts.measurements?.length ? { measurements: parts.measurements } : {}),
    ...(parts.iterations?.length ? { iterations: parts.iterations } : {}),
    ...(parts.amendments?.length ? { amendments: parts.amendments } : {}),
    ...(parts.decision ? { decision: parts.decision } : {}),
    ...(parts.predicted ? { predicted: parts.predicted } : {}),
  };
}

/**
 * Whether a planned pilot can start, and with which plan: the draft with the start's defaults must be
 * a complete plan of the pilot file, and the baseline must hold values of the primary KPI. Every
 * problem names its field (`plan.primaryKpi.smallestEffect`, `baseline`).
 */
export function startCheck(
  draft: PilotPlanDraft,
  baseline: readonly BaselinePeriod[],
  options: { fallbackTitle: string; day: string },
): { ok: true; plan: PilotPlanDraft; pilot: Pilot } | { ok: false; problems: PlanProblem[] } {
  const plan = withStartDefaults(draft, baseline, options.day);
  const problems: PlanProblem[] = [];
  const primary = plan.primaryKpi?.id;
  if (baseline.length === 0) {
    problems.push({ path: 'baseline', message: msg('input.pilot.noBaseline') });
  } else if (primary !== undefined && !baseline.some((p) => p.values[primary] !== undefined)) {
    problems.push({ path: 'baseline', message: msg('input.pilot.noPrimaryBaseline', { kpi: primary }) });
  }
  if (plan.primaryKpi === undefined) {
    problems.push({ path: 'plan.primaryKpi', message: msg('input.pilot.noPrimaryKpi') });
  }
  const checked = validatePilot(pilotFile(plan, { fallbackTitle: options.fallbackTitle, baseline }));
  if (!checked.ok) {
    const named = new Set(problems.map((p) => p.path));
    // Without a baseline the window (taken from its periods) is missing too: saying so adds nothing.
    const windowFollows = baseline.length === 0 && draft.baselineWindow === undefined;
    problems.push(
      ...checked.error.filter(
        (p) => !named.has(p.path) && !(windowFollows && p.path.startsWith('plan.baselineWindow')),
      ),
    );
  }
  if (problems.length > 0 || !checked.ok) return { ok: false, problems };
  return { ok: true, plan, pilot: checked.value };
}

/**
 * Whether a started pilot's changed plan is still a complete plan of the pilot file, and one the
 * weeks and log entries recorded so far still fit (a KPI they have values for, enough weeks).
 */
export function amendedPlanProblems(
  plan: PilotPlanDraft,
  record: Pick<PilotRecord<PilotPlanDraft>, 'frozenBaseline' | 'measurements' | 'iterations'>,
  fallbackTitle: string,
): PlanProblem[] {
  const checked = validatePilot(
    pilotFile(plan, {
      fallbackTitle,
      baseline: record.frozenBaseline ?? [],
      measurements: record.measurements.map(({ recordedBy: _r, updatedAt: _u, ...m }) => m),
      iterations: record.iterations.map(({ week, change, why }) => ({ week, change, why })),
    }),
  );
  if (checked.ok) return [];
  return checked.error.map((p) =>
    p.path === 'plan' || p.path.startsWith('plan.') ? { ...p, path: `body.${p.path}` } : p,
  );
}

/**
 * The pilot file of a started pilot, for the analysis: its current plan (the frozen one with its
 * amendments), the frozen baseline, the weeks, the iteration log, the amendments and the decision.
 * Null when it does not validate (it always should once started).
 */
export function pilotFileOf(record: PilotRecord<PilotPlanDraft>, fallbackTitle: string): Pilot | null {
  if (record.status === 'planned') return null;
  const checked = validatePilot(
    pilotFile(record.plan, {
      fallbackTitle,
      baseline: record.frozenBaseline ?? record.baseline,
      measurements: record.measurements.map(({ recordedBy: _r, updatedAt: _u, ...m }) => m),
      iterations: record.iterations.map(({ week, change, why }) => ({ week, change, why })),
      amendments: record.amendments.map(({ date, what, reason }) => ({ date, what, reason })),
      ...(record.predicted ? { predicted: record.predicted } : {}),
      ...(record.decision
        ? {
            decision: {
              outcome: record.decision.outcome,
              by: record.decision.by.slice(0, 500) || '—',
              on: record.decision.on,
              reasons: record.decision.reasons,
            },
          }
        : {}),
    }),
  );
  return checked.ok ? checked.value : null;
}

/** JSON with the keys of every object sorted: the database does not keep the order keys came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The plan's fields that differ between two plans, for an amendment that does not say what changed. */
export function changedFields(before: PilotPlanDraft, after: PilotPlanDraft): string {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])] as (keyof PilotPlanDraft)[];
  const changed = keys.filter((k) => canonical(before[k]) !== canonical(after[k]));
  return changed.length > 0 ? changed.join(', ') : '—';
}
