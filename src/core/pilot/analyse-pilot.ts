import { type Message, msg } from '../message.ts';
import {
  ADOPTION_EMBEDDED,
  ADOPTION_STALL_RISE,
  ADOPTION_YARDSTICK_WEEKS,
  MAX_PILOT_WEEKS,
  MIN_BASELINE_POINTS,
} from './pilot-constants.ts';
import {
  DEFAULT_PILOT_WEEKS_PER_YEAR,
  type DecisionOutcome,
  type Pilot,
  type PilotAmendment,
  type PilotDecision,
  type PilotIteration,
  type PilotKpi,
  type PilotRule,
  type PredictedSavings,
  pilotKpis,
  plannedWeeks,
} from './pilot-schema.ts';
import {
  bootstrapDifference,
  hodgesLehmann,
  kpiPowerCheck,
  MIN_VALUES_PER_SAMPLE,
  mannWhitney,
  type PilotPower,
  type XmrChart,
  xmrChart,
} from './statistics/index.ts';

/**
 * The analysis of a pilot file: per KPI the baseline, the power check, the effect with its interval,
 * the control chart and the euros per year; the adoption curve; each decision rule met / not met /
 * unknown with its figure; findings with what to do; and a proposed decision. Pure: every text is a
 * message key with parameters (namespace `pilot`), rendered by src/report. See docs/pilot.md.
 */

/** The power a plan should reach for its smallest effect worth having. */
export const TARGET_POWER = 0.8;
/** Seed of the bootstrap's second opinion, so a file gives the same figures everywhere. */
export const PILOT_BOOTSTRAP_SEED = 20_260_101;

export type Interval = { estimate: number; low: number; high: number };

export type Severity = 'info' | 'low' | 'medium' | 'high';

/** What a pilot finding is about (the API lists them; the texts are under `pilot.finding`). */
export const PILOT_FINDING_IDS = [
  'no-measurements',
  'pilot-running',
  'few-baseline-points',
  'no-baseline-spread',
  'underpowered',
  'baseline-unstable',
  'adoption-missing',
  'adoption-stalling',
  'human-review-missing',
  'no-must-meet-rules',
] as const;

export type PilotFinding = {
  id: (typeof PILOT_FINDING_IDS)[number];
  severity: Severity;
  kpi?: string;
  message: Message;
  advice: Message;
};

export type KpiPowerCheck =
  | ({ status: 'checked' } & PilotPower)
  | { status: 'too-few-baseline'; baselineCount: number }
  | { status: 'no-spread' };

export type KpiEffect = {
  /** Pilot − baseline in the KPI unit, Hodges–Lehmann with the exact (Moses) interval. */
  shift: Interval & { confidence: number };
  /** The same in the better direction: positive is better. */
  improvement: Interval;
  /** The improvement as a share of the baseline median (null when that median is 0). */
  relative: Interval | null;
  /** Second opinion: percentile bootstrap of the difference in medians, in the better direction. */
  bootstrap: Interval | null;
  /** Exact Mann–Whitney p-value (two-sided) and the chance a pilot week beats a baseline week. */
  pValue: number;
  chanceBetter: number;
  /** The interval excludes zero. */
  isDetected: boolean;
};

export type ChartPoint = { label: string; value: number; phase: 'baseline' | 'pilot'; signals: string[] };

export type KpiAnalysis = {
  id: string;
  name: string;
  unit: string;
  better: PilotKpi['better'];
  isPrimary: boolean;
  howMeasured: string;
  smallestEffect: number;
  baseline: {
    count: number;
    median: number | null;
    mean: number | null;
    sd: number | null;
    min: number | null;
    max: number | null;
  };
  pilot: { count: number; median: number | null; level: (Interval & { confidence: number }) | null };
  power: KpiPowerCheck;
  effect: KpiEffect | null;
  chart: {
    centralLine: number;
    upperLimit: number;
    lowerLimit: number;
    points: ChartPoint[];
    baselineUnstable: boolean;
    hasShiftSignal: boolean;
  } | null;
  /** The effect in euros per year (better direction), with the range from the interval. */
  eurosPerYear: Interval | null;
};

export type AdoptionWeek = {
  week: number;
  share: number;
  /** Against the 3–6 months yardstick: above the 3-month line, between, or below the 6-month line. */
  pace: 'ahead' | 'on-track' | 'behind';
  yardstickLow: number;
  yardstickHigh: number;
};

