import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZSurveyExport } from '../../api/survey-schemas.ts';
import { aggregateSurvey, anonymisedExport, OTHER_GROUP_KEY } from './aggregate-survey.ts';
import {
  CHANGE_ELEMENTS,
  INSTRUMENT_V1_ITEMS,
  type SurveyAnswers,
  type SurveyGroup,
  type SurveyResponse,
  type SurveyResults,
} from './survey-types.ts';

const keep = <T>(xs: readonly T[]): T[] => [...xs];
const reverse = <T>(xs: readonly T[]): T[] => [...xs].reverse();

/** A response answering every item with `value`, through `group`'s link. */
function all(
  value: 1 | 2 | 3 | 4 | 5,
  group: string | null = null,
  open: SurveyResponse['open'] = {},
): SurveyResponse {
  const answers: SurveyAnswers = {};
  for (const id of INSTRUMENT_V1_ITEMS) answers[id] = value;
  return { group, answers, open };
}

function times(n: number, make: (i: number) => SurveyResponse): SurveyResponse[] {
  return Array.from({ length: n }, (_, i) => make(i));
}

const GROUPS: SurveyGroup[] = [
  { key: 'sales', label: 'Verkoop' },
  { key: 'office', label: 'Kantoor' },
  { key: 'warehouse', label: 'Magazijn' },
];

function run(responses: SurveyResponse[], options: Partial<Parameters<typeof aggregateSurvey>[0]> = {}) {
  return aggregateSurvey({
    responses,
    groups: GROUPS,
    k: 5,
    status: 'closed',
    instrumentVersion: 1,
    shuffle: keep,
    ...options,
  });
}

const elementFigure = (results: SurveyResults, id: string) =>
  results.overall?.elements.find((e) => e.id === id)?.figure;

describe('aggregateSurvey: element scores', () => {
  it('scores a person by the mean of the statements they answered, and an element by the mean of persons', () => {
    const responses: SurveyResponse[] = [
      { group: null, answers: { 'awareness.1': 1, 'awareness.2': 2 }, open: {} }, // 1.5: disagrees
      { group: null, answers: { 'awareness.1': 2, 'awareness.2': 3 }, open: {} }, // 2.5: neither
      { group: null, answers: { 'awareness.2': 4 }, open: {} }, // 4: agrees
      { group: null, answers: { 'awareness.1': 5, 'awareness.2': 5 }, open: {} }, // 5: agrees
      { group: null, answers: { 'awareness.1': 2 }, open: {} }, // 2: disagrees
      { group: null, answers: { trust: 3 }, open: {} }, // no awareness score
    ];
    const figure = elementFigure(run(responses), 'awareness');
    // (1.5 + 2.5 + 4 + 5 + 2) / 5 = 3
    expect(figure).toEqual({ mean: 3, disagreeShare: 2 / 5, agreeShare: 2 / 5, answered: 5 });
  });

  it('rounds the mean to one decimal for showing and takes the shares on the raw scores', () => {
    const responses = [all(2), all(2), all(2), all(3), all(3), all(3), all(5)];
    const results = run(responses);
    const figure = elementFigure(results, 'desire');
    expect(figure?.mean).toBe(2.9); // 20 / 7 = 2.857…
    expect(figure?.disagreeShare).toBeCloseTo(3 / 7, 12);
    expect(figure?.agreeShare).toBeCloseTo(1 / 7, 12);
  });

  it('rounds halves up exactly (2.25 → 2.3), not by floating-point luck', () => {
    const responses: SurveyResponse[] = [
      { group: null, answers: { 'ability.1': 2, 'ability.2': 3 }, open: {} },
      { group: null, answers: { 'ability.1': 2 }, open: {} },
      { group: null, answers: { 'ability.1': 2 }, open: {} },
      { group: null, answers: { 'ability.1': 2, 'ability.2': 3 }, open: {} },
      { group: null, answers: { trust: 1 }, open: {} },
    ];
    // persons: 2.5, 2, 2, 2.5 → 9 / 4 = 2.25, but only 4 answered: below k
    expect(elementFigure(run(responses), 'ability')).toBeNull();
    expect(elementFigure(run(responses, { k: 4 }), 'ability')?.mean).toBe(2.3);
  });

  it('gives no figure for an element or perception fewer than k people answered', () => {
    const responses = [
      ...times(4, () => all(4)),
      { group: null, answers: { ease: 2 }, open: {} } as SurveyResponse,
    ];
    const results = run(responses);
    expect(results.shown).toBe(true);
    expect(elementFigure(results, 'awareness')).toBeNull();
    expect(results.overall?.perceptions.find((p) => p.id === 'ease')?.figure?.answered).toBe(5);
    expect(results.overall?.perceptions.find((p) => p.id === 'trust')?.figure).toBeNull();
  });

  it('names the first change element whose mean is at most 3 as the barrier', () => {
    const answers: SurveyAnswers = {
      'awareness.1': 4,
      'awareness.2': 4,
      'desire.1': 4,
      'desire.2': 4,
      'knowledge.1': 3,
      'knowledge.2': 3,
      'ability.1': 1,
      'ability.2': 1,
    };
    const results = run(times(5, () => ({ group: null, answers, open: {} })));
    expect(results.barrier).toBe('knowledge');
    expect(run(times(5, () => all(4))).barrier).toBeNull();
  });

  it('judges the barrier on the mean as shown: 3.04 shows as 3.0 and is a barrier', () => {
    // persons 3, 3, 3, 3, 3, 3, 3, 3, 3, 3.5 … one decimal: 30.5 / 10 = 3.05 → 3.1; so build 3.04 as 76/25
    const responses = [...times(24, () => all(3)), all(4)];
    const figure = elementFigure(run(responses), 'awareness');
    expect(figure?.mean).toBe(3);
    expect(run(responses).barrier).toBe('awareness');
  });
});

