/**
 * Renders data-profile messages in a locale. Profile messages follow two conventions
 * (data-profile-types.ts): params named `share` or ending in `Share` are fractions, which the texts
 * show as percentages themselves (`{{share, percent}}`, so every renderer shows the same figure);
 * params ending in `Seconds` are durations, shown in days/hours/minutes. Params that are themselves
 * message keys (`profiler.type.decimal`) are translated first.
 */
import { humaniseDuration } from '../core/data-profile/classify-time-series.ts';
import type { Message } from '../core/message.ts';
import { formatNumber, localeFormat } from '../i18n/locale-format.ts';
import type { Locale } from '../i18n/resources.ts';
import { renderMessage } from '../i18n/translate.ts';

/** A fraction 0..1 as a percentage in the locale (`3,4%` in nl). */
export function formatShare(share: number, locale: Locale): string {
  return localeFormat(locale).share(share);
}

/** A duration in seconds as words (`46 dagen`, `10 minutes`). */
export function formatDuration(seconds: number, locale: Locale): string {
  const d = humaniseDuration(seconds);
  return renderMessage({ key: `profiler.duration.${d.unit}`, params: { count: d.value } }, locale);
}

/** Renders one profile message with shares, durations and nested keys formatted for `locale`. */
export function renderProfileMessage(message: Message, locale: Locale): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    if (typeof value === 'number' && name.endsWith('Seconds')) params[name] = formatDuration(value, locale);
    else if (typeof value === 'number' && name === 'cv') params[name] = formatNumber(value, locale);
    else if (typeof value === 'string' && value.startsWith('profiler.'))
      params[name] = renderMessage({ key: value }, locale);
    else params[name] = value;
  }
  return renderMessage({ key: message.key, params }, locale);
}