export type AdoptionAnalysis = {
  weeks: AdoptionWeek[];
  latest: number | null;
  isStalling: boolean;
  /** Weeks to reach the embedded level at the pace of the measured weeks, or null. */
  weeksToEmbedded: number | null;
};

export type RuleStatus = 'met' | 'not-met' | 'unknown';

export type RuleEvaluation = {
  group: 'mustMeet' | 'shouldMeet';
  index: number;
  rule: PilotRule;
  status: RuleStatus;
  /** The measured figure the rule is judged on, e.g. "−42 % (−55 % to −30 %)"; null when missing. */
  figure: RuleFigure | null;
  /** Why the status, as a message (e.g. the interval straddles the threshold). */
  reason: Message;
  /** Pilot weeks (in total) that would probably settle an unknown, or null when more weeks will not. */
  weeksToSettle: number | null;
  /** For an unknown rule: the estimate itself lies on the wrong side of the threshold. */
  isLeaningNotMet?: boolean;
};

export type RuleFigure =
  | { kind: 'relative'; value: Interval; threshold: number }
  /** The improvement in the KPI unit (better direction) against the lowest acceptable one. */
  | { kind: 'improvement'; value: Interval; threshold: number; unit: string }
  /** The pilot's level (median with its interval) against the level to reach. */
  | { kind: 'level'; value: Interval; threshold: number; unit: string }
  | { kind: 'adoption'; value: number; threshold: number; week: number };

export type ProposedDecision = {
  outcome: DecisionOutcome;
  reason: Message;
  /** For Hold: pilot weeks to add, or null when no length will settle it. */
  extraWeeks: number | null;
};

export type PredictedVsRealised = {
  predicted: PredictedSavings;
  realised: Interval | null;
  position: 'below' | 'within' | 'above' | 'unknown';
};

export type PilotAnalysis = {
  schemaVersion: 1;
  title: string;
  language: 'nl' | 'en';
  process: string;
  startDate: string;
  plannedWeeks: number;
  weeksMeasured: number;
  status: 'planned' | 'running' | 'complete';
  humanReviewShare: number | null;
  reviewRhythm: string | null;
  kpis: KpiAnalysis[];
  poweredKpis: string[];
  adoption: AdoptionAnalysis;
  totalEurosPerYear: Interval | null;
  rules: RuleEvaluation[];
  findings: PilotFinding[];
  proposal: ProposedDecision;
  decision: (PilotDecision & { agreesWithProposal: boolean }) | null;
  predictedVsRealised: PredictedVsRealised | null;
  iterations: PilotIteration[];
  amendments: PilotAmendment[];
  costs: { hoursSpent: number; costsEur: number };
};

const sortNumbers = (values: readonly number[]) => [...values].sort((a, b) => a - b);

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = sortNumbers(values);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function summarise(values: readonly number[]): KpiAnalysis['baseline'] {
  const n = values.length;
  if (n === 0) return { count: 0, median: null, mean: null, sd: null, min: null, max: null };
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const sd = n > 1 ? Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1)) : null;
  return { count: n, median: median(values), mean, sd, min: Math.min(...values), max: Math.max(...values) };
}

/**
 * Distribution-free interval for a median from order statistics: [x(k), x(n−k+1)] with k the largest
 * whole number for which P(Binomial(n, ½) ≤ k − 1) ≤ 2.5 %; its coverage is 1 − 2·P(B ≤ k − 1).
 * Below six values no k reaches 95 %, and the interval is the whole range with its lower coverage.
 */
export function medianInterval(values: readonly number[]): (Interval & { confidence: number }) | null {
  const n = values.length;
  if (n < MIN_VALUES_PER_SAMPLE) return null;
  const s = sortNumbers(values);
  const total = 2 ** n;
  // below[j] = P(Binomial(n, ½) ≤ j) · 2^n.
  const below: number[] = [];
  let coefficient = 1;
  let sum = 0;
  for (let j = 0; j <= n; j++) {
    sum += coefficient;
    below.push(sum);
    coefficient = (coefficient * (n - j)) / (j + 1);
  }
  let k = 1;
  while (k < Math.ceil(n / 2) && (below[k] as number) / total <= 0.025) k++;
  const tail = below[k - 1] as number;
  return {
    estimate: median(values) as number,
    low: s[k - 1] as number,
    high: s[n - k] as number,
    confidence: 1 - (2 * tail) / total,
  };
}

/** Improvement in the better direction from a raw pilot − baseline interval. */
function towardsBetter(shift: Interval, better: PilotKpi['better']): Interval {
  return better === 'down'
    ? { estimate: -shift.estimate, low: -shift.high, high: -shift.low }
    : { estimate: shift.estimate, low: shift.low, high: shift.high };
}

