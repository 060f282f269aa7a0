import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/translate.ts';
import { checkSurveyAnswers, isSurveyItemId, surveyInstrument } from './instrument.ts';
import { CHANGE_ELEMENTS, INSTRUMENT_V1_ITEMS, MAX_OPEN_ANSWER, PERCEPTIONS } from './survey-types.ts';

describe('surveyInstrument', () => {
  const v1 = surveyInstrument(1);

  it('has a section per change element with two statements, then the tool with the five perceptions', () => {
    expect(v1?.sections.map((s) => s.id)).toEqual([...CHANGE_ELEMENTS, 'tool']);
    for (const element of CHANGE_ELEMENTS) {
      const section = v1?.sections.find((s) => s.id === element);
      expect(section?.items.map((i) => i.id)).toEqual([`${element}.1`, `${element}.2`]);
    }
    expect(v1?.sections.at(-1)?.items.map((i) => i.id)).toEqual([...PERCEPTIONS]);
    const all = v1?.sections.flatMap((s) => s.items.map((i) => i.id));
    expect(all).toEqual([...INSTRUMENT_V1_ITEMS]);
    expect(v1?.scale.map((s) => s.value)).toEqual([1, 2, 3, 4, 5]);
    expect(v1?.openQuestions.map((q) => q.id)).toEqual(['helps', 'concerns']);
  });

  it('is undefined for a version it does not know', () => {
    expect(surveyInstrument(0)).toBeUndefined();
    expect(surveyInstrument(2)).toBeUndefined();
    expect(surveyInstrument(1.5)).toBeUndefined();
  });

  it.each(['nl', 'en'] as const)('has a text for every key in %s, and the intro names k', (locale) => {
    const i18n = createI18n(locale);
    const keys = [
      v1?.introKey,
      ...(v1?.scale ?? []).map((s) => s.key),
      ...(v1?.sections ?? []).flatMap((s) => [s.titleKey, ...s.items.map((i) => i.key)]),
      ...(v1?.openQuestions ?? []).map((q) => q.key),
    ];
    expect(keys).toHaveLength(1 + 5 + 6 + 15 + 2);
    for (const key of keys) expect(i18n.exists(key as string), key).toBe(true);
    const intro = i18n.t(v1?.introKey as string, { k: 5 });
    expect(intro).toMatch(locale === 'nl' ? /minstens 5 mensen/ : /at least 5 people/);
    expect(intro).toMatch(/5 min/);
  });

  it('speaks to the reader as "je" in Dutch, never "u"', () => {
    const i18n = createI18n('nl');
    const texts = (v1?.sections ?? []).flatMap((s) => s.items.map((i) => i18n.t(i.key)));
    texts.push(i18n.t(v1?.introKey as string, { k: 5 }));
    for (const text of texts) expect(text).not.toMatch(/\b(u|uw)\b/);
  });
});

describe('isSurveyItemId', () => {
  it('knows the items of version 1 and nothing else', () => {
    expect(isSurveyItemId('awareness.1')).toBe(true);
    expect(isSurveyItemId('jobWorry')).toBe(true);
    expect(isSurveyItemId('awareness.3')).toBe(false);
    expect(isSurveyItemId('__proto__')).toBe(false);
    expect(isSurveyItemId(1)).toBe(false);
  });
});

describe('checkSurveyAnswers', () => {
  it('keeps the answers in the instrument order and trims open answers, dropping empty ones', () => {
    const result = checkSurveyAnswers(1, {
      answers: { trust: 4, 'awareness.2': 1, 'awareness.1': 5 },
      open: { helps: '  meer tijd  ', concerns: '   ' },
    });
    expect(result).toEqual({
      ok: true,
      value: { answers: { 'awareness.1': 5, 'awareness.2': 1, trust: 4 }, open: { helps: 'meer tijd' } },
    });
    expect(Object.keys(result.ok ? result.value.answers : {})).toEqual([
      'awareness.1',
      'awareness.2',
      'trust',
    ]);
  });

  it('names an unknown item id and a value off the scale', () => {
    const result = checkSurveyAnswers(1, {
      answers: { 'awareness.9': 3, ease: 6, trust: 2.5, usefulness: '4' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((p) => [p.path, p.message.key])).toEqual([
      ['awareness.9', 'survey.problem.unknownItem'],
      ['ease', 'survey.problem.notOnScale'],
      ['trust', 'survey.problem.notOnScale'],
      ['usefulness', 'survey.problem.notOnScale'],
    ]);
    expect(result.error[0]?.message.params).toEqual({ id: 'awareness.9' });
  });

  it('refuses a submission with nothing answered, and an unknown version', () => {
    const none = checkSurveyAnswers(1, { answers: {}, open: { helps: ' ' } });
    expect(none.ok ? [] : none.error.map((p) => p.message.key)).toEqual(['survey.problem.nothingAnswered']);
    const version = checkSurveyAnswers(7, { answers: { ease: 3 } });
    expect(version.ok ? [] : version.error.map((p) => p.message.key)).toEqual([
      'survey.problem.unknownVersion',
    ]);
  });

  it('accepts only open answers, and refuses unknown or overlong ones', () => {
    expect(checkSurveyAnswers(1, { answers: {}, open: { concerns: 'x' } }).ok).toBe(true);
    const bad = checkSurveyAnswers(1, {
      answers: {},
      open: { other: 'x', helps: 'y'.repeat(MAX_OPEN_ANSWER + 1), concerns: 3 },
    });
    expect(bad.ok ? [] : bad.error.map((p) => [p.path, p.message.key])).toEqual([
      ['other', 'survey.problem.unknownQuestion'],
      ['helps', 'survey.problem.tooLong'],
      ['concerns', 'survey.problem.notText'],
    ]);
  });

  it('does not fall for a __proto__ key', () => {
    const answers = JSON.parse('{"__proto__": 3, "ease": 4}') as Record<string, unknown>;
    const result = checkSurveyAnswers(1, { answers });
    expect(result.ok ? [] : result.error.map((p) => p.path)).toEqual(['__proto__']);
  });
});
