import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../i18n/translate.ts';
import { aggregateSurvey, anonymisedExport, type SurveyExportDocument } from './aggregate-survey.ts';
import { MAX_SURVEY_EXPORT_CHARS, parseSurveyExport, surveyExportCsv } from './parse-survey-export.ts';
import {
  INSTRUMENT_V1_ITEMS,
  MAX_OPEN_ANSWER,
  type SurveyAnswers,
  type SurveyResponse,
} from './survey-types.ts';

const keep = <T>(xs: readonly T[]): T[] => [...xs];

function all(
  value: 1 | 2 | 3 | 4 | 5,
  group: string | null,
  open: SurveyResponse['open'] = {},
): SurveyResponse {
  const answers: SurveyAnswers = {};
  for (const id of INSTRUMENT_V1_ITEMS) answers[id] = value;
  return { group, answers, open };
}

const exported: SurveyExportDocument = anonymisedExport({
  title: 'Offertes, met AI',
  wave: 'end',
  k: 5,
  instrumentVersion: 1,
  groups: [
    { key: 'sales', label: 'Verkoop' },
    { key: 'office', label: 'Kantoor' },
  ],
  responses: [
    ...Array.from({ length: 6 }, (_, i) =>
      all(4, 'sales', { helps: i === 0 ? '=HYPERLINK("x")' : `tijd, "echt" ${i}` }),
    ),
    ...Array.from({ length: 4 }, () => all(2, 'office', { helps: 'geheim' })),
    ...Array.from({ length: 2 }, () => all(1, null, { concerns: 'regel 1\nregel 2' })),
  ],
  shuffle: keep,
});
/**
 * The app's export leaves open answers out; a hand-made file may have them, so the reader and writer
 * still carry them: the same rows with texts (one a formula, one over two lines) put back.
 */
const doc: SurveyExportDocument = {
  ...exported,
  responses: exported.responses.map((r, i) => ({
    ...r,
    open:
      i === 0
        ? { helps: '=HYPERLINK("x")' }
        : i < 6
          ? { helps: `tijd, "echt" ${i}` }
          : i >= 10
            ? { concerns: 'regel 1\nregel 2' }
            : {},
  })),
};

const problemsOf = (result: ReturnType<typeof parseSurveyExport>) =>
  result.ok ? [] : result.error.map((p) => ({ path: p.path, line: p.line, key: p.message.key }));