describe('aggregateSurvey: counts while open and below k', () => {
  it('hides even the count while the round is open and below k', () => {
    const results = run(
      times(4, () => all(2, 'sales', { helps: 'tijd' })),
      { status: 'open' },
    );
    expect(results).toEqual({
      status: 'open',
      k: 5,
      instrumentVersion: 1,
      responses: null,
      shown: false,
      overall: null,
      barrier: null,
      groups: [],
      hiddenGroups: 0,
      openAnswers: [],
    });
  });

  it('gives the count but no figure once a round below k is closed', () => {
    const results = run(times(4, () => all(2, null, { helps: 'tijd' })));
    expect(results.responses).toBe(4);
    expect(results.shown).toBe(false);
    expect(results.overall).toBeNull();
    expect(results.openAnswers).toEqual([]);
  });

  it('shows figures from the k-th response on, open or closed', () => {
    const results = run(
      times(5, () => all(2)),
      { status: 'open' },
    );
    expect(results.responses).toBe(5);
    expect(results.shown).toBe(true);
    expect(results.barrier).toBe('awareness');
  });

  it('shows nothing of an empty round', () => {
    expect(run([], { status: 'closed' })).toMatchObject({ responses: 0, shown: false, overall: null });
  });
});

describe('aggregateSurvey: groups of 6, 4 and 2 with k = 5', () => {
  const responses = [
    ...times(6, (i) =>
      all(4, 'sales', { helps: `verkoop ${i}`, concerns: i === 0 ? '  ' : `zorg verkoop ${i}` }),
    ),
    ...times(4, (i) => all(2, 'office', { helps: `kantoor ${i}` })),
    ...times(2, (i) => all(1, 'warehouse', { helps: `magazijn ${i}`, concerns: `zorg magazijn ${i}` })),
  ];
  const results = run(responses);

  it('shows no group below k: the 4 and the 2 merge into other, and other (6) reaches k', () => {
    expect(results.responses).toBe(12);
    expect(results.groups.map((g) => [g.key, g.label, g.figures.responses])).toEqual([
      ['sales', 'Verkoop', 6],
      [OTHER_GROUP_KEY, null, 6],
    ]);
    expect(results.hiddenGroups).toBe(2);
    for (const group of results.groups) expect(group.figures.responses).toBeGreaterThanOrEqual(5);
  });

  it('lets no group be derived from the total minus the shown groups', () => {
    const shown = results.groups.reduce((n, g) => n + g.figures.responses, 0);
    expect(shown).toBe(results.responses);
    const named = results.groups
      .filter((g) => g.key !== OTHER_GROUP_KEY)
      .reduce((n, g) => n + g.figures.responses, 0);
    const remainder = (results.responses ?? 0) - named;
    expect(remainder === 0 || remainder >= 5).toBe(true);
  });

  it('mixes the group of 2 with the 4 in other: other’s mean is (4×2 + 2×1) / 6', () => {
    const other = results.groups.find((g) => g.key === OTHER_GROUP_KEY);
    expect(other?.figures.elements[0]?.figure?.mean).toBe(1.7);
  });

  it('never returns the free text of the group of 2 (nor of the 4), and drops empty answers', () => {
    const texts = results.openAnswers.flatMap((a) => a.texts);
    expect(texts.some((t) => t.includes('magazijn'))).toBe(false);
    expect(texts.some((t) => t.includes('kantoor'))).toBe(false);
    expect(results.openAnswers.find((a) => a.question === 'helps')?.texts).toHaveLength(6);
    expect(results.openAnswers.find((a) => a.question === 'concerns')?.texts).toHaveLength(5);
  });

  it('passes the free text through the shuffle', () => {
    const reversed = run(responses, { shuffle: reverse });
    expect(reversed.openAnswers[0]?.texts[0]).toBe('verkoop 5');
    expect(results.openAnswers[0]?.texts[0]).toBe('verkoop 0');
  });

  it('merges the smallest shown group when other would stay below k: 6, 6 and 2', () => {
    const r = run([
      ...times(6, () => all(4, 'sales')),
      ...times(6, () => all(3, 'office')),
      ...times(2, () => all(1, 'warehouse')),
    ]);
    // other = 2 is derivable; the last of the two smallest (office) joins it: sales 6, other 8.
    expect(r.groups.map((g) => [g.key, g.figures.responses])).toEqual([
      ['sales', 6],
      [OTHER_GROUP_KEY, 8],
    ]);
    expect(r.hiddenGroups).toBe(2);
  });

  it('shows no split when merging leaves one part: 6 and 2', () => {
    const r = run([
      ...times(6, () => all(4, 'sales', { helps: 'a' })),
      ...times(2, () => all(1, 'warehouse', { helps: 'b' })),
    ]);
    expect(r.groups).toEqual([]);
    expect(r.hiddenGroups).toBe(2);
    expect(r.openAnswers[0]?.texts).toEqual(['a', 'a', 'a', 'a', 'a', 'a']);
  });

  it('shows no split for a round with only the general link', () => {
    const r = run(times(8, () => all(3)));
    expect(r.groups).toEqual([]);
    expect(r.hiddenGroups).toBe(0);
  });

  it('counts the general link under other, and keeps its free text when it has k', () => {
    const r = run([
      ...times(5, () => all(4, 'sales')),
      ...times(5, (i) => all(2, null, { helps: `algemeen ${i}` })),
    ]);
    expect(r.groups.map((g) => [g.key, g.figures.responses])).toEqual([
      ['sales', 5],
      [OTHER_GROUP_KEY, 5],
    ]);
    expect(r.hiddenGroups).toBe(0);
    expect(r.openAnswers[0]?.texts).toHaveLength(5);
  });

  it('hides a group’s figure that could be derived from the overall one (one element, 5 + 4 people)', () => {
    // Both groups have 5+ responses, but only 4 people in office answered awareness: its figure is
    // hidden, and so is sales', or overall − sales would give office's.
    const office: SurveyResponse[] = [
      ...times(4, () => all(1, 'office')),
      { group: 'office', answers: { trust: 3 }, open: {} },
    ];
    const r = run([...times(5, () => all(5, 'sales')), ...office]);
    expect(r.groups.map((g) => g.key)).toEqual(['sales', 'office']);
    const awareness = r.groups.map((g) => g.figures.elements[0]?.figure ?? null);
    expect(awareness).toEqual([null, null]);
    expect(elementFigure(r, 'awareness')?.answered).toBe(9);
    // trust: everyone answered it, every group shows it
    expect(
      r.groups.map((g) => g.figures.perceptions.find((p) => p.id === 'trust')?.figure?.answered),
    ).toEqual([5, 5]);
  });
});

