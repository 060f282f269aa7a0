import { describe, expect, it } from 'vitest';
import { diffUseCases } from '../../../src/core/use-case/diff-use-cases.ts';
import { useCaseJsonSchema } from '../../../src/core/use-case/json-schema.ts';
import type { UseCase } from '../../../src/core/use-case/use-case-schema.ts';
import { localeFormat } from '../../../src/i18n/locale-format.ts';
import type { Locale } from '../../../src/i18n/resources.ts';
import { translator } from '../../../src/i18n/translate.ts';
import { describeChanges } from './describe-changes.ts';

type Schema = { type?: string; enum?: string[]; properties?: Record<string, Schema>; items?: Schema };

/** A document with every answer the schema allows given, lists with one item, from the JSON Schema. */
function everyAnswer(schema: Schema): unknown {
  const props = schema.properties ?? {};
  if (schema.type === 'object' && ['low', 'likely', 'high'].every((k) => k in props)) {
    return { low: 1, likely: 2, high: 3 };
  }
  if (schema.type === 'object') {
    return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, everyAnswer(v)]));
  }
  if (schema.type === 'array') {
    const item = schema.items;
    return [item?.type === 'object' ? everyAnswer(item) : item?.enum ? item.enum[0] : 'x'];
  }
  if (schema.type === 'boolean') return true;
  if (schema.enum) return schema.enum[0];
  return schema.type === 'string' ? 'x' : 1;
}

const lines = (locale: Locale, before: UseCase, after: UseCase) =>
  describeChanges(
    diffUseCases(before, after),
    translator(locale) as (key: string, options?: Record<string, unknown>) => string,
    localeFormat(locale),
  ).map(({ label, before, after }) => [label, before, after]);

describe('describeChanges', () => {
  it('names every answer of the schema by a question in both languages, never by its path', () => {
    const all = everyAnswer(useCaseJsonSchema() as Schema) as UseCase;
    for (const locale of ['nl', 'en'] as const) {
      const described = describeChanges(
        diffUseCases({}, all),
        translator(locale) as (key: string, options?: Record<string, unknown>) => string,
        localeFormat(locale),
      );
      expect(described.length).toBeGreaterThan(80);
      for (const line of described) {
        expect(line.label, line.key).not.toMatch(/^[a-z]+[A-Z.]|\.|^businessCase|web\.|intake\./);
        expect(line.after, line.key).not.toMatch(/^[{[]|web\.|intake\.|businessCase\./);
      }
    }
  });

  it('shows old → new as the intake shows the answers, in Dutch', () => {
    expect(
      lines(
        'nl',
        {
          title: 'Facturen',
          problem: { hourlyCost: 45, errorRate: 0.04, baselineMeasured: false, origin: 'hype' },
          partner: { vendors: [{ name: 'Acme' }] },
        },
        {
          title: 'Facturen inlezen',
          problem: { hourlyCost: 52.5, errorRate: 0.05, baselineMeasured: true, origin: 'problem' },
          partner: { vendors: [{ name: 'Acme', exitTerms: true }] },
          notApplicable: ['data.legalBasis'],
          businessCase: { yearlyCosts: { licence: { low: 1000, likely: 1200, high: 4800 } } },
        },
      ),
    ).toEqual([
      ['Titel', 'Facturen', 'Facturen inlezen'],
      ['Kosten per uur, inclusief werkgeverslasten', '€ 45', '€ 52,50'],
      ['Welk deel gaat nu fout?', '4%', '5%'],
      ['Zijn tijd en fouten echt gemeten (niet geschat)?', 'Nee', 'Ja'],
      ['Waar komt het idee vandaan?', expect.any(String), expect.any(String)],
      // In the order the intake asks: the data step before the partner step.
      [expect.stringMatching(/grondslag/i), null, 'Niet van toepassing'],
      ['Leverancier 1 · Er zijn afspraken over opzeggen en vertrekken', null, 'Ja'],
      ['Licentie (per jaar)', null, 'laag € 1.000 · waarschijnlijk € 1.200 · hoog € 4.800'],
    ]);
  });

  it('speaks English to an English reader', () => {
    expect(lines('en', { problem: { hoursPerWeek: 10 } }, { problem: { hoursPerWeek: 12.5 } })).toEqual([
      ['How many hours a week go into it by hand now?', '10 hours/week', '12.5 hours/week'],
    ]);
  });

  it('shortens a long text, so one statement does not fill the page', () => {
    const [line] = lines('nl', {}, { problem: { statement: 'woord '.repeat(100) } });
    expect(String(line?.[2]).length).toBeLessThanOrEqual(160);
    expect(String(line?.[2])).toMatch(/…$/);
  });
});
