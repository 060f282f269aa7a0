import { useTranslation } from 'react-i18next';
import { pilotNumbers } from '../../../src/report/pilot-figures.ts';
import { useFormat } from '../format.ts';
import type { Interval } from './pilot-types.ts';

/**
 * Numbers of the pilot in the interface language, as the pilot reports write them: KPI values with
 * the decimals they need, signed improvements, shares, euros and days (YYYY-MM-DD, shown as that day).
 */
export function usePilotFormat() {
  const fmt = useFormat();
  const { t } = useTranslation();
  const { num, signed, pct, signedPct } = pilotNumbers(fmt);
  const day = (iso: string) => fmt.date(iso, { timeZone: 'UTC' });
  const interval = (i: Interval, format: (v: number) => string = num) =>
    t('pilot.report.effectCell', { estimate: format(i.estimate), low: format(i.low), high: format(i.high) });
  return { fmt, num, signed, pct, signedPct, eur: fmt.eur, day, interval };
}
export type PilotFormat = ReturnType<typeof usePilotFormat>;
