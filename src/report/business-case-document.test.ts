import { describe, expect, it } from 'vitest';
import { expectationGapFindings } from '../core/business-case/expectation-gap-findings.ts';
import { resolveBusinessCase } from '../core/business-case/resolve-business-case.ts';
import { simulateBusinessCase } from '../core/business-case/simulate-business-case.ts';
import type { UseCase } from '../core/use-case/use-case-schema.ts';
import { formatEur } from '../i18n/locale-format.ts';
import type { Locale } from '../i18n/resources.ts';
import { renderBusinessCaseMarkdown } from './business-case-markdown.ts';
import { renderBusinessCaseText } from './business-case-text.ts';

function report(useCase: UseCase, locale: Locale = 'nl', render = renderBusinessCaseMarkdown) {
  const result = simulateBusinessCase({ inputs: resolveBusinessCase(useCase), runs: 500, seed: 1 });
  return render({ useCase, result, findings: expectationGapFindings({ useCase, result }) }, locale);
}

describe('business-case report', () => {
  it('formats money as the locale does, with plain spaces', () => {
    expect(formatEur(1234.4, 'nl')).toBe('€ 1.234');
    expect(formatEur(-1234.6, 'nl')).toBe('€ \u22121.235');
    expect(formatEur(1234.4, 'en')).toBe('€1,234');
    expect(formatEur(-0.3, 'nl')).toBe('€ 0');
  });

  it('says there is no saving to compute when the current process has no figures, and never invents one', () => {
    const md = report({ title: 'Iets met AI' });
    expect(md).toContain('Er staan geen cijfers over het huidige proces in de use case.');
    expect(md).toContain('| Besparing per jaar bij volledig effect | € 0 | € 0 | € 0 | € 0 |');
    expect(md).toContain('aanname');
  });

  it('names the missing half when only the labour figures are known', () => {
    const md = report({ problem: { hoursPerWeek: 10, hourlyCost: 40 } }, 'en');
    expect(md).toContain('missing: volume per week, error rate and cost per error');
    expect(md).toContain('# Business case');
  });

  it('asks for a fixed price when a cost drives the outcome, and for a measurement when a saving does', () => {
    const costly = report({
      problem: { hoursPerWeek: 10, hourlyCost: 40 },
      businessCase: {
        timeReduction: { low: 0.4, likely: 0.4, high: 0.4 },
        oneOffCosts: { implementation: { low: 5000, likely: 30000, high: 90000 } },
      },
    });
    expect(costly).toContain(
      'Leg dit als eerste vast: Implementatie (eenmalig). Vraag er een vaste prijs voor',
    );
    const measured = report({ problem: { hoursPerWeek: 40, hourlyCost: 60 } });
    expect(measured).toContain('Meet dit als eerste in de pilot: Minder handwerk (deel van de uren).');
  });

  it('escapes Markdown in user text', () => {
    expect(report({ title: 'A | B *C*' })).toContain('# Businesscase: A \\| B \\*C\\*');
  });

  it('aligns terminal tables', () => {
    const text = report({ problem: { hoursPerWeek: 15, hourlyCost: 52 } }, 'nl', renderBusinessCaseText);
    expect(text).toMatch(/Arbeid: 15 uur × € 52 per uur\s+€ 780\s+€ 40\.560/);
  });
});
