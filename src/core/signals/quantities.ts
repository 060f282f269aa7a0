/**
 * Quantities in free text, read from tokens: numbers written in digits or words ("99,9", "honderd",
 * "ninety-five", "vijfennegentig"), percentages ("100 procent", "99%", "a hundred percent") and
 * durations ("binnen een maand", "in twee weken", "within 48 hours"). Dutch and English.
 */
import type { Token } from './tokenize.ts';

const UNITS: Record<string, number> = {
  // nl
  nul: 0,
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  // en
  zero: 0,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
};

const TENS: Record<string, number> = {
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const HUNDRED = new Set(['honderd', 'hundred']);

/** Vague amounts read as a small number: "een paar dagen", "a few weeks", "enkele weken". */
const FEW: Record<string, number> = { paar: 2, couple: 2, few: 3, enkele: 3, several: 3, aantal: 3 };

/** "vijfennegentig" → 95: a Dutch unit joined to its tens by "en". */
function dutchCompound(word: string): number | undefined {
  const m =
    /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/.exec(
      word,
    );
  if (!m) return undefined;
  return (UNITS[m[1] as string] as number) + (TENS[m[2] as string] as number);
}

export type Quantity = { value: number; from: number; to: number };

/**
 * The number that starts at token `i`, with the tokens it spans (`to` is one past the last), or
 * undefined. Reads digits, number words and their combinations ("honderd", "a hundred",
 * "ninety five", "vijfennegentig"). A bare "a"/"een" counts only where `allowArticle` is set, since
 * it is usually an article.
 */
export function numberAt(tokens: readonly Token[], i: number, allowArticle = false): Quantity | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (t.kind === 'number' && t.value !== undefined && Number.isFinite(t.value))
    return { value: t.value, from: i, to: i + 1 };
  if (t.kind !== 'word') return undefined;
  const next = tokens[i + 1];
  const sameClause = next !== undefined && next.clause === t.clause;
  const nextNorm = sameClause ? next.norm : '';
  if (HUNDRED.has(t.norm)) return { value: 100, from: i, to: i + 1 };
  if ((t.norm === 'a' || t.norm === 'een' || t.norm === 'one') && HUNDRED.has(nextNorm))
    return { value: 100, from: i, to: i + 2 };
  const compound = dutchCompound(t.norm);
  if (compound !== undefined) return { value: compound, from: i, to: i + 1 };
  const tens = TENS[t.norm];
  if (tens !== undefined) {
    const unit = UNITS[nextNorm];
    if (unit !== undefined && unit > 0 && unit < 10 && nextNorm !== 'a' && nextNorm !== 'an')
      return { value: tens + unit, from: i, to: i + 2 };
    return { value: tens, from: i, to: i + 1 };
  }
  const fewAfterArticle = FEW[nextNorm];
  if ((t.norm === 'a' || t.norm === 'een') && fewAfterArticle !== undefined)
    return { value: fewAfterArticle, from: i, to: i + 2 };
  const few = FEW[t.norm];
  if (few !== undefined) return { value: few, from: i, to: i + 1 };
  const unit = UNITS[t.norm];
  if (unit === undefined) return undefined;
  const isArticle = t.norm === 'a' || t.norm === 'an' || t.norm === 'een';
  if (isArticle && !allowArticle) return undefined;
  return { value: unit, from: i, to: i + 1 };
}

const PERCENT_WORDS = new Set(['%', 'procent', 'percent', 'pct', 'procents']);

/** A percentage starting at token `i`: "99%", "99,5 procent", "a hundred percent", "100 per cent". */
export function percentAt(tokens: readonly Token[], i: number): Quantity | undefined {
  const n = numberAt(tokens, i);
  if (n === undefined) return undefined;
  const unit = tokens[n.to];
  const first = tokens[n.from];
  if (unit === undefined || first === undefined || unit.clause !== first.clause) return undefined;
  if (PERCENT_WORDS.has(unit.norm)) return { value: n.value, from: n.from, to: n.to + 1 };
  const cent = tokens[n.to + 1];
  if (unit.norm === 'per' && cent?.norm === 'cent') return { value: n.value, from: n.from, to: n.to + 2 };
  return undefined;
}

/** Length of each time unit in months. */
const MONTHS_PER_UNIT: Record<string, number> = {
  minuut: 1 / 43_200,
  minuten: 1 / 43_200,
  minute: 1 / 43_200,
  minutes: 1 / 43_200,
  uur: 1 / 720,
  uren: 1 / 720,
  hour: 1 / 720,
  hours: 1 / 720,
  ochtend: 1 / 60,
  middag: 1 / 60,
  morning: 1 / 60,
  afternoon: 1 / 60,
  dag: 1 / 30,
  dagen: 1 / 30,
  werkdag: 1 / 30,
  werkdagen: 1 / 30,
  day: 1 / 30,
  days: 1 / 30,
  week: 7 / 30,
  weken: 7 / 30,
  weeks: 7 / 30,
  maand: 1,
  maanden: 1,
  month: 1,
  months: 1,
  kwartaal: 3,
  quarter: 3,
  jaar: 12,
  jaren: 12,
  year: 12,
  years: 12,
};

/**
 * A duration starting at token `i`, in months: "een maand" (1), "twee weken" (0.47), "48 uur",
 * "a few days". An article counts as one here ("binnen een week"), since a unit follows.
 */
export function durationAt(tokens: readonly Token[], i: number): Quantity | undefined {
  const n = numberAt(tokens, i, true);
  if (n === undefined) return undefined;
  let unitIndex = n.to;
  // "a couple of weeks", "een paar dagen": skip "of"
  if (tokens[unitIndex]?.norm === 'of') unitIndex++;
  const unit = tokens[unitIndex];
  const first = tokens[n.from];
  if (unit === undefined || first === undefined || unit.clause !== first.clause) return undefined;
  const perUnit = MONTHS_PER_UNIT[unit.norm];
  if (perUnit === undefined) return undefined;
  return { value: n.value * perUnit, from: n.from, to: unitIndex + 1 };
}
