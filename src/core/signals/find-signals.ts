import { type CompiledSlot, compileSlot, type Span } from './match-terms.ts';
import { percentAt } from './quantities.ts';
import { isRejected, ownEstimates, readMatch, type Segments, segmentsOf } from './read-scope.ts';
import { SIGNAL_RULES, type SignalRule } from './signal-rules.ts';
import type { RedFlagClaim, VagueGoal } from './signal-tags.ts';
import { type TokenizedText, tokenize } from './tokenize.ts';

/**
 * Who stands behind a claim in the text. `asserted`: the text states it (a vendor's promise as the
 * team relays it). `rejected`: the team quotes it and distances itself ("dat geloven we niet", or its
 * own lower estimate): evidence about the vendor, not about the team's expectations.
 */
export type Stance = 'asserted' | 'rejected';

/** One signal in a text. `quote` is the matched text exactly as the user wrote it. */
export type SignalMatch =
  | { kind: 'redFlag'; tag: RedFlagClaim; quote: string; index: number; stance: Stance }
  | { kind: 'vague'; tag: VagueGoal; quote: string; index: number };

export type SignalKind = SignalMatch['kind'];

type CompiledRule = {
  rule: SignalRule;
  slots: CompiledSlot[];
  notBetween: ReturnType<typeof compileSlot> | undefined;
  notFollowedBy: ReturnType<typeof compileSlot> | undefined;
  objectAmong: ReturnType<typeof compileSlot> | undefined;
};

const COMPILED: readonly CompiledRule[] = SIGNAL_RULES.map((rule) => ({
  rule,
  slots: rule.slots.map(compileSlot),
  notBetween: rule.notBetween ? compileSlot(rule.notBetween) : undefined,
  notFollowedBy: rule.notFollowedBy ? compileSlot(rule.notFollowedBy) : undefined,
  objectAmong: rule.objectAmong ? compileSlot(rule.objectAmong) : undefined,
}));

/** Estimates relate to these claims: a percentage to how much runs by itself or goes right, a duration to speed. */
const PERCENT_CLAIMS: readonly RedFlagClaim[] = ['totalAutomation', 'replacesTeam', 'perfectAccuracy'];
const DURATION_CLAIMS: readonly RedFlagClaim[] = ['instantResults', 'outOfTheBox'];

type RawMatch = { compiled: CompiledRule; from: number; to: number; slotTokens: Set<number> };

/**
 * The tightest placement of the rule's slots that starts with slot `first` at `anchor`: every slot in
 * the same clause, not overlapping, in order when the rule says so, all within the window.
 */
function place(compiled: CompiledRule, spans: Span[][], anchor: Span, first: number): Span[] | undefined {
  const { rule } = compiled;
  const chosen: Span[] = [];
  chosen[first] = anchor;
  const fits = (candidate: Span, index: number): boolean => {
    for (let k = 0; k < chosen.length; k++) {
      const c = chosen[k];
      if (c === undefined) continue;
      if (candidate.from < c.to && c.from < candidate.to) return false;
      if (rule.ordered && k < index && c.to > candidate.from) return false;
      if (rule.ordered && k > index && candidate.to > c.from) return false;
    }
    const all = [...chosen.filter((c): c is Span => c !== undefined), candidate];
    const lo = Math.min(...all.map((s) => s.from));
    const hi = Math.max(...all.map((s) => s.to));
    return hi - lo <= rule.window;
  };
  for (let index = 0; index < spans.length; index++) {
    if (index === first) continue;
    let best: Span | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of spans[index] ?? []) {
      if (!fits(candidate, index)) continue;
      const distance = Math.abs(candidate.from - anchor.from);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best === undefined) return undefined;
    chosen[index] = best;
  }
  return chosen;
}

/** For each token, where each compiled slot's match starting there ends (-1: none); filled lazily per text. */
type SlotEnds = (slot: CompiledSlot) => Int32Array;