function isFiniteInterval(i: Interval): boolean {
  return Number.isFinite(i.estimate) && Number.isFinite(i.low) && Number.isFinite(i.high);
}

function scale(interval: Interval, factor: number): Interval {
  const a = interval.low * factor;
  const b = interval.high * factor;
  return { estimate: interval.estimate * factor, low: Math.min(a, b), high: Math.max(a, b) };
}

/** Euros per year one unit of improvement is worth, or null when the file does not say. */
function valuePerUnit(kpi: PilotKpi, pilot: Pilot): number | null {
  if (kpi.valuePerUnitPerYear !== undefined) return kpi.valuePerUnitPerYear;
  const e = pilot.economics;
  if (kpi.valuedAs === undefined || e?.hourlyCost === undefined) return null;
  const weeksPerYear = e.weeksPerYear ?? DEFAULT_PILOT_WEEKS_PER_YEAR;
  switch (kpi.valuedAs) {
    case 'hours-per-week':
      return weeksPerYear * e.hourlyCost;
    case 'hours-per-item':
      return e.volumePerWeek === undefined ? null : e.volumePerWeek * weeksPerYear * e.hourlyCost;
    case 'minutes-per-item':
      return e.volumePerWeek === undefined ? null : (e.volumePerWeek * weeksPerYear * e.hourlyCost) / 60;
  }
}

type Series = { baseline: number[]; baselineLabels: string[]; pilot: number[]; pilotWeeks: number[] };

function seriesOf(pilot: Pilot, kpiId: string): Series {
  const periods = [...(pilot.baseline ?? [])].sort((a, b) => a.period.localeCompare(b.period));
  const weeks = [...(pilot.measurements ?? [])].sort((a, b) => a.week - b.week);
  const baseline: number[] = [];
  const baselineLabels: string[] = [];
  for (const p of periods) {
    const v = p.values[kpiId];
    if (v !== undefined) {
      baseline.push(v);
      baselineLabels.push(p.period);
    }
  }
  const values: number[] = [];
  const pilotWeeks: number[] = [];
  for (const m of weeks) {
    const v = m.values[kpiId];
    if (v !== undefined) {
      values.push(v);
      pilotWeeks.push(m.week);
    }
  }
  return { baseline, baselineLabels, pilot: values, pilotWeeks };
}

function analyseKpi(pilot: Pilot, kpi: PilotKpi, isPrimary: boolean, power: KpiPowerCheck): KpiAnalysis {
  const s = seriesOf(pilot, kpi.id);
  const base = summarise(s.baseline);
  let effect: KpiEffect | null = null;
  const hl = hodgesLehmann({ baseline: s.baseline, pilot: s.pilot });
  if (hl.ok) {
    const shift = hl.value;
    const improvement = towardsBetter(shift, kpi.better);
    const ref = base.median;
    // A baseline median so close to 0 that the share overflows has no meaningful share either.
    const share = ref === null || ref === 0 ? null : scale(improvement, 1 / Math.abs(ref));
    const relative = share !== null && isFiniteInterval(share) ? share : null;
    const boot = bootstrapDifference({
      baseline: s.baseline,
      pilot: s.pilot,
      statistic: 'median',
      seed: PILOT_BOOTSTRAP_SEED,
    });
    const mw = mannWhitney({ baseline: s.baseline, pilot: s.pilot });
    effect = {
      shift: { estimate: shift.estimate, low: shift.low, high: shift.high, confidence: shift.confidence },
      improvement,
      relative,
      bootstrap: boot.ok ? towardsBetter(boot.value, kpi.better) : null,
      pValue: mw.ok ? mw.value.pValue : 1,
      chanceBetter: mw.ok
        ? kpi.better === 'up'
          ? mw.value.probabilityPilotHigher
          : 1 - mw.value.probabilityPilotHigher
        : 0.5,
      isDetected: improvement.low > 0 || improvement.high < 0,
    };
  }
  const xmr = xmrChart({ baseline: s.baseline, pilot: s.pilot });
  const unit = valuePerUnit(kpi, pilot);
  return {
    id: kpi.id,
    name: kpi.name,
    unit: kpi.unit,
    better: kpi.better,
    isPrimary,
    howMeasured: kpi.howMeasured,
    smallestEffect: kpi.smallestEffect,
    baseline: base,
    pilot: { count: s.pilot.length, median: median(s.pilot), level: medianInterval(s.pilot) },
    power,
    effect,
    chart: xmr.ok ? chartOf(xmr.value, s) : null,
    eurosPerYear: effect !== null && unit !== null ? scale(effect.improvement, unit) : null,
  };
}

