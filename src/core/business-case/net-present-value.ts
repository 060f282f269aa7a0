/**
 * Net present value of cash flows at equal intervals, the first one now (undiscounted):
 * NPV = Σ cashFlows[t] / (1 + ratePerPeriod)^t, t = 0 … n − 1.
 *
 * Note the spreadsheet convention differs: `NPV(rate; v1; …)` discounts its first value by one
 * period, so the spreadsheet equivalent is `= v0 + NPV(rate; v1 … vn)` (the XLSX export writes that).
 * Evaluated by Horner's rule, which is exact for rate 0 and stable for long series.
 *
 * @example netPresentValue({ cashFlows: [-1000, 600, 600], ratePerPeriod: 0.1 }) // ≈ 41.32
 */
export function netPresentValue(options: { cashFlows: ArrayLike<number>; ratePerPeriod: number }): number {
  const { cashFlows, ratePerPeriod } = options;
  const v = 1 / (1 + ratePerPeriod);
  let acc = 0;
  for (let t = cashFlows.length - 1; t >= 0; t--) acc = acc * v + (cashFlows[t] as number);
  return acc;
}

/** Monthly rate equivalent to a yearly rate under monthly compounding: (1 + yearly)^(1/12) − 1. */
export function monthlyRateFromYearly(yearlyRate: number): number {
  return (1 + yearlyRate) ** (1 / 12) - 1;
}

/** Yearly rate equivalent to a monthly rate: (1 + monthly)^12 − 1. */
export function yearlyRateFromMonthly(monthlyRate: number): number {
  return (1 + monthlyRate) ** 12 - 1;
}
