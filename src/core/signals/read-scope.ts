/**
 * How a claim found in a text is meant: negated ("geen 100 % garantie"), hedged ("misschien ooit
 * volledig automatisch", a question), rejected by the team that quotes it ("De leverancier belooft
 * 90 %; wij rekenen op 30 tot 45 %"), or asserted. A NegEx-style reading: cue lists with a scope that
 * ends at punctuation, at clause words such as "maar"/"but", or after a few words.
 */
import * as L from './lexicon.ts';
import { compileTerm, endsWithTerm, type TermMatcher } from './match-terms.ts';
import { durationAt, percentAt } from './quantities.ts';
import type { TokenizedText } from './tokenize.ts';

const compileAll = (terms: readonly string[]): TermMatcher[] => terms.map(compileTerm);

const NEGATION_BEFORE = compileAll(L.NEGATION_BEFORE);
const NEGATION_AFTER = compileAll(L.NEGATION_AFTER);
const NOT_ONLY = compileAll(L.NOT_ONLY);
const HEDGE_BEFORE = compileAll(L.HEDGE_BEFORE);
const SCOPE_BREAKS = compileAll(L.SCOPE_BREAKS);
const LIST_JOINS = compileAll(L.LIST_JOINS);
const REJECTION = compileAll(L.REJECTION);
const FIRST_PERSON = compileAll(L.FIRST_PERSON);
const ESTIMATE = compileAll(L.ESTIMATE);

const matchesAt = (matchers: readonly TermMatcher[], text: TokenizedText, i: number): number => {
  let best = -1;
  for (const m of matchers) best = Math.max(best, m(text.tokens, i));
  return best;
};

/**
 * Scope segments: a token's segment changes at every clause boundary (punctuation) and at every
 * scope-breaking word, which starts the new segment. `commaBefore[s]` is true when segment s begins
 * right after a comma-like boundary inside the same sentence.
 */
export type Segments = { of: number[]; startsAfterComma: boolean[] };

export function segmentsOf(text: TokenizedText): Segments {
  const of: number[] = [];
  const startsAfterComma: boolean[] = [];
  let segment = -1;
  for (let i = 0; i < text.tokens.length; i++) {
    const t = text.tokens[i];
    const prev = text.tokens[i - 1];
    if (t === undefined) continue;
    const newClause = prev === undefined || prev.clause !== t.clause;
    const breakWord = matchesAt(SCOPE_BREAKS, text, i) > i;
    if (newClause || breakWord) {
      segment++;
      const between = prev === undefined ? '' : text.text.slice(prev.end, t.index);
      startsAfterComma[segment] =
        !breakWord && prev !== undefined && prev.sentence === t.sentence && /,/.test(between);
    }
    of.push(segment);
  }
  return { of, startsAfterComma };
}

/** A list joined by "of/or/nor/noch" runs on after token `from` in the same sentence: commas do not end it. */
function listRunsOn(text: TokenizedText, seg: Segments, from: number): boolean {
  // from: the first token after the comma being crossed
  const sentence = text.tokens[from]?.sentence;
  for (let i = from; i < text.tokens.length; i++) {
    const t = text.tokens[i];
    if (t === undefined || t.sentence !== sentence) return false;
    if (i > from && seg.of[i] !== seg.of[i - 1] && !seg.startsAfterComma[seg.of[i] as number]) return false;
    if (matchesAt(LIST_JOINS, text, i) > i) return true;
  }
  return false;
}

/** True when a cue of `cues` ends inside the scope before token `start` (same segment, or a list). */
function cueBefore(text: TokenizedText, seg: Segments, start: number, cues: readonly TermMatcher[]): boolean {
  let segment = seg.of[start];
  let words = 0;
  for (let end = start; end > 0 && words < L.SCOPE_BEFORE_WORDS; end--) {
    const i = end - 1;
    if (seg.of[i] !== segment) {
      // Crossing back over a comma is allowed inside a negated list: "geen X, Y of Z".
      const crossable =
        seg.startsAfterComma[segment as number] === true &&
        text.tokens[i]?.sentence === text.tokens[start]?.sentence &&
        listRunsOn(text, seg, i + 1);
      if (!crossable) return false;
      segment = seg.of[i];
    }
    const cueStart = endsWithTerm(cues, text.tokens, end);
    if (cueStart >= 0 && seg.of[cueStart] === seg.of[i]) {
      if (cues !== NEGATION_BEFORE || matchesAt(NOT_ONLY, text, end) < 0) return true;
    }
    words++;
  }
  return false;
}

