import { useTranslation } from 'react-i18next';
import { humaniseDuration } from '../../../src/core/data-profile/classify-time-series.ts';
import { useFormat } from '../format.ts';
import { parseProfileTime } from './profile-summary.ts';

/**
 * Formatting for profile values in the interface language: profile timestamps (zone-less, read and
 * shown as UTC so a date never shifts by a day), durations in words, file sizes.
 */
export function useProfileFormat() {
  const { t } = useTranslation();
  const fmt = useFormat();
  /** A profile timestamp (zone-less, read as UTC) in one of the date formats, or as it was when unreadable. */
  const asDate = (value: string, format: (d: Date, options: { timeZone: 'UTC' }) => string) => {
    const d = parseProfileTime(value);
    return d ? format(d, { timeZone: 'UTC' }) : value;
  };
  return {
    ...fmt,
    /** `30-01-2026` */
    profileDate: (value: string) => asDate(value, fmt.date),
    /** `30-01`, or `jan 26` when the chart spans more than a year. */
    axisDate: (value: string, isLongSpan: boolean) =>
      asDate(value, isLongSpan ? fmt.monthYear : fmt.dayMonth),
    /** `22 dagen`, `24,6 uur` */
    duration: (seconds: number) => {
      const d = humaniseDuration(seconds);
      return t(`profiler.page.duration.${d.unit}`, { count: d.value, value: fmt.number(d.value) });
    },
    /** `2,1 kB`, `14 MB` */
    bytes: (n: number) =>
      n < 1024
        ? t('profiler.page.bytes.b', { value: fmt.number(n) })
        : n < 1024 * 1024
          ? t('profiler.page.bytes.kb', { value: fmt.number(n / 1024, 1) })
          : t('profiler.page.bytes.mb', { value: fmt.number(n / 1024 / 1024, 1) }),
  };
}