describe('parseSurveyExport: JSON', () => {
  it('reads an export into the input of aggregateSurvey', () => {
    const parsed = parseSurveyExport(JSON.stringify(doc));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toMatchObject({
      title: 'Offertes, met AI',
      wave: 'end',
      k: 5,
      instrumentVersion: 1,
    });
    expect(parsed.value.groups).toEqual(doc.groups);
    expect(parsed.value.responses).toEqual(doc.responses);
  });

  it('raises k to --k, never lowers it', () => {
    const text = JSON.stringify(doc);
    expect(
      parseSurveyExport(text, { minimumK: 7 }).ok && parseSurveyExport(text, { minimumK: 7 }),
    ).toMatchObject({
      value: { k: 7 },
    });
    expect(parseSurveyExport(text, { minimumK: 3 })).toMatchObject({ ok: true, value: { k: 5 } });
  });

  it('names the field of every problem', () => {
    const bad = {
      ...doc,
      k: 2,
      wave: 'later',
      extra: true,
      responses: [
        { group: 'sales', answers: { 'awareness.1': 6, nonsense: 3 }, open: {} },
        { group: 5, answers: [], open: { helps: 'x'.repeat(MAX_OPEN_ANSWER + 1) } },
      ],
    };
    const text = JSON.stringify(bad);
    const problems = problemsOf(parseSurveyExport(text));
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['k', 'wave', 'extra', 'responses[1].group', 'responses[1].open.helps']),
    );
    const answerProblems = problemsOf(
      parseSurveyExport(JSON.stringify({ ...doc, responses: bad.responses.slice(0, 1) })),
    );
    expect(answerProblems).toEqual([
      { path: 'responses[0].answers.awareness.1', line: undefined, key: 'survey.problem.notOnScale' },
      { path: 'responses[0].answers.nonsense', line: undefined, key: 'survey.problem.unknownItem' },
    ]);
    const proto = JSON.stringify({
      ...doc,
      responses: [{ group: null, answers: { ease: 3 }, open: {} }],
    }).replace('"ease":3', '"__proto__":{"polluted":1},"ease":3');
    const protoProblems = problemsOf(parseSurveyExport(proto));
    expect(protoProblems.map((p) => p.path)).toEqual(['responses[0].answers.__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says what the file is not: not JSON, not an object, not an export, another version', () => {
    expect(problemsOf(parseSurveyExport('{"format": '))).toEqual([
      { path: '(file)', line: undefined, key: 'survey.export.syntax' },
    ]);
    expect(problemsOf(parseSurveyExport('[1]', { format: 'json' }))[0]?.key).toBe(
      'survey.export.notAnObject',
    );
    expect(problemsOf(parseSurveyExport('{"format": "pilot"}'))[0]?.key).toBe('survey.export.notAnExport');
    expect(problemsOf(parseSurveyExport(JSON.stringify({ ...doc, formatVersion: 2 })))[0]?.key).toBe(
      'survey.export.formatVersion',
    );
    expect(problemsOf(parseSurveyExport(JSON.stringify({ ...doc, instrumentVersion: 9 })))[0]?.key).toBe(
      'survey.export.unknownInstrument',
    );
  });

  it('refuses empty, binary and oversized text', () => {
    expect(problemsOf(parseSurveyExport('  \n'))[0]?.key).toBe('survey.export.empty');
    expect(problemsOf(parseSurveyExport('{\u0000}'))[0]?.key).toBe('survey.export.binary');
    expect(problemsOf(parseSurveyExport(' '.repeat(MAX_SURVEY_EXPORT_CHARS + 1)))[0]?.key).toBe(
      'survey.export.tooLarge',
    );
  });
});

describe('parseSurveyExport: CSV', () => {
  const csv = surveyExportCsv(doc);

  it('writes the settings as comments, then a header and a row per response', () => {
    const lines = csv.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '# haalbaar-survey-export 1',
      '# title: Offertes, met AI',
      '# wave: end',
      '# k: 5',
      '# instrumentVersion: 1',
      '# group: sales = Verkoop',
    ]);
    expect(lines[6]).toBe(`group,${INSTRUMENT_V1_ITEMS.join(',')},helps,concerns`);
    // a formula is guarded with a leading quote
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('reads back to the same content as the JSON', () => {
    const fromCsv = parseSurveyExport(csv);
    const fromJson = parseSurveyExport(JSON.stringify(doc));
    expect(fromCsv).toEqual(fromJson);
  });

  it('reads a hand-made file: semicolons, CRLF, few columns, no settings (k 5 or --k)', () => {
    const text = 'group;awareness.1;helps\r\nteam;2;"meer uitleg; graag"\r\n;4;\r\n';
    const parsed = parseSurveyExport(text);
    expect(parsed).toEqual({
      ok: true,
      value: {
        title: '',
        wave: null,
        k: 5,
        instrumentVersion: 1,
        groups: [],
        responses: [
          { group: 'team', answers: { 'awareness.1': 2 }, open: { helps: 'meer uitleg; graag' } },
          { group: null, answers: { 'awareness.1': 4 }, open: {} },
        ],
      },
    });
    expect(parseSurveyExport(text, { minimumK: 8 })).toMatchObject({ value: { k: 8 } });
  });

  it('names the line and column of a bad answer, an unknown column and a short row', () => {
    const text = [
      '# k: 5',
      'group,awareness.1,trust,helps',
      'a,4,5,ok',
      'a,six,3,ok',
      'a,4,0,"two',
      'lines"',
      'a,4',
    ].join('\n');
    expect(problemsOf(parseSurveyExport(text))).toEqual([
      { path: 'awareness.1', line: 4, key: 'survey.export.csv.badValue' },
      { path: 'trust', line: 5, key: 'survey.export.csv.badValue' },
      { path: '(row)', line: 7, key: 'survey.export.csv.fieldCount' },
    ]);
    expect(problemsOf(parseSurveyExport('group,awareness.3,helps,helps\n'))).toEqual([
      { path: '(header)', line: 1, key: 'survey.export.csv.unknownColumn' },
      { path: '(header)', line: 1, key: 'survey.export.csv.duplicateColumn' },
    ]);
    expect(problemsOf(parseSurveyExport('awareness.1\n3\n'))[0]?.key).toBe('survey.export.csv.missingColumn');
    expect(problemsOf(parseSurveyExport('group,helps\na,"open\n'))).toEqual([
      { path: '(file)', line: 2, key: 'survey.export.csv.unclosedQuote' },
    ]);
  });

  it('names a bad setting in the comments', () => {
    const text = '# k: 2\n# wave: soon\n# colour: red\n# instrumentVersion: 3\ngroup\na\n';
    expect(problemsOf(parseSurveyExport(text))).toEqual([
      { path: 'k', line: 1, key: 'survey.export.kOutOfRange' },
      { path: 'wave', line: 2, key: 'survey.export.unknownWave' },
      { path: '(header)', line: 3, key: 'survey.export.csv.badComment' },
      { path: 'instrumentVersion', line: 4, key: 'survey.export.unknownInstrument' },
    ]);
    expect(problemsOf(parseSurveyExport('# only a comment\n'))[0]?.key).toBe('survey.export.csv.badComment');
    expect(problemsOf(parseSurveyExport('# k: 5\n')).map((p) => p.key)).toEqual([
      'survey.export.csv.noHeader',
    ]);
  });

  it('renders every problem in both languages', () => {
    const texts = [
      parseSurveyExport('group,awareness.1\na,9\n'),
      parseSurveyExport('# k: 99\ngroup\n'),
      parseSurveyExport(
        JSON.stringify({ ...doc, responses: [{ group: null, answers: { x: 1 }, open: {} }] }),
      ),
    ].flatMap((r) => (r.ok ? [] : r.error));
    for (const problem of texts) {
      for (const locale of ['nl', 'en'] as const) {
        const text = renderMessage(problem.message, locale);
        expect(text).not.toMatch(/survey\.|\{\{/);
      }
    }
  });
});

describe('parseSurveyExport: hostile input never throws', () => {
  it('returns a result for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const json = parseSurveyExport(text, { format: 'json' });
        const csv = parseSurveyExport(text, { format: 'csv' });
        expect(typeof json.ok).toBe('boolean');
        expect(typeof csv.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('returns a result for CSV-like text made of the format’s own pieces', () => {
    const piece = fc.constantFrom(
      'group',
      'awareness.1',
      'helps',
      ',',
      ';',
      '"',
      '\n',
      '\r\n',
      '#',
      'k:',
      '5',
      'x',
      ' ',
      "'=",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        expect(typeof parseSurveyExport(pieces.join(''), { format: 'csv' }).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips any export through CSV', () => {
    const text = fc.string({ maxLength: 20 });
    const response = fc.record({
      group: fc.constantFrom(null, 'a', 'other'),
      answers: fc.dictionary(fc.constantFrom(...INSTRUMENT_V1_ITEMS), fc.constantFrom(1, 2, 3, 4, 5), {
        maxKeys: 4,
      }),
      open: fc.record({ helps: text, concerns: text }, { requiredKeys: [] }),
    }) as fc.Arbitrary<SurveyResponse>;
    fc.assert(
      fc.property(fc.array(response, { minLength: 5, maxLength: 12 }), (responses) => {
        const d = anonymisedExport({
          title: 't',
          wave: 'start',
          k: 5,
          instrumentVersion: 1,
          groups: [{ key: 'a', label: 'A' }],
          responses,
          shuffle: keep,
        });
        expect(parseSurveyExport(surveyExportCsv(d))).toEqual(parseSurveyExport(JSON.stringify(d)));
      }),
      { numRuns: 60 },
    );
  });

  it('feeds aggregateSurvey the same results from JSON and CSV', () => {
    const fromCsv = parseSurveyExport(surveyExportCsv(doc));
    if (!fromCsv.ok) throw new Error('unreadable');
    const results = aggregateSurvey({ ...fromCsv.value, status: 'closed', shuffle: keep });
    expect(results.groups.map((g) => [g.key, g.figures.responses])).toEqual([
      ['sales', 6],
      ['other', 6],
    ]);
    expect(results.openAnswers.flatMap((a) => a.texts)).not.toContain('geheim');
  });
});

describe('parseSurveyExport: a hostile file', () => {
  it('names at most 50 problems, however many cells are wrong', () => {
    const bad = {
      ...doc,
      responses: Array.from({ length: 2000 }, () => ({
        group: null,
        answers: { 'awareness.1': 9, 'desire.1': 0 },
        open: {},
      })),
    };
    const parsed = parseSurveyExport(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    expect(problemsOf(parsed)).toHaveLength(50);
  });
});
