/**
 * A small tokenizer for Dutch and English free text: words, numbers and symbols with their position
 * in the text, grouped into sentences and clauses. Dependency-free and deterministic on every platform
 * (Intl.Segmenter would depend on the ICU version of the runtime; a stemmer library does not know
 * Dutch participles such as "geautomatiseerd", which the lexicon handles itself).
 *
 * Hyphens split words ("plug-and-play" reads as "plug and play", "AI-gedreven" as "AI gedreven"), so
 * both spellings match the same terms. Apostrophes stay inside a word ("doesn't", "foto's").
 */

export type TokenKind = 'word' | 'number' | 'symbol';

export type Token = {
  /** The text exactly as written. */
  text: string;
  /** Lower case, accents removed, typographic apostrophes plain: what the lexicon compares with. */
  norm: string;
  kind: TokenKind;
  /** Offsets in the original text: `text === source.slice(index, end)`. */
  index: number;
  end: number;
  /** The parsed value of a number token (Dutch and English separators), else undefined. */
  value?: number;
  sentence: number;
  clause: number;
};

export type Sentence = {
  /** Index of the first token and one past the last. */
  from: number;
  to: number;
  /** The sentence ends with a question mark: what it says is asked, not claimed. */
  isQuestion: boolean;
};

export type TokenizedText = { text: string; tokens: Token[]; sentences: Sentence[] };

/** A word (letters and digits, inner apostrophes), a number with separators, or one symbol we read. */
const TOKEN =
  /(\p{N}+(?:[.,]\p{N}+)*)|([\p{L}\p{N}]+(?:['’][\p{L}]+)*)|([%€&+/])|([.!?;:,()[\]"“”„«»–—…]|\s-\s|\n\s*\n)/gu;

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'bijv',
  'bv',
  'ca',
  'dhr',
  'mevr',
  'nr',
  'oa',
  'eg',
  'ie',
  'etc',
  'vs',
  'incl',
  'excl',
  'approx',
  'resp',
  'enz',
  'mr',
  'dr',
]);

/** Lower case without accents, with plain apostrophes: "Één" → "een", "doesn’t" → "doesn't". */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

/**
 * The value of a number as written in Dutch or English: "1.234,56" and "1,234.56" are 1234.56;
 * "99,9" and "99.9" are 99.9; one separator followed by exactly three digits groups thousands
 * ("1.800", "1,500").
 */
export function parseNumber(text: string): number {
  const dots = (text.match(/\./g) ?? []).length;
  const commas = (text.match(/,/g) ?? []).length;
  let plain = text;
  if (dots > 0 && commas > 0) {
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    plain = text.split(group).join('').replace(decimal, '.');
  } else if (dots + commas > 0) {
    const sep = dots > 0 ? '.' : ',';
    const parts = text.split(sep);
    const isGrouping = parts.length > 2 || (parts[1]?.length === 3 && (parts[0]?.length ?? 0) <= 3);
    plain = isGrouping ? parts.join('') : parts.join('.');
  }
  return Number(plain);
}

/**
 * Splits a text into tokens, sentences and clauses. A sentence ends at . ! ? (not after a known
 * abbreviation or inside a number), a blank line or the end; a clause also ends at ; : , brackets,
 * quotes and dashes. Clause-ending words (maar, but, …) are the reader's business, not the tokenizer's.
 */
export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let clause = 0;
  let sentenceStart = 0;
  const endSentence = (isQuestion: boolean) => {
    if (tokens.length > sentenceStart) {
      sentences.push({ from: sentenceStart, to: tokens.length, isQuestion });
      sentence++;
      clause++;
      sentenceStart = tokens.length;
    }
  };
  for (const m of text.matchAll(TOKEN)) {
    const [raw, num, word, symbol, punct] = m;
    const index = m.index;
    if (punct !== undefined) {
      const p = punct.trim();
      if (p === '.' || p === '!' || p === '?' || p === '…' || p === '') {
        const previous = tokens[tokens.length - 1];
        const isAbbreviation =
          p === '.' && previous !== undefined && previous.end === index && ABBREVIATIONS.has(previous.norm);
        if (!isAbbreviation) endSentence(p === '?');
      } else {
        clause++;
      }
      continue;
    }
    const source = num ?? word ?? symbol ?? raw;
    const token: Token = {
      text: source,
      norm: normaliseWord(source),
      kind: num !== undefined ? 'number' : word !== undefined ? 'word' : 'symbol',
      index,
      end: index + source.length,
      sentence,
      clause,
    };
    if (num !== undefined) token.value = parseNumber(num);
    tokens.push(token);
  }
  endSentence(false);
  return { text, tokens, sentences };
}