function slotEndsOf(text: TokenizedText): SlotEnds {
  const cache = new Map<CompiledSlot, Int32Array>();
  return (slot) => {
    let ends = cache.get(slot);
    if (ends === undefined) {
      ends = new Int32Array(text.tokens.length);
      for (let i = 0; i < text.tokens.length; i++) ends[i] = slot(text.tokens, i);
      cache.set(slot, ends);
    }
    return ends;
  };
}

function spansIn(ends: Int32Array, from: number, to: number): Span[] {
  const spans: Span[] = [];
  for (let i = from; i < to; i++) {
    const end = ends[i] as number;
    if (end > i && end <= to) spans.push({ from: i, to: end });
  }
  return spans;
}

function matchRule(
  compiled: CompiledRule,
  text: TokenizedText,
  clause: { from: number; to: number },
  endsOf: SlotEnds,
): RawMatch[] {
  const spans: Span[][] = [];
  for (const slot of compiled.slots) {
    const found = spansIn(endsOf(slot), clause.from, clause.to);
    if (found.length === 0) return [];
    spans.push(found);
  }
  const clauseTo = clause.to;
  const first = compiled.rule.ordered
    ? 0
    : spans.reduce((m, s, i) => (s.length < (spans[m]?.length ?? 0) ? i : m), 0);
  const out: RawMatch[] = [];
  for (const anchor of spans[first] ?? []) {
    const placed = place(compiled, spans, anchor, first);
    if (placed === undefined) continue;
    const chosen = placed.map((span) => ({ ...span }));
    // A slot's words run on while the next word is of the same class: "zonder menselijke
    // tussenkomst", not "zonder menselijke", so the quote reads as the user wrote it.
    chosen.forEach((span, k) => {
      const slot = compiled.slots[k] as CompiledSlot;
      while (
        span.to < clauseTo &&
        !chosen.some((other) => other !== span && other.from === span.to) &&
        slot(text.tokens, span.to) > span.to
      ) {
        span.to = slot(text.tokens, span.to);
      }
    });
    const from = Math.min(...chosen.map((s) => s.from));
    const to = Math.max(...chosen.map((s) => s.to));
    const slotTokens = new Set<number>();
    for (const s of chosen) for (let k = s.from; k < s.to; k++) slotTokens.add(k);
    out.push({ compiled, from, to, slotTokens });
  }
  return out;
}

/** The rule's own exclusions: words between the slots, a word right after, the object of the clause. */
function isExcluded(m: RawMatch, text: TokenizedText, clause: { from: number; to: number }): boolean {
  const { notBetween, notFollowedBy, objectAmong } = m.compiled;
  const clauseTo = clause.to;
  const below = m.compiled.rule.unlessPercentBelow;
  if (below !== undefined) {
    for (let i = clause.from; i < clause.to; i++) {
      const share = percentAt(text.tokens, i);
      if (share === undefined) continue;
      if (share.value < below) return true;
      i = share.to - 1; // "ninety-five percent" is one share, not also "five percent"
    }
  }
  if (notBetween) {
    for (let i = m.from; i < m.to; i++)
      if (!m.slotTokens.has(i) && notBetween(text.tokens, i) > i) return true;
  }
  if (notFollowedBy && m.to < clauseTo && notFollowedBy(text.tokens, m.to) > m.to) return true;
  if (objectAmong) {
    const rest = text.tokens.slice(m.to, Math.min(clauseTo, m.to + 6));
    if (rest.length === 0) return false;
    if (rest.some((t) => t.kind === 'number')) return true;
    for (let i = m.to; i < m.to + rest.length; i++) if (objectAmong(text.tokens, i) > i) return false;
    return true;
  }
  return false;
}

/** Token ranges [from, to) of each clause. */
function clauses(text: TokenizedText): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let from = 0;
  for (let i = 1; i <= text.tokens.length; i++) {
    if (i === text.tokens.length || text.tokens[i]?.clause !== text.tokens[from]?.clause) {
      if (i > from) out.push({ from, to: i });
      from = i;
    }
  }
  return out;
}

export type FindSignalsOptions = {
  /** Only these kinds of signal (default: both). */
  kinds?: readonly SignalKind[];
};

