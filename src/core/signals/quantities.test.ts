import { describe, expect, it } from 'vitest';
import { durationAt, numberAt, percentAt } from './quantities.ts';
import { parseNumber, tokenize } from './tokenize.ts';

const tokens = (text: string) => tokenize(text).tokens;

describe('parseNumber', () => {
  it.each([
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['99,9', 99.9],
    ['99.9', 99.9],
    ['1.800', 1800],
    ['1,500', 1500],
    ['0.5', 0.5],
    ['100', 100],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBeCloseTo(value, 9);
  });
});

describe('numbers in words and digits', () => {
  it.each([
    ['honderd', 100],
    ['a hundred', 100],
    ['vijfennegentig', 95],
    ['ninety-five', 95],
    ['negentig', 90],
    ['twaalf', 12],
    ['99,5', 99.5],
  ])('%s → %d', (text, value) => {
    expect(numberAt(tokens(text), 0)?.value).toBe(value);
  });

  it('an article is not a number unless a unit follows', () => {
    expect(numberAt(tokens('een factuur'), 0)).toBeUndefined();
    expect(durationAt(tokens('een maand'), 0)?.value).toBe(1);
  });
});

describe('percentages', () => {
  it.each([
    ['100 procent', 100],
    ['99%', 99],
    ['99,5 %', 99.5],
    ['honderd procent', 100],
    ['a hundred percent', 100],
    ['90 per cent', 90],
  ])('%s → %d', (text, value) => {
    expect(percentAt(tokens(text), 0)?.value).toBe(value);
  });

  it('a number without a percent sign is no percentage', () => {
    expect(percentAt(tokens('100 facturen'), 0)).toBeUndefined();
  });
});

describe('durations in months', () => {
  it.each([
    ['een maand', 1],
    ['twee weken', 14 / 30],
    ['3 dagen', 0.1],
    ['48 uur', 48 / 720],
    ['a few weeks', 0.7],
    ['six months', 6],
    ['een jaar', 12],
  ])('%s → %d months', (text, months) => {
    expect(durationAt(tokens(text), 0)?.value).toBeCloseTo(months, 9);
  });
});

describe('tokenize', () => {
  it('keeps offsets, splits hyphenated words and ends sentences', () => {
    const t = tokenize('Het is plug-and-play. Echt?');
    expect(t.tokens.map((x) => x.norm)).toEqual(['het', 'is', 'plug', 'and', 'play', 'echt']);
    expect(t.sentences).toHaveLength(2);
    expect(t.sentences[1]?.isQuestion).toBe(true);
    const play = t.tokens[4]!;
    expect('Het is plug-and-play. Echt?'.slice(play.index, play.end)).toBe('play');
  });

  it('reads accents away and keeps apostrophes inside words', () => {
    expect(tokenize("Één foto's, doesn’t").tokens.map((x) => x.norm)).toEqual(['een', "foto's", "doesn't"]);
  });

  it('commas, colons and brackets end a clause but not a sentence', () => {
    const t = tokenize('a, b: c (d) e');
    expect(new Set(t.tokens.map((x) => x.clause)).size).toBe(5);
    expect(t.sentences).toHaveLength(1);
  });

  it('an abbreviation does not end a sentence', () => {
    expect(tokenize('Bijv. facturen en bonnen.').sentences).toHaveLength(1);
  });
});
