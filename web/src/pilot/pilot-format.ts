import { useTranslation } from 'react-i18next';
import { useFormat } from '../format.ts';
import type { Interval } from './pilot-types.ts';

/** Decimals a KPI value needs to not read as zero (as the pilot reports do): 1 234, 15,2, 3,75, 0,0095. */
export function digitsFor(value: number): number {
  const a = Math.abs(value);
  if (a === 0 || a >= 100) return 0;
  if (a >= 10) return 1;
  if (a >= 1) return 2;
  return Math.min(6, 1 - Math.floor(Math.log10(a)));
}

/**
 * Numbers of the pilot in the interface language, as the pilot reports write them: KPI values with
 * the decimals they need, signed improvements, shares, euros and days (YYYY-MM-DD, shown as that day).
 */
export function usePilotFormat() {
  const fmt = useFormat();
  const { t } = useTranslation();
  const num = (v: number) => fmt.number(v, digitsFor(v));
  const signed = (v: number) => (v > 0 ? `+${num(v)}` : num(v).replace(/^-/, '\u2212'));
  const pct = (v: number) => fmt.percent(v, Math.abs(v) < 0.1 ? 1 : 0);
  const signedPct = (v: number) => (v > 0 ? `+${pct(v)}` : pct(v).replace(/^-/, '\u2212'));
  const day = (iso: string) => fmt.date(iso, { timeZone: 'UTC' });
  const interval = (i: Interval, format: (v: number) => string = num) =>
    t('pilot.report.effectCell', { estimate: format(i.estimate), low: format(i.low), high: format(i.high) });
  return { fmt, num, signed, pct, signedPct, eur: fmt.eur, day, interval };
}
export type PilotFormat = ReturnType<typeof usePilotFormat>;