function chartOf(chart: XmrChart, s: Series): NonNullable<KpiAnalysis['chart']> {
  const unstable = new Set(chart.baselineIndicesOutsideLimits);
  return {
    centralLine: chart.centralLine,
    upperLimit: chart.upperNaturalProcessLimit,
    lowerLimit: chart.lowerNaturalProcessLimit,
    points: [
      ...s.baseline.map((value, i) => ({
        label: s.baselineLabels[i] ?? '',
        value,
        phase: 'baseline' as const,
        signals: unstable.has(i) ? ['outside-limits'] : [],
      })),
      ...chart.pilotPoints.map((p, i) => ({
        label: String(s.pilotWeeks[i] ?? i + 1),
        value: p.value,
        phase: 'pilot' as const,
        signals: [...p.signals],
      })),
    ],
    baselineUnstable: chart.baselineIndicesOutsideLimits.length > 0,
    hasShiftSignal: chart.hasShiftSignal,
  };
}

/** Adoption per week against the yardstick: full use after 3 (fast) to 6 (slow) months, linearly. */
export function analyseAdoption(pilot: Pilot): AdoptionAnalysis {
  const measured = [...(pilot.measurements ?? [])]
    .filter((m) => m.adoption !== undefined)
    .sort((a, b) => a.week - b.week);
  const weeks: AdoptionWeek[] = measured.map((m) => {
    const share = m.adoption as number;
    const yardstickLow = Math.min(1, m.week / ADOPTION_YARDSTICK_WEEKS.slow);
    const yardstickHigh = Math.min(1, m.week / ADOPTION_YARDSTICK_WEEKS.fast);
    const pace = share > yardstickHigh ? 'ahead' : share < yardstickLow ? 'behind' : 'on-track';
    return { week: m.week, share, pace, yardstickLow, yardstickHigh };
  });
  const latest = weeks.at(-1)?.share ?? null;
  const lastThree = weeks.slice(-3);
  const isStalling =
    lastThree.length === 3 &&
    latest !== null &&
    latest < ADOPTION_EMBEDDED &&
    (lastThree[2] as AdoptionWeek).share - (lastThree[0] as AdoptionWeek).share < ADOPTION_STALL_RISE;
  let weeksToEmbedded: number | null = null;
  const first = weeks[0];
  const last = weeks.at(-1);
  if (latest !== null && latest >= ADOPTION_EMBEDDED) weeksToEmbedded = 0;
  else if (first !== undefined && last !== undefined && last.week > first.week && !isStalling) {
    const perWeek = (last.share - first.share) / (last.week - first.week);
    if (perWeek > 0) weeksToEmbedded = Math.ceil((ADOPTION_EMBEDDED - last.share) / perWeek);
  }
  return { weeks, latest, isStalling, weeksToEmbedded };
}

/**
 * Pilot weeks in total after which an interval of today's half-width `halfWidth` would probably no
 * longer reach `distance` (the gap between the estimate and the threshold): the width shrinks like
 * √(1/m + 1/n). Null when no pilot length up to 52 weeks does (the baseline limits it) or there is no gap.
 */
export function weeksToSettle(options: {
  baselineCount: number;
  pilotCount: number;
  halfWidth: number;
  distance: number;
}): number | null {
  const { baselineCount: m, pilotCount: n, halfWidth, distance } = options;
  if (!(distance > 0) || !(halfWidth > 0) || m < 1 || n < 1) return null;
  const needed = (distance / halfWidth) ** 2 * (1 / m + 1 / n) - 1 / m;
  if (needed <= 0) return null;
  const weeks = Math.max(n + 1, Math.ceil(1 / needed));
  return weeks > MAX_PILOT_WEEKS ? null : weeks;
}

/** met / not met / unknown from an interval and a threshold in the better direction (higher is better). */
function judge(value: Interval, threshold: number): RuleStatus {
  if (value.low >= threshold) return 'met';
  if (value.high < threshold) return 'not-met';
  return 'unknown';
}

function settle(value: Interval, threshold: number, kpi: KpiAnalysis): number | null {
  return weeksToSettle({
    baselineCount: kpi.baseline.count,
    pilotCount: kpi.pilot.count,
    halfWidth: value.estimate >= threshold ? value.estimate - value.low : value.high - value.estimate,
    distance: Math.abs(value.estimate - threshold),
  });
}

