import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../../test/support/pdf-text.ts';
import {
  assessedBusinessCase,
  businessCaseAssessment,
} from '../../core/business-case/assessed-business-case.ts';
import { analysePilot } from '../../core/pilot/analyse-pilot.ts';
import { parsePilotText } from '../../core/pilot/parse-pilot.ts';
import type { SurveyEvidence } from '../../core/survey/survey-types.ts';
import { parseUseCaseText } from '../../core/use-case/parse-use-case.ts';
import type { UseCase } from '../../core/use-case/use-case-schema.ts';
import type { VendorComparison } from '../../core/vendors/compare-vendors.ts';
import { LOCALES, type Locale } from '../../i18n/resources.ts';
import { translator } from '../../i18n/translate.ts';
import {
  BOARD_SECTION_IDS,
  type BoardReport,
  type BoardReportInput,
  boardReport,
} from './board-report-document.ts';
import { renderBoardHtml } from './render-html.ts';
import { renderBoardMarkdown } from './render-markdown.ts';
import { renderBoardPdf } from './render-pdf.ts';

function invoice(): UseCase {
  const parsed = parseUseCaseText(
    readFileSync(new URL('../../../examples/invoice-entry.yaml', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('examples/invoice-entry.yaml does not validate');
  return parsed.value;
}

function input(overrides: Partial<BoardReportInput> = {}, useCase = invoice()): BoardReportInput {
  const { result, findings, assessment } = assessedBusinessCase({
    useCase,
    runs: 500,
    seed: 1,
    asOf: '2026-12-03',
  });
  return {
    useCase,
    assessment,
    businessCase: { useCase, result, findings, assessment: businessCaseAssessment(assessment) },
    profiles: [],
    survey: undefined,
    vendors: undefined,
    pilot: undefined,
    organisation: 'Van Dijk',
    generatedOn: '2026-12-03',
    appVersion: '0.1.0',
    modelVersion: 5,
    ...overrides,
  };
}

const t = (locale: Locale, key: string) => translator(locale)(`report.${key}`) as string;

/** Every text of a section's blocks, for "does the sentence appear" checks. */
function texts(report: BoardReport, id: string): string[] {
  const section = report.sections.find((s) => s.id === id);
  if (!section) throw new Error(`no section ${id}`);
  return section.blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        return [b.text];
      case 'list':
        return b.items;
      case 'figures':
        return b.items.flatMap((i) => [i.label, i.value]);
      case 'table':
        return [...b.header, ...b.rows.flat()];
      case 'bars':
        return [b.title, ...b.bars.flatMap((x) => [x.label, x.valueText])];
      case 'range':
        return [b.title, b.texts.p10, b.texts.p50, b.texts.p90];
      default:
        return [];
    }
  });
}

const survey: SurveyEvidence = {
  roundId: 'r1',
  wave: 'before',
  status: 'closed',
  openedOn: '2026-11-02',
  responses: 9,
  elements: [
    { id: 'awareness', mean: 4.1, disagreeShare: 0.1 },
    { id: 'ability', mean: 2.4, disagreeShare: 0.55 },
  ],
  perceptions: [{ id: 'jobWorry', mean: 3.2, agreeShare: 0.33 }],
  barrier: 'ability',
};

const switching = { low: 2000, likely: 4000, high: 9000 };
const vendors = {
  weights: {},
  selectedId: 'b',
  rows: [
    {
      vendorId: 'b',
      name: 'Beta Scan',
      failedGates: 0,
      openGates: 1,
      score: 72,
      evidencedShare: 0.5,
      switchingCost: switching,
    },
    {
      vendorId: 'a',
      name: 'Alfa OCR',
      failedGates: 2,
      openGates: 0,
      score: 80,
      evidencedShare: 0.8,
      switchingCost: switching,
    },
  ],
} as unknown as VendorComparison;