describe('aggregateSurvey: properties (anonymity holds for any round)', () => {
  const score = fc.constantFrom(1, 2, 3, 4, 5) as fc.Arbitrary<1 | 2 | 3 | 4 | 5>;
  const answers = fc.dictionary(fc.constantFrom(...INSTRUMENT_V1_ITEMS), score, {
    maxKeys: 6,
  }) as fc.Arbitrary<SurveyAnswers>;
  const response = fc.record({
    group: fc.constantFrom(null, 'a', 'b', 'c', 'd', 'other'),
    answers,
    open: fc.record({ helps: fc.constantFrom('', ' ', 'x', 'y') }, { requiredKeys: [] }),
  }) as fc.Arbitrary<SurveyResponse>;
  const round = fc.record({
    responses: fc.array(response, { maxLength: 30 }),
    k: fc.integer({ min: 3, max: 10 }),
    status: fc.constantFrom('open' as const, 'closed' as const),
  });
  const groups: SurveyGroup[] = ['a', 'b', 'c', 'd'].map((key) => ({ key, label: key.toUpperCase() }));
  const aggregate = (r: { responses: SurveyResponse[]; k: number; status: 'open' | 'closed' }) =>
    aggregateSurvey({ ...r, groups, instrumentVersion: 1, shuffle: keep });

  it('shows no group, figure or remainder below k, and no figure derivable from the overall one', () => {
    fc.assert(
      fc.property(round, (r) => {
        const results = aggregate(r);
        const { k } = r;
        if (r.status === 'open' && r.responses.length < k) expect(results.responses).toBeNull();
        if (!results.shown) {
          expect(results.overall).toBeNull();
          expect(results.groups).toEqual([]);
          expect(results.openAnswers).toEqual([]);
          return;
        }
        expect(results.groups.length === 0 || results.groups.length >= 2).toBe(true);
        const figures = [results.overall, ...results.groups.map((g) => g.figures)];
        for (const f of figures) {
          for (const item of [...(f?.elements ?? []), ...(f?.perceptions ?? [])]) {
            if (item.figure) expect(item.figure.answered).toBeGreaterThanOrEqual(k);
          }
        }
        if (results.groups.length > 0) {
          for (const g of results.groups) expect(g.figures.responses).toBeGreaterThanOrEqual(k);
          expect(results.groups.reduce((n, g) => n + g.figures.responses, 0)).toBe(results.responses);
          // Per item: the people behind hidden group figures are none or at least k.
          const items = (f: NonNullable<SurveyResults['overall']>) => [...f.elements, ...f.perceptions];
          const overall = items(results.overall as NonNullable<SurveyResults['overall']>);
          overall.forEach((o, j) => {
            if (!o.figure) return;
            const shownPeople = results.groups.reduce(
              (n, g) => n + (items(g.figures)[j]?.figure?.answered ?? 0),
              0,
            );
            const hidden = o.figure.answered - shownPeople;
            expect(hidden === 0 || hidden >= k).toBe(true);
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns free text only from links with at least k responses', () => {
    fc.assert(
      fc.property(round, (r) => {
        const results = aggregate(r);
        const size = (g: string | null) => r.responses.filter((x) => x.group === g).length;
        const allowed = r.responses
          .filter((x) => size(x.group) >= r.k)
          .flatMap((x) => (x.open.helps?.trim() ? [x.open.helps.trim()] : []));
        const texts = results.openAnswers.find((a) => a.question === 'helps')?.texts ?? [];
        expect(texts).toEqual(results.shown ? allowed : []);
      }),
      { numRuns: 200 },
    );
  });

  it('exports what reads back to the same figures, groups and free text', () => {
    fc.assert(
      fc.property(round, (r) => {
        const results = aggregate({ ...r, status: 'closed' });
        const doc = anonymisedExport({
          title: 't',
          wave: 'end',
          instrumentVersion: 1,
          groups,
          ...r,
          shuffle: reverse,
        });
        expect(ZSurveyExport.safeParse(doc).success).toBe(true);
        const again = aggregateSurvey({
          responses: doc.responses,
          groups: doc.groups,
          k: doc.k,
          status: 'closed',
          instrumentVersion: 1,
          shuffle: keep,
        });
        if (!results.shown) {
          expect(doc.responses).toEqual([]);
          return;
        }
        expect(again.overall).toEqual(results.overall);
        expect(again.barrier).toEqual(results.barrier);
        expect(again.groups).toEqual(results.groups);
        // The export leaves every open answer out.
        expect(again.openAnswers.flatMap((a) => a.texts)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('anonymisedExport', () => {
  const responses = [
    ...times(6, (i) => all(4, 'sales', { helps: `verkoop ${i}` })),
    ...times(4, (i) => all(2, 'office', { helps: `kantoor ${i}` })),
    ...times(2, (i) => all(1, 'warehouse', { concerns: `magazijn ${i}` })),
  ];
  const doc = anonymisedExport({
    title: 'Offertes',
    wave: 'end',
    k: 5,
    instrumentVersion: 1,
    groups: GROUPS,
    responses,
    shuffle: reverse,
  });

  it('is a ZSurveyExport document listing only the shown groups', () => {
    expect(ZSurveyExport.parse(doc)).toEqual(doc);
    expect(doc).toMatchObject({ format: 'haalbaar-survey-export', formatVersion: 1, k: 5, wave: 'end' });
    expect(doc.groups).toEqual([{ key: 'sales', label: 'Verkoop' }]);
  });

  it('relabels small groups as other and leaves every open answer out', () => {
    expect(doc.responses.map((r) => r.group)).toEqual([...Array(6).fill('other'), ...Array(6).fill('sales')]);
    expect(doc.responses.flatMap((r) => Object.values(r.open))).toEqual([]);
    expect(JSON.stringify(doc)).not.toContain('verkoop');
    expect(JSON.stringify(doc)).not.toMatch(/office|warehouse|Kantoor|Magazijn|kantoor|magazijn/);
  });

  it('exports no answers of a round below k, and null groups when no split is shown', () => {
    const few = anonymisedExport({
      title: 't',
      wave: 'start',
      k: 5,
      instrumentVersion: 1,
      groups: GROUPS,
      responses: times(4, () => all(3, 'sales')),
      shuffle: keep,
    });
    expect(few.responses).toEqual([]);
    const one = anonymisedExport({
      title: 't',
      wave: 'start',
      k: 5,
      instrumentVersion: 1,
      groups: GROUPS,
      responses: [...times(6, () => all(3, 'sales')), all(2, 'office')],
      shuffle: keep,
    });
    expect(one.groups).toEqual([]);
    expect(new Set(one.responses.map((r) => r.group))).toEqual(new Set([null]));
  });

  it('keeps only answers on the scale', () => {
    const odd = { group: null, answers: { trust: 9, ease: 2 } as unknown as SurveyAnswers, open: {} };
    const d = anonymisedExport({
      title: 't',
      wave: 'start',
      k: 3,
      instrumentVersion: 1,
      groups: [],
      responses: [odd, odd, odd],
      shuffle: keep,
    });
    expect(d.responses[0]?.answers).toEqual({ ease: 2 });
  });

  it('holds every change element in its id order', () => {
    expect(Object.keys(doc.responses[0]?.answers ?? {}).slice(0, 2)).toEqual([
      `${CHANGE_ELEMENTS[0]}.1`,
      `${CHANGE_ELEMENTS[0]}.2`,
    ]);
  });
});
