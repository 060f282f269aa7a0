/**
 * Plain-words classification of a time series from its interval statistics, so an owner reads
 * "looks hand-logged: about daily at changing times, with gaps of weeks" instead of a CV.
 */
import type { TimeSeriesProfile } from './data-profile-types.ts';
import { PROFILE_MEASUREMENT, PROFILE_THRESHOLDS } from './profile-thresholds.ts';

export type IntervalStats = {
  /** Readings in the series. */
  readings: number;
  medianIntervalSeconds: number;
  /** Coefficient of variation of the positive intervals. */
  irregularity: number;
  /** Intervals longer than `gapFactor` × the median. */
  gaps: number;
  intervals: number;
  longestGapSeconds: number;
  /** Standard deviation of the time of day of the readings, in seconds; 0 for date-only data. */
  timeOfDaySpreadSeconds: number;
  /** Whether the timestamps carry no time of day at all (dates only). */
  isDateOnly: boolean;
};

/**
 * `regular`: steady interval, (almost) no gaps. `hand-logged`: readings hours to days apart with
 * irregular timing — changing times of day, or dates only with an unsteady rhythm — and gaps of
 * days or more, the signature of someone writing values down by hand. `irregular`: the rest,
 * and any series too short to have a rhythm.
 */
export function classifyTimeSeries(s: IntervalStats): TimeSeriesProfile['pattern'] {
  const t = PROFILE_THRESHOLDS;
  if (s.readings < t.seriesMinReadings) return 'irregular';
  const gapShare = s.intervals > 0 ? s.gaps / s.intervals : 0;
  if (s.irregularity <= t.irregularCv && gapShare <= t.irregularGapShare) return 'regular';
  const slow = s.medianIntervalSeconds >= t.handLoggedMinMedianSeconds;
  const wandering = s.isDateOnly || s.timeOfDaySpreadSeconds > t.handLoggedTimeOfDaySpreadSeconds;
  const longGaps =
    s.longestGapSeconds >=
    Math.max(t.handLoggedMinGapSeconds, PROFILE_MEASUREMENT.gapFactor * s.medianIntervalSeconds);
  if (slow && wandering && longGaps) return 'hand-logged';
  return 'irregular';
}

/** A duration in the unit a person would use, for messages: `{ value: 46, unit: 'days' }`. */
export function humaniseDuration(seconds: number): {
  value: number;
  unit: 'seconds' | 'minutes' | 'hours' | 'days';
} {
  const abs = Math.abs(seconds);
  if (abs < 120) return { value: Math.round(seconds), unit: 'seconds' };
  if (abs < 2 * 3600) return { value: Math.round(seconds / 60), unit: 'minutes' };
  if (abs < 2 * 86_400) return { value: Math.round((seconds / 3600) * 10) / 10, unit: 'hours' };
  if (abs < 10 * 86_400) return { value: Math.round((seconds / 86_400) * 10) / 10, unit: 'days' };
  return { value: Math.round(seconds / 86_400), unit: 'days' };
}
