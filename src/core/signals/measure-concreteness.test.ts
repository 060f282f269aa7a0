import { describe, expect, it } from 'vitest';
import { measureConcreteness } from './measure-concreteness.ts';

describe('measureConcreteness in Dutch', () => {
  it('recognises the source example', () => {
    const c = measureConcreteness(
      'Ons team besteedt 15 uur per week aan factuurinvoer. Dit kost 780 euro per week en leidt tot 3% invoerfouten van gemiddeld 75 euro per fout.',
    );
    expect(c.kinds).toEqual(['amount', 'percentage', 'hours']);
    expect(c.hasNumber).toBe(true);
  });

  it.each([
    ['€ 1.234,56 per maand', 'amount'],
    ['kost 2.500 euro', 'amount'],
    ['3,5% afkeur', 'percentage'],
    ['twaalf procent: 12 procent', 'percentage'],
    ['45 minuten per order', 'hours'],
    ['1.800 bonnetjes per week', 'volume'],
    ['vóór 1 maart 2027', 'date'],
    ['eind 2027', 'date'],
    ['binnen zes maanden', 'date'],
    ['in Q3 2027', 'date'],
    ['van 15 naar 6 uur', 'baseline'],
    ['wachttijd van 2 dagen naar 4 uur', 'baseline'],
  ])('%s → %s', (text, kind) => {
    expect(measureConcreteness(text).kinds).toContain(kind);
  });

  it('a target with only a date has no number', () => {
    const c = measureConcreteness('klaar vóór 1 januari 2028');
    expect(c.hasDate).toBe(true);
    expect(c.hasNumber).toBe(false);
  });

  it('a vague target has nothing concrete', () => {
    expect(measureConcreteness('beter en slimmer plannen')).toEqual({
      kinds: [],
      hasNumber: false,
      hasDate: false,
      quotes: [],
    });
  });

  it('hours are not counted as a volume', () => {
    expect(measureConcreteness('15 uur per week').kinds).not.toContain('volume');
  });
});

describe('measureConcreteness in English', () => {
  it.each([
    ['about 38 euros per hour', 'amount'],
    ['EUR 500', 'amount'],
    ['2% of panels', 'percentage'],
    ['90 hours a week', 'hours'],
    ['1,500 emails and chats a week', 'volume'],
    ['by 1 September 2027', 'date'],
    ['by June 2027', 'date'],
    ['by the end of 2027', 'date'],
    ['within four months', 'date'],
    ['from 28 to 12 hours a week', 'baseline'],
    ['currently about 40 tickets', 'baseline'],
  ])('%s → %s', (text, kind) => {
    expect(measureConcreteness(text).kinds).toContain(kind);
  });

  it('missing or empty text is not concrete', () => {
    expect(measureConcreteness(undefined).kinds).toEqual([]);
    expect(measureConcreteness('').hasNumber).toBe(false);
  });

  it('quotes the matched phrases', () => {
    const { quotes } = measureConcreteness('Cut costs by 20% by June 2027.');
    expect(quotes).toContain('20%');
    expect(quotes.some((q) => q.includes('June 2027'))).toBe(true);
  });
});
