import { netPresentValue } from './net-present-value.ts';

/** Rates tried to bracket a root: from −99 % to +1 000 % per period. */
const BRACKET_GRID = [-0.99, -0.9, -0.7, -0.5, -0.3, -0.1, 0, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];

/**
 * Internal rate of return per period: the rate at which the net present value of the cash flows
 * (first flow now, as in {@link netPresentValue}) is zero. Returns null when no rate in −99 % …
 * +1 000 % per period makes it zero (e.g. the flows never turn positive) — a business case without an
 * IRR is a finding, not an error.
 *
 * With more than one sign change there may be several roots; we return the one closest to `guess`
 * (default 1 % per period, fitting monthly flows), like a spreadsheet's IRR started at that guess.
 * Method: bracket on a fixed grid, then bisection with secant steps to 1e-12 relative.
 *
 * @example internalRateOfReturn({ cashFlows: [-1000, 600, 600] }) // ≈ 0.1307 per period
 */
export function internalRateOfReturn(options: {
  cashFlows: ArrayLike<number>;
  guess?: number;
}): number | null {
  const { cashFlows } = options;
  const guess = options.guess ?? 0.01;
  const f = (r: number): number => netPresentValue({ cashFlows, ratePerPeriod: r });
  let best: number | null = null;
  let prevRate = BRACKET_GRID[0] as number;
  let prevValue = f(prevRate);
  for (let i = 1; i < BRACKET_GRID.length; i++) {
    const rate = BRACKET_GRID[i] as number;
    const value = f(rate);
    if (prevValue === 0 || value === 0 || Math.sign(prevValue) !== Math.sign(value)) {
      const root = prevValue === 0 ? prevRate : value === 0 ? rate : solve(f, prevRate, prevValue, rate);
      if (best === null || Math.abs(root - guess) < Math.abs(best - guess)) best = root;
    }
    prevRate = rate;
    prevValue = value;
  }
  return best;
}

/** Illinois-variant regula falsi: keeps the bracket like bisection, converges superlinearly. */
function solve(f: (r: number) => number, a0: number, fa0: number, b0: number): number {
  let a = a0;
  let fa = fa0;
  let b = b0;
  let fb = f(b);
  let side = 0;
  for (let i = 0; i < 200; i++) {
    const c = (a * fb - b * fa) / (fb - fa);
    const fc = f(c);
    if (fc === 0 || Math.abs(b - a) < 1e-12 * Math.max(1, Math.abs(c))) return c;
    if (Math.sign(fc) === Math.sign(fb)) {
      b = c;
      fb = fc;
      if (side === -1) fa /= 2;
      side = -1;
    } else {
      a = c;
      fa = fc;
      if (side === 1) fb /= 2;
      side = 1;
    }
  }
  return (a + b) / 2;
}
