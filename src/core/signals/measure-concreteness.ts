import { findSignals, type SignalMatch } from './find-signals.ts';
import type { ConcreteKind } from './signal-patterns.ts';

/** How concrete a problem statement or target is. */
export type Concreteness = {
  /** The kinds of concrete information present, in a fixed order, each once. */
  kinds: ConcreteKind[];
  /** A quantity other than a date: an amount, a percentage, hours, a volume or any other figure. */
  hasNumber: boolean;
  /** A date, a quarter, a year or a "within N months" deadline. */
  hasDate: boolean;
  /** The matched phrases, for evidence. */
  quotes: string[];
};

const KIND_ORDER: readonly ConcreteKind[] = ['amount', 'percentage', 'hours', 'volume', 'date', 'baseline'];

/** The quantity kinds that answer "how much does it cost / how often" (a date does not). */
export const QUANTITY_KINDS: readonly ConcreteKind[] = ['amount', 'percentage', 'hours', 'volume'];

/**
 * Measures how concrete a free-text answer is: amounts in euros, percentages, hours, volumes per period,
 * dates and baselines ("van 15 naar 6 uur"). An empty or missing text has nothing concrete.
 *
 * @example measureConcreteness('15 uur per week, 3% fouten').kinds // ['percentage', 'hours', 'volume']
 */
export function measureConcreteness(text: string | undefined): Concreteness {
  if (text === undefined || text.trim() === '')
    return { kinds: [], hasNumber: false, hasDate: false, quotes: [] };
  const hits = findSignals(text, { kinds: ['concrete'] }) as Extract<SignalMatch, { kind: 'concrete' }>[];
  const present = new Set(hits.map((h) => h.tag));
  let withoutDates = text;
  for (const h of hits) {
    if (h.tag === 'date') withoutDates = withoutDates.replace(h.quote, ' ');
  }
  return {
    kinds: KIND_ORDER.filter((k) => present.has(k)),
    hasNumber: /\p{N}/u.test(withoutDates),
    hasDate: present.has('date'),
    quotes: hits.map((h) => h.quote),
  };
}
