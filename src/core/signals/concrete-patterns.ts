/**
 * Patterns for figures with a meaning in a problem statement or target: amounts, percentages, hours,
 * volumes per period, dates and baselines. Generic number shapes, not phrases; Dutch and English.
 * Each `source` is a case-insensitive regular-expression body, wrapped in Unicode word boundaries.
 */
import type { ConcreteKind } from './signal-tags.ts';

export type ConcretePattern = { tag: ConcreteKind; lang: 'nl' | 'en' | 'any'; source: string };

const MONTHS_NL = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const MONTHS_EN =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const NUMBER_WORDS_NL = 'een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\\d+';
const NUMBER_WORDS_EN = 'a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+';
const NUM = '\\d[\\d.,]*';
const PERIOD_NL = 'week|dag|maand|jaar|dienst|uur';
const PERIOD_EN = 'week|day|month|year|shift|hour';
/** Units that make a number a time or an amount, not a count of items. */
const NOT_A_COUNT =
  '(?!(?:uur|uren|minuten|minuut|euro|euros|procent|hours?|minutes?|percent|eur)(?![\\p{L}]))';

/** Numbers with a meaning. Scanned in `problem.statement` and `problem.target`. */
export const CONCRETE_PATTERNS: readonly ConcretePattern[] = [
  {
    tag: 'amount',
    lang: 'any',
    source: `(?:€|EUR)\\s?${NUM}|${NUM}\\s?(?:k€|€|euros?|eur|duizend\\s+euro|thousand\\s+euros?)`,
  },
  { tag: 'percentage', lang: 'any', source: `${NUM}\\s?(?:%|procent|percent|pct)` },
  {
    tag: 'hours',
    lang: 'nl',
    source: `${NUM}\\s?(?:uur|uren|minuten|minuut|min|fte|werkdagen|mandagen)`,
  },
  {
    tag: 'hours',
    lang: 'en',
    source: `${NUM}\\s?(?:hours?|hrs?|minutes?|mins?|fte|man-days)`,
  },
  {
    tag: 'volume',
    lang: 'nl',
    source: `${NUM}\\s+${NOT_A_COUNT}(?:[\\p{L}'-]+\\s+){0,3}(?:per|elke|iedere|\\/)\\s*(?:${PERIOD_NL})`,
  },
  {
    tag: 'volume',
    lang: 'en',
    source: `${NUM}\\s+${NOT_A_COUNT}(?:[\\p{L}'-]+\\s+){0,3}(?:per|a|an|each|every|\\/)\\s*(?:${PERIOD_EN})`,
  },
  {
    tag: 'date',
    lang: 'nl',
    source: `\\d{1,2}\\s+(?:${MONTHS_NL})(?:\\s+\\d{4})?|(?:${MONTHS_NL})\\s+\\d{4}|(?:eind|begin|medio|uiterlijk|vóór|voor|per|in)\\s+(?:(?:${MONTHS_NL})\\s+)?20\\d{2}|binnen\\s+(?:${NUMBER_WORDS_NL})\\s+(?:dagen|weken|maanden|maand|week|jaar)|week\\s+\\d{1,2}`,
  },
  {
    tag: 'date',
    lang: 'en',
    source: `\\d{1,2}\\s+(?:${MONTHS_EN})(?:\\s+\\d{4})?|(?:${MONTHS_EN})\\s+\\d{1,2}(?:,\\s*\\d{4})?|(?:${MONTHS_EN})\\s+\\d{4}|(?:by|before|end\\s+of|in|from)\\s+(?:the\\s+end\\s+of\\s+)?(?:(?:${MONTHS_EN})\\s+)?20\\d{2}|within\\s+(?:${NUMBER_WORDS_EN})\\s+(?:days|weeks|months|month|week|year)`,
  },
  {
    tag: 'date',
    lang: 'any',
    source: 'Q[1-4]\\s*(?:20)?\\d{2}|\\d{1,2}[-/]\\d{1,2}[-/]\\d{2,4}|20\\d{2}[-/]\\d{1,2}[-/]\\d{1,2}',
  },
  {
    tag: 'baseline',
    lang: 'nl',
    source: `van\\s+${NUM}\\s*(?:%|[\\p{L}]+)?\\s+naar\\s+${NUM}|nulmeting|baseline|(?:nu|momenteel|op\\s+dit\\s+moment)\\s+(?:[\\p{L}]+\\s+){0,4}${NUM}`,
  },
  {
    tag: 'baseline',
    lang: 'en',
    source: `from\\s+${NUM}\\s*(?:%|[\\p{L}]+)?\\s+to\\s+${NUM}|baseline|(?:currently|today|right\\s+now|at\\s+present)\\s+(?:[\\p{L}]+\\s+){0,4}${NUM}`,
  },
];
