import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assess } from '../core/assessment/assess.ts';
import { parseUseCaseText } from '../core/use-case/parse-use-case.ts';
import type { UseCase } from '../core/use-case/use-case-schema.ts';
import { formatEur } from '../i18n/locale-format.ts';
import { escapeHtml, renderAssessmentHtml } from './assessment-html.ts';
import { escapeMarkdown, renderAssessmentMarkdown } from './assessment-markdown.ts';
import { renderAssessment } from './assessment-render.ts';
import { renderAssessmentText } from './assessment-text.ts';

const here = dirname(fileURLToPath(import.meta.url));
const invoice = (() => {
  const parsed = parseUseCaseText(readFileSync(join(here, '../../examples/invoice-entry.yaml'), 'utf8'));
  if (!parsed.ok) throw new Error('invoice example invalid');
  return parsed.value;
})();

const hostile: UseCase = {
  title: '<script>alert(1)</script> | *bold*',
  problem: { statement: 'We willen innovatiever worden <img src=x onerror=alert(1)>', origin: 'hype' },
  expectations: { vendorClaims: 'Werkt out-of-the-box | <b>echt</b>' },
};

describe('renderAssessment (contract JSON)', () => {
  it('has the contract fields with texts rendered in the locale', () => {
    const r = renderAssessment(assess(invoice), 'nl');
    expect(r).toMatchObject({ schemaVersion: 1, verdict: 'ready', locale: 'nl' });
    expect(r.factors.map((f) => f.id)).toEqual(['expectations', 'problem', 'data', 'people', 'partner']);
    expect(r.successConditions.map((c) => c.status)).toEqual(['met', 'met', 'met', 'met', 'met']);
    expect(r.statusQuoCost?.perYear).toBe(68_640);
    const cost = r.factors[1]?.findings.find((f) => f.id === 'problem.statusQuoCost');
    expect(cost?.evidence).toContain('€ 68.640');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('appends detail lines to the evidence string and keeps them apart too', () => {
    const r = renderAssessment(assess({}), 'en');
    const f = r.factors.find((x) => x.id === 'people')?.findings.find((x) => x.id === 'people.unanswered');
    expect(f?.details?.length).toBe(6);
    expect(f?.evidence).toContain(f?.details?.[0]);
  });

  it('renders actions with why and owner', () => {
    const r = renderAssessment(assess(hostile), 'en');
    expect(r.actions[0]).toMatchObject({ priority: 1, factor: 'problem' });
    expect(r.actions.every((a) => a.why.length > 0 && a.owner.length > 0)).toBe(true);
  });
});

describe('money and numbers in the locale', () => {
  it('formats whole euros the Dutch and the English way', () => {
    expect(formatEur(1234.56, 'nl')).toBe('€ 1.235');
    expect(formatEur(1234.56, 'en')).toBe('€1,235');
    expect(formatEur(-0.2, 'nl')).toBe('€ 0');
  });

  it('shows the status-quo cost in the locale in Markdown and text', () => {
    const a = assess(invoice);
    expect(renderAssessmentMarkdown(a, { locale: 'nl' })).toContain('€ 68.640');
    expect(renderAssessmentMarkdown(a, { locale: 'en' })).toContain('€68,640');
    expect(renderAssessmentText(a, { locale: 'nl' })).toContain('€ 68.640 per jaar');
  });
});

describe('escaping', () => {
  it('escapes HTML special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('the HTML page escapes user text and loads nothing from outside', () => {
    const html = renderAssessmentHtml(assess(hostile), { locale: 'nl', title: hostile.title });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="nl">');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>echt');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html).not.toMatch(/@import|url\(/);
  });

  it('Markdown escapes pipes and markup in user text', () => {
    expect(escapeMarkdown('a | b *c* <d>')).toBe('a \\| b \\*c\\* \\<d\\>');
    const md = renderAssessmentMarkdown(assess(hostile), { locale: 'en', title: hostile.title });
    expect(md).toContain('\\<script\\>');
    expect(md).not.toContain('<b>');
  });
});

describe('terminal summary', () => {
  it('shows verdict, factors, conditions and the first actions in the language', () => {
    const text = renderAssessmentText(assess(hostile), { locale: 'en', title: 'Test' });
    expect(text).toContain('Verdict: RETHINK');
    expect(text).toContain('Do first');
    expect(text).toMatch(/Problem\s+critical/);
    expect(text.split('\n').filter((l) => /^\s+\d+\. /.test(l)).length).toBeLessThanOrEqual(5);
  });
});
