/**
 * The first period t ≥ 1 at which the running (undiscounted) sum of the cash flows, starting with
 * cashFlows[0], is zero or more; null when that never happens within the flows. "Month 7" means the
 * project has earned back its costs by the end of its seventh month.
 *
 * Undiscounted because that is what an owner means by "terugverdientijd"; the NPV carries the time
 * value of money.
 *
 * @example paybackMonth({ cashFlows: [-1000, 400, 400, 400] }) // 3
 */
export function paybackMonth(options: { cashFlows: ArrayLike<number> }): number | null {
  const { cashFlows } = options;
  let cumulative = cashFlows.length > 0 ? (cashFlows[0] as number) : 0;
  for (let t = 1; t < cashFlows.length; t++) {
    cumulative += cashFlows[t] as number;
    if (cumulative >= 0) return t;
  }
  return null;
}
