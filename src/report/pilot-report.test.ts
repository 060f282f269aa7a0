import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Message } from '../core/message.ts';
import { analysePilot, type PilotAnalysis } from '../core/pilot/analyse-pilot.ts';
import { parsePilotText } from '../core/pilot/parse-pilot.ts';
import type { Pilot } from '../core/pilot/pilot-schema.ts';
import { LOCALES, resources } from '../i18n/resources.ts';
import { renderMessage } from '../i18n/translate.ts';
import { pilotFormat } from './pilot-document.ts';
import { figureText } from './pilot-figures.ts';
import {
  renderPilotJson,
  renderPilotMarkdown,
  renderPilotMemoHtml,
  renderPilotMemoMarkdown,
  renderPilotText,
} from './pilot-report.ts';

function load(name: string): Pilot {
  const parsed = parsePilotText(
    readFileSync(new URL(`../../examples/pilot/${name}`, import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

const invoice = load('invoice-pilot.yaml');
const hold = load('support-pilot-hold.yaml');
/** The invoice pilot before its start: no measurements, no decision. */
const planned: Pilot = { ...invoice, measurements: [], iterations: [], amendments: [] };
delete planned.decision;
/** Halfway, with adoption missing and no human review share. */
const halfway: Pilot = {
  ...invoice,
  plan: { ...invoice.plan, humanReviewShare: undefined as unknown as number },
  measurements: (invoice.measurements ?? []).slice(0, 3).map(({ adoption: _a, ...m }) => m),
};
delete halfway.plan.humanReviewShare;
delete halfway.decision;

const analyses: PilotAnalysis[] = [invoice, hold, planned, halfway].map(analysePilot);

function messagesOf(a: PilotAnalysis): Message[] {
  return [
    a.proposal.reason,
    ...a.rules.map((r) => r.reason),
    ...a.findings.flatMap((f) => [f.message, f.advice]),
  ];
}

describe('pilot reports', () => {
  it('renders every message of the analyses in both languages, never a bare key', () => {
    for (const locale of LOCALES) {
      for (const a of analyses) {
        for (const m of messagesOf(a)) {
          const text = renderMessage(m, locale);
          expect(text, m.key).not.toBe(m.key);
          expect(text, m.key).not.toMatch(/\{\{|pilot\.|undefined|NaN/);
        }
      }
    }
  });

  it('has a text for every input problem key of the pilot schema', () => {
    for (const locale of LOCALES) {
      for (const key of Object.keys(resources[locale].pilot.input)) {
        expect(
          renderMessage({ key: `pilot.input.${key}`, params: { week: 2, weeks: 6 } }, locale),
        ).not.toContain('pilot.');
      }
    }
  });

  it('shows the proposal and the recorded decision first in the terminal text', () => {
    const text = renderPilotText(analyses[0] as PilotAnalysis, 'nl');
    expect(text).toContain('Voorstel: Go: doorgaan naar productie.');
    expect(text).toContain('besloten door Marieke de Vries (financieel directeur) op 03-03-2027');
    expect(text).not.toMatch(/\{\{|pilot\.(report|finding|rule|proposal|memo)|NaN|undefined/);
  });

  it('says how many more weeks a Hold needs, with a real plural', () => {
    const md = renderPilotMarkdown(analyses[1] as PilotAnalysis, 'en');
    expect(md).toMatch(/only \d+ more weeks of measuring would make it certain/);
    const halfwayText = renderPilotText(analyses[3] as PilotAnalysis, 'nl');
    expect(halfwayText).toContain('Meet nog 3 weken.');
  });

  it('tells a plan without measurements what to do first', () => {
    const text = renderPilotText(analyses[2] as PilotAnalysis, 'en');
    expect(text).toContain('There are no pilot measurements yet');
    expect(text).toContain('No decision recorded yet.');
  });

  it('writes the memo with the plan, the amendments, each rule with its figure and the decision', () => {
    const memo = renderPilotMemoMarkdown(analyses[0] as PilotAnalysis, 'nl');
    for (const heading of [
      'Wat was gepland',
      'Wijzigingen in het plan na de start',
      'Beslisregels met hun cijfer',
      'Besluit',
    ]) {
      expect(memo).toContain(`## ${heading}`);
    }
    expect(memo).toContain(
      '| moet | Handmatige invoertijd minstens 30 % lager dan nu | +43% beter (+31% tot +50%); drempel +30% | gehaald |',
    );
  });

  it('escapes the texts of the HTML memo', () => {
    const a = analysePilot({ ...invoice, title: '<script>alert(1)</script>' });
    const html = renderPilotMemoHtml(a, 'en');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });

  it('puts the rendered texts beside the raw figures in the JSON', () => {
    const json = renderPilotJson(analyses[0] as PilotAnalysis, 'en') as {
      rules: { statusText: string; figureText: string }[];
      proposal: { outcomeText: string };
      kpis: { effect: { improvement: { estimate: number } } }[];
    };
    expect(json.rules[0]?.statusText).toBe('met');
    expect(json.proposal.outcomeText).toBe('Go: proceed to production');
    expect(json.kpis[0]?.effect.improvement.estimate).toBeCloseTo(6.5, 10);
  });

  it('writes a figure with the sign of the better direction and a real minus', () => {
    const f = pilotFormat('nl');
    expect(
      figureText(
        { kind: 'improvement', value: { estimate: -0.5, low: -1.25, high: 0.5 }, threshold: -1, unit: 'min' },
        f,
        f.t,
      ),
    ).toBe('\u22120,5 min beter (\u22121,25 tot +0,5); ondergrens \u22121');
  });
});