describe('boardReport', () => {
  it.each(LOCALES)('has every section in order, each with content (%s)', (locale) => {
    const report = boardReport(input(), locale);
    expect(report.sections.map((s) => s.id)).toEqual([...BOARD_SECTION_IDS]);
    for (const s of report.sections) {
      expect(s.heading).toBe(t(locale, `section.${s.id}`));
      expect(s.blocks.length, s.id).toBeGreaterThan(0);
    }
    expect(report.meta.map((m) => m.value)).toContain('Van Dijk');
  });

  it.each(LOCALES)(
    'says there is no evidence for data, people, vendors and pilot when there is none (%s)',
    (locale) => {
      const report = boardReport(input(), locale);
      expect(texts(report, 'data')).toEqual([t(locale, 'data.none')]);
      expect(texts(report, 'people')).toEqual([t(locale, 'people.none')]);
      expect(texts(report, 'vendors')).toEqual([t(locale, 'vendors.none')]);
      expect(texts(report, 'pilot')).toEqual([t(locale, 'pilot.none')]);
      const noRules = input();
      delete noRules.assessment.rules;
      expect(texts(boardReport(noRules, locale), 'rules')).toEqual([t(locale, 'rules.none')]);
    },
  );

  it('puts the status-quo cost, the P10/P50/P90 and the chances on the summary in the locale format', () => {
    const nl = texts(boardReport(input(), 'nl'), 'summary');
    expect(nl).toContain('€ 68.640');
    const en = texts(boardReport(input(), 'en'), 'summary');
    expect(en).toContain('€68,640');
    const summary = boardReport(input(), 'en').sections[0]!;
    const figures = summary.blocks.find((b) => b.kind === 'figures');
    expect(figures?.kind === 'figures' && figures.items.map((i) => i.label)).toEqual([
      t('en', 'summary.statusQuo'),
      t('en', 'summary.benefit'),
      t('en', 'summary.npv'),
      t('en', 'summary.paysOff'),
      t('en', 'summary.stalls'),
    ]);
    expect(summary.blocks.some((b) => b.kind === 'range')).toBe(true);
  });

  it('lists at most three actions, each with its owner', () => {
    const report = boardReport(input(), 'en');
    const list = report.sections[0]!.blocks.find((b) => b.kind === 'list');
    expect(list?.kind).toBe('list');
    if (list?.kind !== 'list') return;
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.length).toBeLessThanOrEqual(3);
    for (const item of list.items) expect(item).toMatch(/\(owner: .+\)$/);
  });

  it('shows the survey only as aggregates, with the barrier, and says so', () => {
    const people = texts(boardReport(input({ survey }), 'en'), 'people');
    expect(people.join(' ')).toContain('9 responses');
    expect(people).toContain(t('en', 'people.anonymity'));
    expect(people.join(' ')).toMatch(/Biggest barrier: /);
    expect(people).not.toContain(t('en', 'people.none'));
  });

  it('names the vendors that fail a requirement first and the selected vendor with its switching cost', () => {
    const report = boardReport(input({ vendors }), 'en');
    const section = report.sections.find((s) => s.id === 'vendors')!;
    const first = section.blocks[0];
    expect(first?.kind === 'paragraph' && first.text).toContain('Alfa OCR');
    const table = section.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows[0]?.[0]).toBe('Alfa OCR');
    expect(texts(report, 'vendors').join(' ')).toContain(
      'Beta Scan, switching cost €2,000 to €9,000 (likely €4,000)',
    );
  });

  it('shows a started pilot with its proposal and decision, and a planned one as not started', () => {
    const parsed = parsePilotText(
      readFileSync(new URL('../../../examples/pilot/invoice-pilot.yaml', import.meta.url), 'utf8'),
    );
    if (!parsed.ok) throw new Error('invoice-pilot.yaml does not validate');
    const analysis = analysePilot(parsed.value);
    const started = texts(boardReport(input({ pilot: { status: 'started', analysis } }), 'nl'), 'pilot');
    expect(started).toContain(translator('nl')('pilot.report.proposal'));
    expect(started).toContain(translator('nl')('pilot.report.decision'));
    expect(texts(boardReport(input({ pilot: { status: 'planned' } }), 'nl'), 'pilot')).toEqual([
      t('nl', 'pilot.planned'),
    ]);
  });
});

describe('the three renderers of one model', () => {
  it.each(LOCALES)('show every section heading and every key figure in HTML and Markdown (%s)', (locale) => {
    const report = boardReport(input({ survey, vendors }), locale);
    const html = renderBoardHtml(report);
    const md = renderBoardMarkdown(report);
    for (const s of report.sections) {
      expect(html).toContain(`<h2>${s.heading}</h2>`);
      expect(md).toContain(`## ${s.heading}`);
    }
    const figures = report.sections[0]!.blocks.flatMap((b) => (b.kind === 'figures' ? b.items : []));
    for (const f of figures) {
      expect(html).toContain(f.value);
      expect(md).toContain(f.value);
    }
    expect(html).not.toMatch(/<script/i);
  });

  it.each(LOCALES)('show every section heading and key figure in the PDF text too (%s)', async (locale) => {
    const report = boardReport(input({ survey, vendors }), locale);
    const pdf = await parsePdf(await renderBoardPdf(report));
    for (const s of report.sections) expect(pdf.text).toContain(s.heading);
    const figures = report.sections[0]!.blocks.flatMap((b) => (b.kind === 'figures' ? b.items : []));
    for (const f of figures) expect(pdf.text).toContain(f.value);
    expect(pdf.fonts.every((f) => f.embedded)).toBe(true);
  });

  it('escapes a title with markup in HTML and Markdown', () => {
    const useCase = { ...invoice(), title: '<script>alert(1)</script> | *vet* #1' };
    const report = boardReport(input({}, useCase), 'en');
    const html = renderBoardHtml(report);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(renderBoardMarkdown(report)).toContain('\\<script\\>alert(1)\\</script\\> \\| \\*vet\\* \\#1');
  });
});
