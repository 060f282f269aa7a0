import {
  CLAUSE_BREAKS,
  type ConcreteKind,
  NEGATION_CUES,
  NEGATION_WINDOW_WORDS,
  type PatternLanguage,
  POST_NEGATION_CUES,
  type RedFlagClaim,
  SIGNAL_PATTERNS,
  type SignalPattern,
  type VagueGoal,
} from './signal-patterns.ts';

/** One pattern hit in a text. `quote` is the matched text exactly as the user wrote it. */
export type SignalMatch =
  | { kind: 'redFlag'; tag: RedFlagClaim; quote: string; index: number }
  | { kind: 'vague'; tag: VagueGoal; quote: string; index: number }
  | { kind: 'concrete'; tag: ConcreteKind; quote: string; index: number };

export type SignalKind = SignalMatch['kind'];

type CompiledPattern = { pattern: SignalPattern; regex: RegExp };

/** Letters and digits in any script count as word characters, so "één" and "efficiënt" are whole words. */
const WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const WORD_AFTER = '(?![\\p{L}\\p{N}])';

const COMPILED: readonly CompiledPattern[] = SIGNAL_PATTERNS.map((pattern) => ({
  pattern,
  regex: new RegExp(`${WORD_BEFORE}(?:${pattern.source})${WORD_AFTER}`, 'giu'),
}));

/** A clause ends at sentence punctuation followed by a space, a comma followed by a space, a newline or quotes. */
const CLAUSE_END = /[.!?;:](?=\s|$)|,(?=\s)|\n|[()"“”‘’«»–—]/u;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordListRegex(words: readonly string[]): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escapeRegex);
  return new RegExp(`${WORD_BEFORE}(?:${alternatives.join('|').replace(/ /g, '\\s+')})${WORD_AFTER}`, 'iu');
}

const NEGATION = wordListRegex(NEGATION_CUES);
const POST_NEGATION = wordListRegex(POST_NEGATION_CUES);
const CLAUSE_BREAK_WORDS = new Set(CLAUSE_BREAKS.map((w) => w.toLowerCase()));

/** The part of the clause before `index`, limited to the last few words. */
function windowBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 200), index);
  const parts = before.split(CLAUSE_END);
  const clause = parts[parts.length - 1] ?? '';
  const words = clause.split(/\s+/u).filter((w) => w !== '');
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < NEGATION_WINDOW_WORDS; i--) {
    const word = words[i] ?? '';
    if (CLAUSE_BREAK_WORDS.has(word.toLowerCase())) break;
    kept.unshift(word);
  }
  return kept.join(' ');
}

/** The rest of the clause after a match, limited to a short stretch. */
function windowAfter(text: string, end: number): string {
  const after = text.slice(end, end + 80);
  return after.split(CLAUSE_END)[0] ?? '';
}

/** Smart quotes and non-breaking spaces as plain characters, so the cues match however the text was typed. */
function normalise(text: string): string {
  return text.replace(/[’‘`´]/g, "'").replace(/\u00a0/g, ' ');
}

/**
 * True when a hit is negated or hedged in its own clause: "geen 100% garantie", "not fully automatic",
 * "we beloven geen foutloze tekst", "100% automatisering bestaat niet". Concrete numbers are never negated.
 */
export function isNegated(text: string, match: { index: number; quote: string }): boolean {
  const plain = normalise(text);
  if (NEGATION.test(windowBefore(plain, match.index))) return true;
  return POST_NEGATION.test(windowAfter(plain, match.index + match.quote.length));
}

export type FindSignalsOptions = {
  /** Only these kinds of signal (default: all). */
  kinds?: readonly SignalKind[];
  /** Only patterns of these languages (default: both; texts often mix Dutch and English terms). */
  languages?: readonly PatternLanguage[];
};

/**
 * Finds the signals in one free-text answer: vendor red-flag claims, vague goals and concrete numbers,
 * in Dutch and English. Negated or hedged red flags and vague goals are left out. Hits of the same tag
 * that overlap are reported once. Pure and deterministic; linear in the text length per pattern.
 *
 * @example findSignals('Werkt out-of-the-box, geen 100% garantie') // one outOfTheBox hit, no perfectAccuracy
 */
export function findSignals(text: string, options: FindSignalsOptions = {}): SignalMatch[] {
  if (text.trim() === '') return [];
  const kinds = options.kinds;
  const languages = options.languages;
  const hits: SignalMatch[] = [];
  for (const { pattern, regex } of COMPILED) {
    if (kinds && !kinds.includes(pattern.kind)) continue;
    if (languages && pattern.lang !== 'any' && !languages.includes(pattern.lang)) continue;
    regex.lastIndex = 0;
    for (const m of text.matchAll(regex)) {
      const hit = { kind: pattern.kind, tag: pattern.tag, quote: m[0].trim(), index: m.index } as SignalMatch;
      const negatable =
        pattern.kind === 'redFlag' || (pattern.kind === 'vague' && pattern.negatable !== false);
      if (negatable && isNegated(text, hit)) continue;
      const overlaps = hits.some(
        (h) =>
          h.tag === hit.tag && h.index < hit.index + hit.quote.length && hit.index < h.index + h.quote.length,
      );
      if (!overlaps) hits.push(hit);
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}
