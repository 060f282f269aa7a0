import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources.ts';
import { initialResources, LAZY_NAMESPACES } from './initial-resources.ts';

describe('the translations of the first download', () => {
  it('are every namespace of resources.ts but the lazy ones, under the same names', () => {
    for (const language of ['nl', 'en'] as const) {
      const expected: Record<string, unknown> = { ...resources[language] };
      for (const ns of LAZY_NAMESPACES) delete expected[ns];
      expect(initialResources[language]).toEqual(expected);
    }
  });
});
