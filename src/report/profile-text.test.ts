import { describe, expect, it } from 'vitest';
import enProfiler from '../i18n/locales/en/profiler.json' with { type: 'json' };
import nlProfiler from '../i18n/locales/nl/profiler.json' with { type: 'json' };
import { formatDuration, formatShare, renderProfileMessage } from './profile-text.ts';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('profile texts', () => {
  it('has the same keys in Dutch and English', () => {
    expect(keys(nlProfiler).sort()).toEqual(keys(enProfiler).sort());
  });
  it('formats shares, durations and nested type keys per locale', () => {
    expect(formatShare(0.034, 'nl')).toBe('3,4%');
    expect(formatDuration(46 * 86_400, 'nl')).toBe('46 dagen');
    expect(formatDuration(600, 'en')).toBe('10 minutes');
    const text = renderProfileMessage(
      {
        key: 'profiler.issue.mixedTypes',
        params: { column: 'x', count: 3, type: 'profiler.type.decimal', values: '"a"' },
      },
      'nl',
    );
    expect(text).toBe('Kolom "x" bevat vooral getallen, maar 3 waarden niet (bijvoorbeeld "a").');
  });
});
