import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale, resources } from './resources.ts';
import { createI18n } from './translate.ts';

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    return typeof v === 'string' ? [[key, v] as [string, string]] : flatten(v, key);
  });
}

const texts = (locale: Locale) => flatten(resources[locale] as unknown as Tree);

/** i18next's plural suffixes; Dutch and English need `one` and `other`. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * Nouns whose singular differs from their plural, as they stand after a number in our texts.
 * A number placeholder right before one of these must be the plural `count` of a plural key.
 */
const PLURAL_NOUNS: Record<Locale, readonly string[]> = {
  nl: [
    'rijen',
    'kolommen',
    'waarden',
    'getallen',
    'metingen',
    'gaten',
    'dagen',
    'maanden',
    'weken',
    'werkweken',
    'minuten',
    'seconden',
    'regels',
    'bevindingen',
    'punten',
    'vragen',
    'kernvragen',
    'bronnen',
    'bestanden',
    'factoren',
    'faalfactoren',
    'succesvoorwaarden',
    "KPI's",
    'reeksen',
    'medewerkers',
    'mensen',
    'records',
    'tekens',
    "scenario's",
    'simulaties',
    'kandidaten',
    'stuks',
    'meldingen',
    'manieren',
    'schrijfwijzen',
    'voorbeelden',
    'kopieën',
    'fouten',
    'keren',
    'leveranciers',
    'acties',
    'versies',
    'wijzigingen',
    'gebruikers',
    'leden',
    'uitnodigingen',
    'sleutels',
  ],
  en: [
    'rows',
    'columns',
    'values',
    'numbers',
    'readings',
    'gaps',
    'days',
    'months',
    'weeks',
    'years',
    'hours',
    'minutes',
    'seconds',
    'lines',
    'findings',
    'points',
    'questions',
    'sources',
    'files',
    'factors',
    'conditions',
    'KPIs',
    'employees',
    'people',
    'records',
    'characters',
    'scenarios',
    'simulations',
    'candidates',
    'items',
    'ways',
    'times',
    'issues',
    'spellings',
    'duplicates',
    'errors',
    'examples',
    'copies',
    'vendors',
    'actions',
    'versions',
    'changes',
    'users',
    'members',
    'invitations',
    'tokens',
    'saves',
  ],
};

/**
 * Placeholders that stand before a plural noun and are never one, with the reason. Anything else
 * before a plural noun is a count that can be 1 and needs plural forms.
 */
const NEVER_ONE: Record<string, string> = {
  total: 'the size of a fixed set of questions, or of every series when some are listed: always several',
  min: 'a password policy length, twelve or more',
  max: 'a password policy length, or an upper bound of an input',
  limit: 'a size limit of the app (characters of a use-case file or of an address part), always large',
};

describe('plurals', () => {
  for (const locale of LOCALES) {
    const all = texts(locale);

    it(`${locale}: never fakes a plural with parentheses ("maand(en)", "KPI('s)", "row(s)")`, () => {
      const faked = all
        .filter(([, v]) => /\p{L}\((en|n|s|'s|e|es|ren)\)/u.test(v))
        .map(([k, v]) => `${k}: ${v}`);
      expect(faked).toEqual([]);
    });

    it(`${locale}: uses {{count}} only in plural forms, and every plural has its one and other form`, () => {
      const keys = new Set(all.map(([k]) => k));
      const notPlural = all
        .filter(([k, v]) => /\{\{\s*count\b/.test(v) && !PLURAL_SUFFIX.test(k))
        .map(([k]) => k);
      expect(notPlural).toEqual([]);
      const stems = new Set(
        all.filter(([k]) => PLURAL_SUFFIX.test(k)).map(([k]) => k.replace(PLURAL_SUFFIX, '')),
      );
      const incomplete = [...stems].filter((s) => !keys.has(`${s}_one`) || !keys.has(`${s}_other`));
      expect(incomplete).toEqual([]);
    });

    it(`${locale}: puts no number that can be one before a plural noun ("1 rijen", "{{n}} values")`, () => {
      const nouns = PLURAL_NOUNS[locale].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
      const afterNumber = new RegExp(`(?:\\{\\{\\s*(\\w+)[^}]*\\}\\}|\\b(1))\\s+(?:${nouns})\\b`, 'gu');
      const faked: string[] = [];
      for (const [key, value] of all) {
        for (const m of value.matchAll(afterNumber)) {
          const variable = m[1];
          // A plural form is chosen by `count`, the figure it shows (passed as text too, as `countText`).
          const isPluralForm = PLURAL_SUFFIX.test(key) && !key.endsWith('_one');
          const isTheCount = variable === 'count' || variable === 'countText';
          const isOne = m[2] === '1' || (key.endsWith('_one') && isTheCount);
          if (isOne || !(isPluralForm || (variable !== undefined && variable in NEVER_ONE))) {
            faked.push(`${key}: …${m[0]}…`);
          }
        }
      }
      expect(faked).toEqual([]);
    });
  }

  it('renders one and many the way a reader expects', () => {
    const nl = createI18n('nl');
    expect(nl.t('profiler.issue.missing', { column: 'prijs', count: 1, share: 0.001 })).toContain('1 rij ');
    expect(nl.t('assessment.verdict.reason.fixFirstFactors', { count: 1 })).not.toMatch(/\(en\)|factoren/);
    const en = createI18n('en');
    expect(en.t('profiler.issue.missing', { column: 'price', count: 1, share: 0.001 })).toContain('1 row ');
  });
});