function evaluateRule(options: {
  rule: PilotRule;
  group: RuleEvaluation['group'];
  index: number;
  kpis: KpiAnalysis[];
  adoption: AdoptionAnalysis;
  weeksPlanned: number;
  weeksMeasured: number;
}): RuleEvaluation {
  const { rule, group, index, kpis, adoption } = options;
  const base = { group, index, rule };
  if (rule.kpi === 'adoption') {
    const threshold = rule.value ?? 1;
    const last = adoption.weeks.at(-1);
    if (last === undefined) {
      return {
        ...base,
        status: 'unknown',
        figure: null,
        reason: msg('pilot.rule.reason.noAdoption'),
        weeksToSettle: null,
      };
    }
    const figure: RuleFigure = { kind: 'adoption', value: last.share, threshold, week: last.week };
    if (last.share >= threshold) {
      return {
        ...base,
        status: 'met',
        figure,
        reason: msg('pilot.rule.reason.adoptionReached'),
        weeksToSettle: null,
      };
    }
    const isOver = options.weeksMeasured >= options.weeksPlanned;
    return isOver
      ? {
          ...base,
          status: 'not-met',
          figure,
          reason: msg('pilot.rule.reason.adoptionNotReached'),
          weeksToSettle: null,
        }
      : {
          ...base,
          status: 'unknown',
          figure,
          reason: msg('pilot.rule.reason.adoptionStillRising'),
          weeksToSettle: options.weeksPlanned,
        };
  }
  const kpi = kpis.find((k) => k.id === rule.kpi);
  if (kpi === undefined) {
    return {
      ...base,
      status: 'unknown',
      figure: null,
      reason: msg('pilot.rule.reason.noData'),
      weeksToSettle: null,
    };
  }
  const missing = (): RuleEvaluation => ({
    ...base,
    status: 'unknown',
    figure: null,
    reason: msg('pilot.rule.reason.tooFewValues', {
      baseline: kpi.baseline.count,
      pilot: kpi.pilot.count,
      needed: MIN_VALUES_PER_SAMPLE,
    }),
    weeksToSettle:
      kpi.baseline.count >= MIN_VALUES_PER_SAMPLE
        ? Math.max(MIN_VALUES_PER_SAMPLE, options.weeksPlanned)
        : null,
  });
  const reasonFor = (status: RuleStatus): Message =>
    msg(
      `pilot.rule.reason.${status === 'met' ? 'intervalMet' : status === 'not-met' ? 'intervalNotMet' : 'intervalStraddles'}`,
    );
  switch (rule.test) {
    case 'improvesBy': {
      const effect = kpi.effect;
      if (effect === null) return missing();
      if (effect.relative === null) {
        return {
          ...base,
          status: 'unknown',
          figure: null,
          reason: msg('pilot.rule.reason.zeroBaseline'),
          weeksToSettle: null,
        };
      }
      const threshold = rule.value ?? 0;
      const status = judge(effect.relative, threshold);
      return {
        ...base,
        status,
        figure: { kind: 'relative', value: effect.relative, threshold },
        reason: reasonFor(status),
        weeksToSettle: status === 'unknown' ? settle(effect.relative, threshold, kpi) : null,
        isLeaningNotMet: status === 'unknown' && effect.relative.estimate < threshold,
      };
    }
    case 'notWorse': {
      const effect = kpi.effect;
      if (effect === null) return missing();
      // Not worse by more than the tolerance (a share of the baseline median), or without one, by
      // more than the smallest effect worth having: a smaller change is not worth a decision.
      const median = Math.abs(kpi.baseline.median ?? 0);
      const margin = rule.value !== undefined ? rule.value * median : kpi.smallestEffect;
      const threshold = -margin;
      const status = judge(effect.improvement, threshold);
      return {
        ...base,
        status,
        figure: { kind: 'improvement', value: effect.improvement, threshold, unit: kpi.unit },
        reason: reasonFor(status),
        weeksToSettle: status === 'unknown' ? settle(effect.improvement, threshold, kpi) : null,
        isLeaningNotMet: status === 'unknown' && effect.improvement.estimate < threshold,
      };
    }
    case 'reaches': {
      const level = kpi.pilot.level;
      if (level === null) return missing();
      const threshold = rule.value ?? 0;
      // Judge in the better direction: for "lower is better" flip the signs.
      const sign = kpi.better === 'up' ? 1 : -1;
      const oriented = scale(level, sign);
      const status = judge(oriented, sign * threshold);
      return {
        ...base,
        status,
        figure: { kind: 'level', value: level, threshold, unit: kpi.unit },
        reason: reasonFor(status),
        weeksToSettle: status === 'unknown' ? settle(oriented, sign * threshold, kpi) : null,
        isLeaningNotMet: status === 'unknown' && oriented.estimate < sign * threshold,
      };
    }
  }
}

