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

/**
 * A word class compiled for speed: one-word terms by set lookup, stems and tails by a scan, phrases
 * only where their first word fits. Returns the end of the longest term starting at token `i`, or -1.
 */
function compileWordClass(terms: readonly string[]): CompiledSlot {
  const exact = new Set<string>();
  const stems: string[] = [];
  const tails: string[] = [];
  const phrases: TermMatcher[] = [];
  for (const term of terms) {
    if (term.includes(' ')) phrases.push(compileTerm(term));
    else if (term.length > 1 && term.endsWith('*')) stems.push(term.slice(0, -1));
    else if (term.length > 1 && term.startsWith('*')) tails.push(term.slice(1));
    else exact.add(term);
  }
  const wordMatches = (w: string): boolean => {
    if (exact.has(w)) return true;
    const bare = w.startsWith('ge') ? w.slice(2) : undefined;
    for (const stem of stems) if (w.startsWith(stem) || bare?.startsWith(stem)) return true;
    for (const tail of tails) if (w.endsWith(tail)) return true;
    return false;
  };
  return (tokens, i) => {
    const t = tokens[i];
    if (t === undefined) return -1;
    let best = wordMatches(t.norm) ? i + 1 : -1;
    for (const m of phrases) best = Math.max(best, m(tokens, i));
    return best;
  };
}

const COMPILED_SLOTS = new WeakMap<object, CompiledSlot>();

/**
 * Compiles a slot to a function giving the end of its match at token `i`, or -1 (longest term wins).
 * Compiled once per slot object, so rules that share a word class share its compiled form.
 */
export function compileSlot(slot: Slot): CompiledSlot {
  const cached = COMPILED_SLOTS.get(slot);
  if (cached) return cached;
  let compiled: CompiledSlot;
  if ('percentAtLeast' in slot) {
    const min = slot.percentAtLeast;
    compiled = (tokens, i) => {
      const q = percentAt(tokens, i);
      return q !== undefined && q.value >= min ? q.to : -1;
    };
  } else if ('durationAtMostMonths' in slot) {
    const max = slot.durationAtMostMonths;
    compiled = (tokens, i) => {
      const q = durationAt(tokens, i);
      return q !== undefined && q.value <= max + 1e-9 ? q.to : -1;
    };
  } else {
    compiled = compileWordClass(slot as readonly string[]);
  }
  COMPILED_SLOTS.set(slot, compiled);
  return compiled;
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