/**
 * Finds the signals in one free-text answer: vendor red-flag claims and vague goals, in Dutch and
 * English, by word classes and parsed quantities rather than fixed phrases (signal-rules.ts).
 * Negated claims and goals raise nothing ("we rekenen niet op volledig automatisch", "the contract
 * includes export, so we are not tied to them"); hedged or asked claims neither. A claim the team
 * quotes and rejects comes back with stance `rejected`. Hits of the same tag that overlap are reported
 * once. Pure and deterministic; about linear in the text length.
 *
 * @example findSignals('Werkt out-of-the-box, geen 100% garantie') // one outOfTheBox hit
 */
export function findSignals(source: string, options: FindSignalsOptions = {}): SignalMatch[] {
  if (source.trim() === '') return [];
  const key = `${options.kinds?.join(',') ?? '*'}\u0000${source}`;
  const known = RECENT.get(key);
  if (known !== undefined) return known.map((hit) => ({ ...hit }));
  const hits = readSignals(source, options.kinds);
  if (RECENT.size >= RECENT_MAX) RECENT.delete(RECENT.keys().next().value as string);
  RECENT.set(key, hits);
  return hits.map((hit) => ({ ...hit }));
}

/**
 * The last texts read: one assessment reads the same answer for several factors (the expectations
 * and every vendor). A bounded memo, not state: the same text always gives the same signals.
 */
const RECENT = new Map<string, SignalMatch[]>();
const RECENT_MAX = 256;

function readSignals(source: string, kinds: readonly SignalKind[] | undefined): SignalMatch[] {
  const text = tokenize(source);
  const segments: Segments = segmentsOf(text);
  const endsOf = slotEndsOf(text);
  const whole = { from: 0, to: text.tokens.length };
  // Rules with a word class that occurs nowhere in the text cannot match in any clause.
  const candidates = COMPILED.filter(
    (c) =>
      (!kinds || kinds.includes(c.rule.kind)) &&
      c.slots.every((slot) => spansIn(endsOf(slot), whole.from, whole.to).length > 0),
  );
  const raw: RawMatch[] = [];
  for (const clause of clauses(text)) {
    for (const compiled of candidates) {
      for (const m of matchRule(compiled, text, clause, endsOf)) {
        if (!isExcluded(m, text, clause)) raw.push(m);
      }
    }
  }

  const claimSegments = new Set(
    raw.filter((m) => m.compiled.rule.kind === 'redFlag').map((m) => segments.of[m.from]),
  );
  const estimates = ownEstimates(text, segments).filter((e) => !claimSegments.has(segments.of[e.from]));

  const hits: (SignalMatch & { to: number })[] = [];
  for (const m of raw.sort((a, b) => a.from - b.from || b.to - a.to)) {
    const rule = m.compiled.rule;
    const negatable = rule.kind === 'redFlag' || rule.negatable !== false;
    const reading = negatable
      ? readMatch({
          text,
          segments,
          from: m.from,
          to: m.to,
          slotTokens: m.slotTokens,
          checkHedges: rule.kind === 'redFlag',
        })
      : 'asserted';
    if (reading !== 'asserted') continue;
    const first = text.tokens[m.from];
    const last = text.tokens[m.to - 1];
    if (first === undefined || last === undefined) continue;
    const quote = source.slice(first.index, last.end);
    const overlaps = hits.some((h) => h.tag === rule.tag && h.index < last.end && first.index < h.to);
    if (overlaps) continue;
    if (rule.kind === 'redFlag') {
      const estimated = estimates.some(
        (e) =>
          (e.percent && PERCENT_CLAIMS.includes(rule.tag)) ||
          (e.duration && DURATION_CLAIMS.includes(rule.tag)),
      );
      const stance: Stance = estimated || isRejected(text, segments, m.to) ? 'rejected' : 'asserted';
      hits.push({ kind: 'redFlag', tag: rule.tag, quote, index: first.index, stance, to: last.end });
    } else {
      hits.push({ kind: 'vague', tag: rule.tag, quote, index: first.index, to: last.end });
    }
  }
  return hits.sort((a, b) => a.index - b.index).map(({ to: _to, ...hit }) => hit as SignalMatch);
}