/** True when a negation cue follows the match closely in its segment ("… verwachten we niet"). */
function negationAfter(text: TokenizedText, seg: Segments, to: number): boolean {
  const segment = seg.of[to - 1];
  for (let i = to; i < Math.min(text.tokens.length, to + L.SCOPE_AFTER_WORDS); i++) {
    if (seg.of[i] !== segment) return false;
    if (matchesAt(NEGATION_AFTER, text, i) > i && matchesAt(NOT_ONLY, text, i + 1) < 0) return true;
  }
  return false;
}

/** A negation cue standing between a rule's words ("uw data wordt niet gebruikt om ons model te trainen"). */
function negationBetween(
  text: TokenizedText,
  from: number,
  to: number,
  slotTokens: ReadonlySet<number>,
): boolean {
  for (let i = from; i < to; i++) {
    if (slotTokens.has(i)) continue;
    const end = matchesAt(NEGATION_BEFORE, text, i);
    if (end > i && [...Array(end - i).keys()].every((k) => !slotTokens.has(i + k))) return true;
  }
  return false;
}

export type Reading = 'asserted' | 'negated' | 'hedged';

/** How a match at tokens [from, to) reads: negated, hedged (red flags only) or asserted. */
export function readMatch(options: {
  text: TokenizedText;
  segments: Segments;
  from: number;
  to: number;
  slotTokens: ReadonlySet<number>;
  checkHedges: boolean;
}): Reading {
  const { text, segments, from, to, slotTokens } = options;
  if (cueBefore(text, segments, from, NEGATION_BEFORE)) return 'negated';
  if (negationBetween(text, from, to, slotTokens)) return 'negated';
  if (negationAfter(text, segments, to)) return 'negated';
  if (!options.checkHedges) return 'asserted';
  const sentence = text.sentences[text.tokens[from]?.sentence ?? -1];
  if (sentence?.isQuestion) return 'hedged';
  if (cueBefore(text, segments, from, HEDGE_BEFORE)) return 'hedged';
  return 'asserted';
}

function containsCue(text: TokenizedText, from: number, to: number, cues: readonly TermMatcher[]): boolean {
  for (let i = from; i < to; i++) if (matchesAt(cues, text, i) > i) return true;
  return false;
}

/**
 * True when the team rejects the claim at tokens [from, to): a rejection cue in a later segment of
 * its sentence or anywhere in the next sentence ("…; dat geloven we niet", "We doubt that.").
 */
export function isRejected(text: TokenizedText, segments: Segments, to: number): boolean {
  const last = text.tokens[to - 1];
  if (last === undefined) return false;
  const sentence = text.sentences[last.sentence];
  const next = text.sentences[last.sentence + 1];
  if (sentence === undefined) return false;
  let i = to;
  while (i < sentence.to && segments.of[i] === segments.of[to - 1]) i++;
  if (containsCue(text, i, sentence.to, REJECTION)) return true;
  return next !== undefined && containsCue(text, next.from, next.to, REJECTION);
}

/**
 * The segments in which the team gives its own estimate: a first-person word, an estimating verb and
 * a percentage or a duration ("wij rekenen zelf op 30 tot 45 %", "we expect four months"). Returned as
 * token ranges; claims elsewhere in the text that the estimate contradicts read as rejected.
 */
export function ownEstimates(
  text: TokenizedText,
  segments: Segments,
): { from: number; to: number; percent: boolean; duration: boolean }[] {
  const out: { from: number; to: number; percent: boolean; duration: boolean }[] = [];
  let start = 0;
  for (let i = 1; i <= text.tokens.length; i++) {
    if (i < text.tokens.length && segments.of[i] === segments.of[start]) continue;
    if (containsCue(text, start, i, FIRST_PERSON) && containsCue(text, start, i, ESTIMATE)) {
      let percent = false;
      let duration = false;
      for (let k = start; k < i; k++) {
        if (percentAt(text.tokens, k) !== undefined) percent = true;
        if (durationAt(text.tokens, k) !== undefined) duration = true;
      }
      if (percent || duration) out.push({ from: start, to: i, percent, duration });
    }
    start = i;
  }
  return out;
}