/**
 * The proposed decision (docs/pilot.md):
 * - Kill: a must-meet rule on a KPI is clearly not met (its whole interval on the wrong side).
 * - Hold: a must-meet rule is unknown, or the planned weeks are not all measured yet — measure longer.
 * - Recycle: the must-meet KPIs are met, but adoption or a should-meet rule fails (or adoption stalls):
 *   change the approach and run again.
 * - Go: every must-meet rule met and most should-meet rules (more than half) met.
 * When should-meet rules are mostly unknown rather than failing, Hold.
 */
export function proposeDecision(options: {
  rules: readonly RuleEvaluation[];
  weeksPlanned: number;
  weeksMeasured: number;
  isAdoptionStalling: boolean;
}): ProposedDecision {
  const { rules, weeksPlanned, weeksMeasured } = options;
  const must = rules.filter((r) => r.group === 'mustMeet');
  const should = rules.filter((r) => r.group === 'shouldMeet');
  const remaining = Math.max(0, weeksPlanned - weeksMeasured);
  const isKpi = (r: RuleEvaluation) => r.rule.kpi !== 'adoption';
  const holdWeeks = (unknown: readonly RuleEvaluation[]): number | null => {
    let extra = remaining;
    for (const r of unknown) {
      // While planned weeks remain, finish them first: a few weeks' interval says little about
      // how many more would settle the rule.
      if (r.weeksToSettle === null && remaining === 0) return null;
      if (r.weeksToSettle !== null) extra = Math.max(extra, r.weeksToSettle - weeksMeasured);
    }
    return Math.max(1, extra);
  };

  if (weeksMeasured === 0) {
    return { outcome: 'hold', reason: msg('pilot.proposal.reason.noMeasurements'), extraWeeks: weeksPlanned };
  }
  const killed = must.filter((r) => isKpi(r) && r.status === 'not-met');
  if (killed.length > 0) {
    return {
      outcome: 'kill',
      reason: msg('pilot.proposal.reason.mustNotMet', { rule: killed[0]?.rule.text ?? '' }),
      extraWeeks: null,
    };
  }
  const mustUnknown = must.filter((r) => r.status === 'unknown');
  if (mustUnknown.length > 0) {
    const extraWeeks = holdWeeks(mustUnknown);
    return {
      outcome: 'hold',
      reason:
        extraWeeks === null
          ? msg('pilot.proposal.reason.mustUnknownNoLength', { rule: mustUnknown[0]?.rule.text ?? '' })
          : msg(
              mustUnknown[0]?.isLeaningNotMet === true
                ? 'pilot.proposal.reason.mustUnknownLeaningNo'
                : 'pilot.proposal.reason.mustUnknown',
              {
                rule: mustUnknown[0]?.rule.text ?? '',
                count: extraWeeks,
              },
            ),
      extraWeeks,
    };
  }
  const failing = [
    ...must.filter((r) => !isKpi(r) && r.status === 'not-met'),
    ...should.filter((r) => r.status === 'not-met'),
  ];
  if (failing.length > 0 || options.isAdoptionStalling) {
    const rule = failing[0]?.rule.text;
    return {
      outcome: 'recycle',
      reason:
        rule === undefined
          ? msg('pilot.proposal.reason.adoptionStalling')
          : msg('pilot.proposal.reason.shouldNotMet', { rule }),
      extraWeeks: null,
    };
  }
  if (remaining > 0) {
    return {
      outcome: 'hold',
      reason: msg('pilot.proposal.reason.running', { count: remaining }),
      extraWeeks: remaining,
    };
  }
  const metShould = should.filter((r) => r.status === 'met').length;
  if (should.length === 0 || metShould * 2 > should.length) {
    return {
      outcome: 'go',
      reason: msg('pilot.proposal.reason.allMet', { met: metShould, total: should.length }),
      extraWeeks: null,
    };
  }
  const shouldUnknown = should.filter((r) => r.status === 'unknown');
  const extraWeeks = holdWeeks(shouldUnknown);
  return {
    outcome: 'hold',
    reason:
      extraWeeks === null
        ? msg('pilot.proposal.reason.shouldUnknownNoLength')
        : msg('pilot.proposal.reason.shouldUnknown', { count: extraWeeks }),
    extraWeeks,
  };
}

