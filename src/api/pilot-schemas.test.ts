import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { analysePilot, type PilotAnalysis } from '../core/pilot/analyse-pilot.ts';
import { parsePilotText } from '../core/pilot/parse-pilot.ts';
import { type Rendered, renderMessages } from '../i18n/translate.ts';
import type { KnownFields } from './known-fields.ts';
import { type RenderedPilotAnalysis, ZPilotAnalysis } from './pilot-schemas.ts';

const examples = join(import.meta.dirname, '../../examples/pilot');

function analysed(file: string): PilotAnalysis {
  const parsed = parsePilotText(readFileSync(join(examples, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return analysePilot(parsed.value);
}

describe('the pilot analysis contract', () => {
  it('types every field the core returns, with messages as text', () => {
    expectTypeOf<RenderedPilotAnalysis>().toEqualTypeOf<KnownFields<Rendered<PilotAnalysis>>>();
  });

  it.each(['invoice-pilot.yaml', 'support-pilot-hold.yaml'])(
    'the rendered analysis of %s matches the schema',
    (file) => {
      const rendered = renderMessages(analysed(file), 'en');
      const parsed = ZPilotAnalysis.safeParse(rendered);
      expect(parsed.success, parsed.error?.message).toBe(true);
      expect(rendered.kpis[0]?.chart?.points.length).toBeGreaterThan(6);
    },
  );
});
