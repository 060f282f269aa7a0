import { durationAt, percentAt } from './quantities.ts';
import type { Token } from './tokenize.ts';

/**
 * One slot of a rule: a word class (term syntax in lexicon.ts), or a quantity.
 * `percentAtLeast`: a percentage of at least this much ("99 %", "honderd procent").
 * `durationAtMostMonths`: a duration of at most this many months ("binnen een maand", "in 2 weeks").
 */
export type Slot =
  | readonly string[]
  | { readonly percentAtLeast: number }
  | { readonly durationAtMostMonths: number };

/** Where a slot matched: token indices `from` (inclusive) to `to` (exclusive). */
export type Span = { from: number; to: number };

type WordTest = (norm: string) => boolean;

function wordTest(part: string): WordTest {
  if (part.length > 1 && part.endsWith('*')) {
    const stem = part.slice(0, -1);
    return (w) => w.startsWith(stem) || (w.startsWith('ge') && w.slice(2).startsWith(stem));
  }
  if (part.length > 1 && part.startsWith('*')) {
    const tail = part.slice(1);
    return (w) => w.endsWith(tail);
  }
  return (w) => w === part;
}

/** A term of one or more words, compiled: returns the end of the match at `i`, or -1. */
export type TermMatcher = (tokens: readonly Token[], i: number) => number;

export function compileTerm(term: string): TermMatcher {
  const parts = term.split(' ').filter((p) => p !== '');
  const tests = parts.map(wordTest);
  return (tokens, i) => {
    const first = tokens[i];
    if (first === undefined) return -1;
    for (let k = 0; k < tests.length; k++) {
      const t = tokens[i + k];
      if (t === undefined || t.clause !== first.clause || !(tests[k] as WordTest)(t.norm)) return -1;
    }
    return i + tests.length;
  };
}

export type CompiledSlot = (tokens: readonly Token[], i: number) => number;

/** Compiles a slot to a function giving the end of its match at token `i`, or -1 (longest term wins). */
export function compileSlot(slot: Slot): CompiledSlot {
  if ('percentAtLeast' in slot) {
    const min = slot.percentAtLeast;
    return (tokens, i) => {
      const q = percentAt(tokens, i);
      return q !== undefined && q.value >= min ? q.to : -1;
    };
  }
  if ('durationAtMostMonths' in slot) {
    const max = slot.durationAtMostMonths;
    return (tokens, i) => {
      const q = durationAt(tokens, i);
      return q !== undefined && q.value <= max + 1e-9 ? q.to : -1;
    };
  }
  const matchers = (slot as readonly string[]).map(compileTerm);
  return (tokens, i) => {
    let best = -1;
    for (const m of matchers) best = Math.max(best, m(tokens, i));
    return best;
  };
}

/** Every span of a compiled slot within tokens [from, to). */
export function slotSpans(slot: CompiledSlot, tokens: readonly Token[], from: number, to: number): Span[] {
  const spans: Span[] = [];
  for (let i = from; i < to; i++) {
    const end = slot(tokens, i);
    if (end > i && end <= to) spans.push({ from: i, to: end });
  }
  return spans;
}

/** True when a term list matches a phrase that ends exactly at token `end` (exclusive). */
export function endsWithTerm(
  matchers: readonly TermMatcher[],
  tokens: readonly Token[],
  end: number,
): number {
  for (let start = end - 1; start >= Math.max(0, end - 4); start--) {
    for (const m of matchers) if (m(tokens, start) === end) return start;
  }
  return -1;
}