function powerOf(pilot: Pilot): { checks: Map<string, KpiPowerCheck>; powered: string[] } {
  const kpis = pilotKpis(pilot.plan);
  const candidates = kpis.map((kpi) => ({
    kpi: kpi.id,
    baseline: seriesOf(pilot, kpi.id).baseline,
    smallestEffect: {
      shift: kpi.smallestEffect,
      direction: kpi.better === 'up' ? ('increase' as const) : ('decrease' as const),
    },
  }));
  const result = kpiPowerCheck({
    candidates,
    pilotWeeks: plannedWeeks(pilot.plan),
    targetPower: TARGET_POWER,
  });
  const checks = new Map<string, KpiPowerCheck>();
  for (const { kpi, result: r } of result.kpis) {
    if (r.ok) checks.set(kpi, { status: 'checked', ...r.value });
    else if (r.error.reason === 'no-spread') checks.set(kpi, { status: 'no-spread' });
    else checks.set(kpi, { status: 'too-few-baseline', baselineCount: r.error.actual });
  }
  return { checks, powered: result.poweredKpis };
}

function findingsOf(options: {
  pilot: Pilot;
  kpis: KpiAnalysis[];
  powered: string[];
  adoption: AdoptionAnalysis;
  weeksPlanned: number;
  weeksMeasured: number;
}): PilotFinding[] {
  const { pilot, kpis, powered, adoption, weeksPlanned, weeksMeasured } = options;
  const findings: PilotFinding[] = [];
  if (pilot.plan.rules.mustMeet.length === 0) {
    findings.push({
      id: 'no-must-meet-rules',
      severity: 'high',
      message: msg('pilot.finding.noMustMeetRules.message'),
      advice: msg('pilot.finding.noMustMeetRules.advice'),
    });
  }
  for (const kpi of kpis) {
    const params = { kpi: kpi.name };
    if (kpi.baseline.count < MIN_BASELINE_POINTS) {
      findings.push({
        id: 'few-baseline-points',
        severity: kpi.isPrimary ? 'high' : 'medium',
        kpi: kpi.id,
        message: msg('pilot.finding.fewBaselinePoints.message', { ...params, count: kpi.baseline.count }),
        advice: msg('pilot.finding.fewBaselinePoints.advice', {
          ...params,
          count: MIN_BASELINE_POINTS - kpi.baseline.count,
        }),
      });
    }
    const power = kpi.power;
    if (power.status === 'no-spread') {
      findings.push({
        id: 'no-baseline-spread',
        severity: 'medium',
        kpi: kpi.id,
        message: msg('pilot.finding.noBaselineSpread.message', params),
        advice: msg('pilot.finding.noBaselineSpread.advice', params),
      });
    } else if (power.status === 'checked' && !power.isPowered) {
      const other = powered.find((id) => id !== kpi.id);
      const otherName = kpis.find((k) => k.id === other)?.name;
      findings.push({
        id: 'underpowered',
        severity: kpi.isPrimary ? 'high' : 'medium',
        kpi: kpi.id,
        message: msg('pilot.finding.underpowered.message', {
          ...params,
          power: power.power,
          count: weeksPlanned,
        }),
        advice:
          power.weeksNeeded !== null
            ? msg('pilot.finding.underpowered.adviceWeeks', { ...params, count: power.weeksNeeded })
            : otherName !== undefined
              ? msg('pilot.finding.underpowered.adviceOtherKpi', { ...params, other: otherName })
              : msg('pilot.finding.underpowered.adviceNoLength', params),
      });
    }
    if (kpi.chart?.baselineUnstable) {
      findings.push({
        id: 'baseline-unstable',
        severity: 'low',
        kpi: kpi.id,
        message: msg('pilot.finding.baselineUnstable.message', params),
        advice: msg('pilot.finding.baselineUnstable.advice', params),
      });
    }
  }
  if (weeksMeasured === 0) {
    findings.push({
      id: 'no-measurements',
      severity: 'info',
      message: msg('pilot.finding.noMeasurements.message', { count: weeksPlanned }),
      advice: msg('pilot.finding.noMeasurements.advice'),
    });
  } else {
    if (weeksMeasured < weeksPlanned) {
      findings.push({
        id: 'pilot-running',
        severity: 'info',
        message: msg('pilot.finding.pilotRunning.message', { measured: weeksMeasured, count: weeksPlanned }),
        advice: msg('pilot.finding.pilotRunning.advice', { count: weeksPlanned - weeksMeasured }),
      });
    }
    if (adoption.weeks.length === 0) {
      findings.push({
        id: 'adoption-missing',
        severity: 'medium',
        message: msg('pilot.finding.adoptionMissing.message'),
        advice: msg('pilot.finding.adoptionMissing.advice'),
      });
    } else if (adoption.isStalling) {
      findings.push({
        id: 'adoption-stalling',
        severity: 'high',
        message: msg('pilot.finding.adoptionStalling.message', { share: adoption.latest ?? 0 }),
        advice: msg('pilot.finding.adoptionStalling.advice'),
      });
    }
  }
  if (pilot.plan.humanReviewShare === undefined) {
    findings.push({
      id: 'human-review-missing',
      severity: 'medium',
      message: msg('pilot.finding.humanReviewMissing.message'),
      advice: msg('pilot.finding.humanReviewMissing.advice'),
    });
  }
  return findings;
}

