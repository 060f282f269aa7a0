import { err, invariant, ok, type Result } from '../../result.ts';
import { type TooFewValues, tooFewValues } from './sample-checks.ts';
import { noncentralTUpperTail, studentTQuantile } from './student-t-distribution.ts';

/** Asymptotic relative efficiency of the rank test against the t test for normal data (Hodges & Lehmann, 1956). */
export const RANK_TEST_EFFICIENCY = 3 / Math.PI;

export type SmallestEffect = {
  /** The smallest change worth having, in the KPI's own unit; > 0. */
  shift: number;
  direction: 'increase' | 'decrease';
};

export type PilotPower = {
  /** The chance that the pilot's two-sided rank test (and so the 95 % interval) shows the smallest effect. */
  power: number;
  /** The fewest pilot weeks with power ≥ targetPower, or null when even maxWeeks would not do. */
  weeksNeeded: number | null;
  isPowered: boolean;
  /** Sample standard deviation of the baseline weeks (n − 1), in the KPI's unit. */
  baselineSd: number;
  /** shift ÷ baselineSd (Cohen's d). */
  standardisedEffect: number;
  direction: SmallestEffect['direction'];
};

export type PowerProblem = TooFewValues | { reason: 'no-spread' };

/**
 * Approximate power of the two-sided rank test for a shift of `standardisedEffect` standard deviations
 * with `baselineCount` baseline and `pilotCount` pilot values: the power of the two-sample t test (exact,
 * by the noncentral t, detection in the effect's direction), its sample sizes scaled by the rank test's
 * efficiency 3/π — G*Power's "A.R.E." method. Zero when the exact rank test cannot reach `alpha` at all
 * with these sample sizes (2 / C(m + n, n) > alpha: three against three, or one pilot week).
 *
 * @example rankTestPower({ standardisedEffect: 1, baselineCount: 20, pilotCount: 20, alpha: 0.05 }) // ≈ 0.85
 */
export function rankTestPower(options: {
  standardisedEffect: number;
  baselineCount: number;
  pilotCount: number;
  alpha: number;
}): number {
  const { standardisedEffect, baselineCount: m, pilotCount: n, alpha } = options;
  invariant(alpha > 0 && alpha < 1, `alpha must be in (0, 1), got ${alpha}`);
  invariant(m >= 1 && n >= 1 && m + n >= 3, 'rankTestPower needs at least three values');
  let ways = 1;
  for (let i = 1; i <= n; i++) ways = (ways * (m + i)) / i;
  if (2 / ways > alpha) return 0;
  const degreesOfFreedom = m + n - 2;
  const critical = studentTQuantile({ p: 1 - alpha / 2, degreesOfFreedom });
  const noncentrality = Math.abs(standardisedEffect) * Math.sqrt(((m * n) / (m + n)) * RANK_TEST_EFFICIENCY);
  return noncentralTUpperTail({ t: critical, degreesOfFreedom, noncentrality });
}

/**
 * The power check of a pilot plan: can `pilotWeeks` weekly values, against the baseline weeks, show the
 * smallest effect worth having? Assumes weekly values scatter normally with the baseline's standard
 * deviation before and during the pilot, and uses `rankTestPower`. The direction does not change the
 * power of a two-sided test; it is carried for the report. Also says how many weeks would reach
 * `targetPower` — never more than the baseline allows: with few baseline weeks no pilot length may do.
 *
 * @example
 *   pilotPower({ baseline: [40, 44, 38, 42, 41, 45], pilotWeeks: 6, smallestEffect: { shift: 6, direction: 'decrease' } })
 *   // { ok: true, value: { power: ≈ 0.94, weeksNeeded: 4, isPowered: true, baselineSd: ≈ 2.58, … } }
 */
export function pilotPower(options: {
  baseline: readonly number[];
  pilotWeeks: number;
  smallestEffect: SmallestEffect;
  alpha?: number;
  targetPower?: number;
  maxWeeks?: number;
}): Result<PilotPower, PowerProblem> {
  const { baseline, pilotWeeks, smallestEffect } = options;
  const alpha = options.alpha ?? 0.05;
  const targetPower = options.targetPower ?? 0.8;
  const maxWeeks = options.maxWeeks ?? 52;
  invariant(Number.isInteger(pilotWeeks) && pilotWeeks >= 1, `pilotWeeks must be a whole number ≥ 1`);
  invariant(Number.isInteger(maxWeeks) && maxWeeks >= 1, `maxWeeks must be a whole number ≥ 1`);
  invariant(targetPower > 0 && targetPower < 1, `targetPower must be in (0, 1), got ${targetPower}`);
  invariant(
    Number.isFinite(smallestEffect.shift) && smallestEffect.shift > 0,
    `the smallest effect must be a positive shift, got ${smallestEffect.shift}`,
  );
  const tooFew = tooFewValues({ baseline });
  if (tooFew) return err(tooFew);
  const m = baseline.length;
  const mean = baseline.reduce((s, v) => s + v, 0) / m;
  const baselineSd = Math.sqrt(baseline.reduce((s, v) => s + (v - mean) ** 2, 0) / (m - 1));
  if (baselineSd === 0) return err({ reason: 'no-spread' });
  const standardisedEffect = smallestEffect.shift / baselineSd;
  const powerFor = (weeks: number) =>
    rankTestPower({ standardisedEffect, baselineCount: m, pilotCount: weeks, alpha });
  const power = powerFor(pilotWeeks);
  let weeksNeeded: number | null = null;
  for (let weeks = 1; weeks <= maxWeeks; weeks++) {
    if (powerFor(weeks) >= targetPower) {
      weeksNeeded = weeks;
      break;
    }
  }
  return ok({
    power,
    weeksNeeded,
    isPowered: power >= targetPower,
    baselineSd,
    standardisedEffect,
    direction: smallestEffect.direction,
  });
}

export type KpiPowerCandidate<Kpi extends string> = {
  kpi: Kpi;
  baseline: readonly number[];
  smallestEffect: SmallestEffect;
};

/**
 * The power check for several candidate KPIs over the same planned weeks: each one's `pilotPower`, and
 * the KPIs that reach the target power — the ones a pilot of this length can actually judge.
 *
 * @example
 *   kpiPowerCheck({ pilotWeeks: 6, candidates: [
 *     { kpi: 'minutesPerInvoice', baseline: [40, 44, 38, 42, 41, 45], smallestEffect: { shift: 6, direction: 'decrease' } },
 *     { kpi: 'errorRate', baseline: [0.05, 0.09, 0.02, 0.07, 0.04, 0.08], smallestEffect: { shift: 0.01, direction: 'decrease' } },
 *   ] }).poweredKpis // ['minutesPerInvoice']
 */
export function kpiPowerCheck<Kpi extends string>(options: {
  candidates: readonly KpiPowerCandidate<Kpi>[];
  pilotWeeks: number;
  alpha?: number;
  targetPower?: number;
  maxWeeks?: number;
}): { kpis: { kpi: Kpi; result: Result<PilotPower, PowerProblem> }[]; poweredKpis: Kpi[] } {
  const { candidates, ...plan } = options;
  const kpis = candidates.map(({ kpi, baseline, smallestEffect }) => ({
    kpi,
    result: pilotPower({ ...plan, baseline, smallestEffect }),
  }));
  const poweredKpis = kpis.filter(({ result }) => result.ok && result.value.isPowered).map(({ kpi }) => kpi);
  return { kpis, poweredKpis };
}
