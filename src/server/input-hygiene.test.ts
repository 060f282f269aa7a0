import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  invalidInput,
  jsonNestsDeeperThan,
  multipartBoundary,
  unstorableCharacterAt,
  unstorableText,
} from './input-hygiene.ts';

/** Whether PostgreSQL could store the text: no NUL, every surrogate paired (what jsonb and text accept). */
function isStorable(text: string): boolean {
  if (text.includes('\u0000')) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return false;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

/** Nesting depth of a JSON value: 0 for a scalar, 1 for `[]` or `{}`. */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

describe('unstorableCharacterAt', () => {
  it('finds NUL and lone surrogates, and accepts emoji and other control characters', () => {
    expect(unstorableCharacterAt('abc')).toBe(-1);
    expect(unstorableCharacterAt('a\u0000b')).toBe(1);
    expect(unstorableCharacterAt('ab\uD800')).toBe(2);
    expect(unstorableCharacterAt('\uDC00ab')).toBe(0);
    expect(unstorableCharacterAt('\uDC00\uD800')).toBe(0);
    expect(unstorableCharacterAt('fiets 🚲 \u0001\t\u007f')).toBe(-1);
  });

  it('agrees with a character-by-character check on any UTF-16 text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(unstorableCharacterAt(text) === -1).toBe(isStorable(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('unstorableText', () => {
  it('names every bad string and key with its path, like the schema errors do', () => {
    const problems = unstorableText(
      { document: { title: 'a\u0000', tags: ['ok', 'x\uD800'] }, ['k\u0000']: 1, fine: 3 },
      'body',
    );
    expect(problems.map((p) => p.path)).toEqual([
      'body.document.title',
      'body.document.tags[1]',
      'body["k\\u0000"]',
    ]);
    expect(problems[0]?.message).toEqual({ key: 'input.unstorableCharacter', params: { position: 2 } });
  });

  it('reports at most ten problems and survives nesting deeper than the call stack', () => {
    expect(unstorableText(Array(50).fill('\u0000'), 'body')).toHaveLength(10);
    let deep: unknown = '\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(unstorableText(deep, 'body')).toHaveLength(1);
  });

  it('finds a problem exactly when some string or key of a JSON value cannot be stored', () => {
    const texts = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : value !== null && typeof value === 'object'
          ? Object.entries(value).flatMap(([k, v]) => (Array.isArray(value) ? texts(v) : [k, ...texts(v)]))
          : [];
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }), (value) => {
        const problems = unstorableText(value, 'body');
        expect(problems.length === 0).toBe(texts(value).every(isStorable));
      }),
      { numRuns: 300 },
    );
  });
});

describe('jsonNestsDeeperThan', () => {
  it('measures the nesting of any JSON text, ignoring brackets inside strings', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 8 }), (value, limit) => {
        const text = JSON.stringify(value) ?? 'null';
        expect(jsonNestsDeeperThan(text, limit)).toBe(depthOf(value) > limit);
      }),
      { numRuns: 300 },
    );
  });

  it('stops early on a megabyte of opening brackets', () => {
    expect(jsonNestsDeeperThan('['.repeat(1024 * 1024), 64)).toBe(true);
    expect(jsonNestsDeeperThan('"[[[[\\"[[["', 2)).toBe(false);
  });
});

describe('multipartBoundary', () => {
  it('reads plain and quoted boundaries and refuses missing, empty or absurdly long ones', () => {
    expect(multipartBoundary('multipart/form-data; boundary=abc')).toBe('abc');
    expect(multipartBoundary('multipart/form-data; boundary="a b;c"')).toBe('a b;c');
    expect(multipartBoundary('multipart/form-data;BOUNDARY=x')).toBe('x');
    expect(multipartBoundary('multipart/form-data')).toBeNull();
    expect(multipartBoundary('multipart/form-data; boundary=')).toBeNull();
    expect(multipartBoundary('multipart/form-data; boundary=""')).toBeNull();
    expect(multipartBoundary(`multipart/form-data; boundary=${'x'.repeat(300)}`)).toBeNull();
  });
});

describe('invalidInput', () => {
  it('is a VALIDATION_FAILED naming each field by its label for people, and by its path for programs', () => {
    const problems = unstorableText({ title: 'a\u0000' }, 'body');
    const en = invalidInput(problems, 'en');
    expect(en.code).toBe('VALIDATION_FAILED');
    expect(en.status).toBe(400);
    expect(en.params.problems).toMatch(/^Title: contains a character that cannot be stored/);
    expect(invalidInput(problems, 'nl').details).toEqual({
      problems: [
        {
          path: 'body.title',
          field: 'Titel',
          message: expect.stringMatching(/^bevat een teken dat niet kan/),
        },
      ],
    });
  });

  it('says so when the address is wrong, without the machine name of its part', () => {
    const wrongId = invalidInput([{ path: 'params.useCaseId', message: { key: 'input.format.id' } }], 'nl');
    expect(wrongId.params).toEqual({
      problems: 'De use case in het adres: geen geldige code',
      context: 'address',
    });
  });
});