function sumIntervals(intervals: readonly Interval[]): Interval | null {
  if (intervals.length === 0) return null;
  return intervals.reduce(
    (s, i) => ({ estimate: s.estimate + i.estimate, low: s.low + i.low, high: s.high + i.high }),
    {
      estimate: 0,
      low: 0,
      high: 0,
    },
  );
}

/**
 * Analyses a validated pilot file. Deterministic: the same file gives the same figures (the
 * bootstrap is seeded).
 *
 * @example analysePilot(parsePilotText(source).value).proposal // { outcome: 'go', reason: { key: 'pilot.proposal.reason.allMet', … } }
 */
export function analysePilot(pilot: Pilot): PilotAnalysis {
  const plan = pilot.plan;
  const weeksPlanned = plannedWeeks(plan);
  const measurements = pilot.measurements ?? [];
  const weeksMeasured = measurements.length;
  const { checks, powered } = powerOf(pilot);
  const kpis = pilotKpis(plan).map((kpi, i) =>
    analyseKpi(pilot, kpi, i === 0, checks.get(kpi.id) ?? { status: 'too-few-baseline', baselineCount: 0 }),
  );
  const adoption = analyseAdoption(pilot);
  const rules = [
    ...plan.rules.mustMeet.map((rule, index) => ({ rule, index, group: 'mustMeet' as const })),
    ...(plan.rules.shouldMeet ?? []).map((rule, index) => ({ rule, index, group: 'shouldMeet' as const })),
  ].map(({ rule, index, group }) =>
    evaluateRule({ rule, group, index, kpis, adoption, weeksPlanned, weeksMeasured }),
  );
  const proposal = proposeDecision({
    rules,
    weeksPlanned,
    weeksMeasured,
    isAdoptionStalling: adoption.isStalling,
  });
  const totalEurosPerYear = sumIntervals(
    kpis.flatMap((k) => (k.eurosPerYear === null ? [] : [k.eurosPerYear])),
  );
  const predicted = pilot.predicted;
  return {
    schemaVersion: 1,
    title: pilot.title,
    language: pilot.language ?? 'nl',
    process: plan.process,
    startDate: plan.startDate,
    plannedWeeks: weeksPlanned,
    weeksMeasured,
    status: weeksMeasured === 0 ? 'planned' : weeksMeasured < weeksPlanned ? 'running' : 'complete',
    humanReviewShare: plan.humanReviewShare ?? null,
    reviewRhythm: plan.reviewRhythm ?? null,
    kpis,
    poweredKpis: powered,
    adoption,
    totalEurosPerYear,
    rules,
    findings: findingsOf({ pilot, kpis, powered, adoption, weeksPlanned, weeksMeasured }),
    proposal,
    decision:
      pilot.decision === undefined
        ? null
        : { ...pilot.decision, agreesWithProposal: pilot.decision.outcome === proposal.outcome },
    predictedVsRealised:
      predicted === undefined
        ? null
        : {
            predicted,
            realised: totalEurosPerYear,
            position:
              totalEurosPerYear === null
                ? 'unknown'
                : totalEurosPerYear.estimate < predicted.p10
                  ? 'below'
                  : totalEurosPerYear.estimate > predicted.p90
                    ? 'above'
                    : 'within',
          },
    iterations: pilot.iterations ?? [],
    amendments: pilot.amendments ?? [],
    costs: {
      hoursSpent: measurements.reduce((s, m) => s + (m.hoursSpent ?? 0), 0),
      costsEur: measurements.reduce((s, m) => s + (m.costsEur ?? 0), 0),
    },
  };
}
