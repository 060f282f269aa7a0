import { CONCRETE_PATTERNS } from './concrete-patterns.ts';
import type { ConcreteKind } from './signal-tags.ts';

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

/** Letters and digits in any script count as word characters, so "één" and "efficiënt" are whole words. */
const COMPILED = CONCRETE_PATTERNS.map((p) => ({
  tag: p.tag,
  regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${p.source})(?![\\p{L}\\p{N}])`, 'giu'),
}));

/**
 * Measures how concrete a free-text answer is: amounts in euros, percentages, hours, volumes per period,
 * dates and baselines ("van 15 naar 6 uur"). An empty or missing text has nothing concrete.
 * Figures are never negated: "not 15 hours but 20" is still a figure.
 *
 * @example measureConcreteness('15 uur per week, 3% fouten').kinds // ['percentage', 'hours', 'volume']
 */
export function measureConcreteness(text: string | undefined): Concreteness {
  if (text === undefined || text.trim() === '')
    return { kinds: [], hasNumber: false, hasDate: false, quotes: [] };
  const hits: { tag: ConcreteKind; quote: string; index: number }[] = [];
  for (const { tag, regex } of COMPILED) {
    regex.lastIndex = 0;
    for (const m of text.matchAll(regex)) {
      const quote = m[0].trim();
      const overlaps = hits.some(
        (h) => h.tag === tag && h.index < m.index + quote.length && m.index < h.index + h.quote.length,
      );
      if (!overlaps) hits.push({ tag, quote, index: m.index });
    }
  }
  hits.sort((a, b) => a.index - b.index);
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
