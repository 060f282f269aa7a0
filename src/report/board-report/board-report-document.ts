import type { Assessment } from '../../core/assessment/assessment-types.ts';
import { BUSINESS_CASE_INPUT_IDS } from '../../core/business-case/business-case-types.ts';
import type { DataProfile } from '../../core/data-profile/data-profile-types.ts';
import type { PilotAnalysis } from '../../core/pilot/analyse-pilot.ts';
import type { SurveyEvidence } from '../../core/survey/survey-types.ts';
import type { UseCase } from '../../core/use-case/use-case-schema.ts';
import type { VendorComparison } from '../../core/vendors/compare-vendors.ts';
import {
  formatEur,
  formatNumber,
  formatPercent,
  localeFormat,
  plainSpaces,
} from '../../i18n/locale-format.ts';
import type { Locale } from '../../i18n/resources.ts';
import { renderMessage, translator } from '../../i18n/translate.ts';
import { label } from '../assessment-format.ts';
import { renderAssessment, renderRules } from '../assessment-render.ts';
import type { BusinessCaseReportInput, ReportBlock } from '../business-case-document.ts';
import { formatInputValue, formatRangeSource } from '../business-case-format.ts';
import { buildPilotDocument } from '../pilot-document.ts';
import { rulesDocument } from '../rules-document.ts';

/** The sections of every board report, in order; each is present, saying so when it has no evidence. */
export const BOARD_SECTION_IDS = [
  'summary',
  'factors',
  'data',
  'people',
  'vendors',
  'pilot',
  'rules',
  'method',
] as const;
export type BoardSectionId = (typeof BOARD_SECTION_IDS)[number];

/** One bar of a bar chart: `value` on a scale of 0..`max` of its chart. */
export type BoardBar = {
  label: string;
  value: number;
  valueText: string;
  level: 'low' | 'medium' | 'high' | 'critical';
};

/**
 * The blocks a renderer lays out. Pure data: no positions, no colours beyond a level. Charts carry
 * their numbers and the texts to print beside them, so every renderer shows the same figures.
 */
export type BoardBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'figures'; items: { label: string; value: string }[] }
  | { kind: 'table'; header: string[]; rows: string[][]; alignRight: boolean[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'bars'; title: string; max: number; bars: BoardBar[] }
  | {
      kind: 'range';
      title: string;
      /** Euros. */
      p10: number;
      p50: number;
      p90: number;
      texts: { p10: string; p50: string; p90: string };
    };

export type BoardSection = { id: BoardSectionId; heading: string; blocks: BoardBlock[] };

/** The board report of one use case: one model that the PDF, HTML and Markdown renderers lay out. */
export type BoardReport = {
  title: string;
  locale: Locale;
  meta: { label: string; value: string }[];
  /** In `BOARD_SECTION_IDS` order; the first is the summary (page 1 of the PDF). */
  sections: BoardSection[];
};

/** Everything a board report shows, gathered by the server (`board-report-data.ts`) or the CLI. */
export type BoardReportInput = {
  useCase: UseCase;
  /** The assessment with all evidence (the current one for a stored use case). */
  assessment: Assessment;
  /** The business case that follows that assessment (`useCaseBusinessCase`). */
  businessCase: BusinessCaseReportInput;
  /** Finished profiles of the data files that count as evidence. */
  profiles: DataProfile[];
  /** The newest survey round whose aggregates may be shown; undefined when none may. */
  survey: SurveyEvidence | undefined;
  /** The vendor comparison; undefined or no rows when none were compared. */
  vendors: VendorComparison | undefined;
  /** The pilot that counts: its analysis once started, `planned` when it has not started. */
  pilot: { status: 'planned' } | { status: 'started'; analysis: PilotAnalysis } | undefined;
  organisation: string | null;
  /** YYYY-MM-DD: the day the report is made. */
  generatedOn: string;
  appVersion: string;
  /** The assessment model version (ASSESSMENT_VERSION) that made the assessment; null when unknown. */
  modelVersion: number | null;
};

const paragraph = (text: string): BoardBlock => ({ kind: 'paragraph', text });

function fromReportBlock(block: ReportBlock): BoardBlock {
  return block;
}

/**
 * Builds the board report of one use case in one language: every text from `locales/<lang>/report.json`
 * (and the assessment, business-case, pilot and rules texts it reuses), numbers in the locale's format.
 * Pure: the same input gives the same report.
 *
 * @example boardReport(input, 'nl').sections.map((s) => s.heading)[0] // "Samenvatting"
 */
export function boardReport(input: BoardReportInput, locale: Locale): BoardReport {
  const t = (key: string, params?: Record<string, unknown>) =>
    plainSpaces(translator(locale)(`report.${key}`, params ?? {}) as string);
  const rendered = renderAssessment(input.assessment, locale);
  const heading = (id: BoardSectionId) => t(`section.${id}`);
  const fmt = localeFormat(locale);
  const title = t('title', { title: input.useCase.title?.trim() || t('untitled') });
  const meta = [
    { label: t('meta.date'), value: fmt.longDay(input.generatedOn) },
    {
      label: t('meta.version'),
      value: t('meta.versionValue', {
        app: input.appVersion,
        model: input.modelVersion === null ? t('meta.modelUnknown') : String(input.modelVersion),
      }),
    },
    { label: t('meta.language'), value: t('meta.languageName') },
    { label: t('meta.organisation'), value: input.organisation ?? t('meta.noOrganisation') },
  ];
  const sections: BoardSection[] = [
    { id: 'summary', heading: heading('summary'), blocks: summaryBlocks(input, rendered, t, locale) },
    { id: 'factors', heading: heading('factors'), blocks: factorBlocks(rendered, t, locale) },
    { id: 'data', heading: heading('data'), blocks: dataBlocks(input.profiles, t, locale) },
    { id: 'people', heading: heading('people'), blocks: peopleBlocks(input.survey, t, locale) },
    { id: 'vendors', heading: heading('vendors'), blocks: vendorBlocks(input.vendors, t, locale) },
    { id: 'pilot', heading: heading('pilot'), blocks: pilotBlocks(input.pilot, t, locale) },
    { id: 'rules', heading: heading('rules'), blocks: rulesBlocks(input.assessment, t, locale) },
    { id: 'method', heading: heading('method'), blocks: methodBlocks(input.businessCase, t, locale) },
  ];
  return { title, locale, meta, sections };
}

type T = (key: string, params?: Record<string, unknown>) => string;
type Rendered = ReturnType<typeof renderAssessment>;

/** The status-quo cost per year as the summary shows it, or the words for "cannot be calculated". */
export function statusQuoText(assessment: Assessment, t: T, locale: Locale): string {
  const cost = assessment.statusQuoCost;
  if (cost === null) return t('summary.statusQuoUnknown');
  const amount = formatEur(cost.perYear, locale);
  return cost.isPartial ? t('summary.statusQuoPartial', { amount }) : amount;
}

function summaryBlocks(input: BoardReportInput, r: Rendered, t: T, locale: Locale): BoardBlock[] {
  const { result } = input.businessCase;
  const eur = (v: number) => formatEur(v, locale);
  const range = (s: { p10: number; p50: number; p90: number }) =>
    t('summary.range', { p10: eur(s.p10), p50: eur(s.p50), p90: eur(s.p90) });
  const npv = result.simulated.npvEur;
  const actions = r.actions.slice(0, 3);
  return [
    { kind: 'heading', text: t('summary.verdict', { verdict: r.verdictTitle }) },
    paragraph(r.verdictReason),
    { kind: 'heading', text: t('summary.actions') },
    actions.length === 0
      ? paragraph(t('summary.noActions'))
      : {
          kind: 'list',
          items: actions.map((a) => t('summary.actionLine', { title: a.title, owner: a.owner })),
        },
    { kind: 'heading', text: t('summary.figures') },
    {
      kind: 'figures',
      items: [
        { label: t('summary.statusQuo'), value: statusQuoText(input.assessment, t, locale) },
        { label: t('summary.benefit'), value: range(result.simulated.netBenefitPerYearEur) },
        { label: t('summary.npv'), value: range(npv) },
        {
          label: t('summary.paysOff'),
          value: formatPercent(result.expected.probabilityNpvPositive, locale, 0),
        },
        { label: t('summary.stalls'), value: formatPercent(result.stall.probability, locale, 0) },
      ],
    },
    {
      kind: 'range',
      title: t('summary.npvChart'),
      p10: npv.p10,
      p50: npv.p50,
      p90: npv.p90,
      texts: { p10: eur(npv.p10), p50: eur(npv.p50), p90: eur(npv.p90) },
    },
  ];
}

function factorBlocks(r: Rendered, t: T, locale: Locale): BoardBlock[] {
  const blocks: BoardBlock[] = [
    {
      kind: 'bars',
      title: t('factors.chart'),
      max: 100,
      bars: r.factors.map((f) => ({
        label: f.name,
        value: f.score,
        valueText: String(f.score),
        level: f.risk,
      })),
    },
  ];
  const severity = (s: string) => label(`severity.${s}`, locale);
  for (const f of r.factors) {
    blocks.push({ kind: 'heading', text: f.name });
    blocks.push(paragraph(t('factors.line', { risk: label(`risk.${f.risk}`, locale), score: f.score })));
    if (f.findings.length === 0) blocks.push(paragraph(t('factors.noFindings')));
    else
      blocks.push({
        kind: 'list',
        items: f.findings.map(
          (x) =>
            `${t('factors.finding', { severity: severity(x.severity), title: x.title, evidence: x.evidence })} ${t('factors.advice', { advice: x.advice })}`,
        ),
      });
  }
  return blocks;
}

function dataBlocks(profiles: DataProfile[], t: T, locale: Locale): BoardBlock[] {
  if (profiles.length === 0) return [paragraph(t('data.none'))];
  const tt = translator(locale);
  return [
    {
      kind: 'table',
      header: [t('data.file'), t('data.size'), t('data.level'), t('data.reasons')],
      alignRight: [false, false, false, false],
      rows: profiles.map((p) => [
        p.file,
        t('data.sizeValue', { rows: p.dataset.rows, columns: p.dataset.columns }),
        plainSpaces(tt(`profiler.readiness.level.${p.readiness.level}`) as string),
        p.readiness.reasons.map((m) => plainSpaces(renderMessage(m, locale))).join(' '),
      ]),
    },
  ];
}

function peopleBlocks(survey: SurveyEvidence | undefined, t: T, locale: Locale): BoardBlock[] {
  if (!survey) return [paragraph(t('people.none'))];
  const tt = (key: string) => plainSpaces(translator(locale)(key) as string);
  const fmt = localeFormat(locale);
  const mean = (v: number | null) => (v === null ? t('people.unknown') : formatNumber(v, locale, 1));
  const share = (v: number | null) => (v === null ? t('people.unknown') : formatPercent(v, locale, 0));
  return [
    paragraph(
      t('people.round', {
        wave: tt(`survey.wave.${survey.wave}`),
        day: fmt.longDay(survey.openedOn),
        responses: survey.responses,
      }),
    ),
    {
      kind: 'table',
      header: [t('people.element'), t('people.mean'), t('people.disagree')],
      alignRight: [false, true, true],
      rows: survey.elements.map((e) => [tt(`survey.element.${e.id}`), mean(e.mean), share(e.disagreeShare)]),
    },
    {
      kind: 'table',
      header: [t('people.perception'), t('people.mean'), t('people.agree')],
      alignRight: [false, true, true],
      rows: survey.perceptions.map((p) => [
        tt(`survey.perception.${p.id}`),
        mean(p.mean),
        share(p.agreeShare),
      ]),
    },
    paragraph(
      survey.barrier === null
        ? t('people.noBarrier')
        : t('people.barrier', { element: tt(`survey.element.${survey.barrier}`) }),
    ),
    paragraph(t('people.anonymity')),
  ];
}

function vendorBlocks(comparison: VendorComparison | undefined, t: T, locale: Locale): BoardBlock[] {
  if (!comparison || comparison.rows.length === 0) return [paragraph(t('vendors.none'))];
  const eur = (v: number) => formatEur(v, locale);
  // Failed gates first: the comparison's own order (fewest failed gates first) reversed for the table's
  // warning would hide the ranking, so the ranking stays and the failures get their own line on top.
  const failed = comparison.rows.filter((r) => r.failedGates > 0);
  const blocks: BoardBlock[] = [];
  if (failed.length > 0)
    blocks.push(paragraph(t('vendors.failedFirst', { names: failed.map((r) => r.name).join(', ') })));
  const rows = [...comparison.rows].sort((a, b) => b.failedGates - a.failedGates);
  blocks.push({
    kind: 'table',
    header: [
      t('vendors.vendor'),
      t('vendors.failed'),
      t('vendors.open'),
      t('vendors.score'),
      t('vendors.evidenced'),
      t('vendors.switching'),
    ],
    alignRight: [false, true, true, true, true, true],
    rows: rows.map((r) => [
      r.name,
      String(r.failedGates),
      String(r.openGates),
      formatNumber(r.score, locale, 0),
      formatPercent(r.evidencedShare, locale, 0),
      eur(r.switchingCost.likely),
    ]),
  });
  const selected = comparison.rows.find((r) => r.vendorId === comparison.selectedId);
  blocks.push(
    paragraph(
      selected
        ? t('vendors.selected', {
            name: selected.name,
            low: eur(selected.switchingCost.low),
            likely: eur(selected.switchingCost.likely),
            high: eur(selected.switchingCost.high),
          })
        : t('vendors.noneSelected'),
    ),
  );
  return blocks;
}

function pilotBlocks(pilot: BoardReportInput['pilot'], t: T, locale: Locale): BoardBlock[] {
  if (!pilot) return [paragraph(t('pilot.none'))];
  if (pilot.status === 'planned') return [paragraph(t('pilot.planned'))];
  const tt = translator(locale);
  const wanted = ['proposal', 'decision', 'rules', 'kpis'].map((k) => tt(`pilot.report.${k}`) as string);
  const doc = buildPilotDocument(pilot.analysis, locale);
  return doc.sections
    .filter((s) => wanted.includes(s.heading))
    .flatMap((s) => [{ kind: 'heading', text: s.heading } as BoardBlock, ...s.blocks.map(fromReportBlock)]);
}

function rulesBlocks(assessment: Assessment, t: T, locale: Locale): BoardBlock[] {
  if (!assessment.rules) return [paragraph(t('rules.none'))];
  const doc = rulesDocument(renderRules(assessment.rules, locale), locale);
  const blocks: BoardBlock[] = [paragraph(doc.asOf)];
  if (doc.notAnswered) blocks.push(paragraph(doc.notAnswered));
  blocks.push({
    kind: 'figures',
    items: doc.summary.map((s) => ({ label: s.label, value: s.value })),
  });
  const reasons = doc.summary.flatMap((s) => s.reasons);
  if (reasons.length > 0) blocks.push({ kind: 'list', items: reasons });
  if (doc.blockers.length > 0) blocks.push({ kind: 'list', items: doc.blockers });
  if (doc.questions)
    blocks.push({ kind: 'heading', text: doc.questions.title }, { kind: 'list', items: doc.questions.items });
  if (doc.obligations.rows.length > 0)
    blocks.push(
      { kind: 'heading', text: doc.obligations.title },
      {
        kind: 'table',
        header: doc.obligations.headers,
        rows: doc.obligations.rows,
        alignRight: doc.obligations.headers.map(() => false),
      },
    );
  for (const note of doc.dateNotes) blocks.push(paragraph(note));
  blocks.push({ kind: 'heading', text: doc.sources.title }, { kind: 'list', items: doc.sources.items });
  return blocks;
}

function methodBlocks(input: BusinessCaseReportInput, t: T, locale: Locale): BoardBlock[] {
  const { result } = input;
  const tt = translator(locale);
  const value = (id: (typeof BUSINESS_CASE_INPUT_IDS)[number], v: number) =>
    formatInputValue({ input: id, value: v, locale });
  const stall = result.stall;
  return [
    { kind: 'heading', text: t('method.ranges') },
    {
      kind: 'table',
      header: [t('method.input'), t('method.low'), t('method.likely'), t('method.high'), t('method.source')],
      alignRight: [false, true, true, true, false],
      rows: BUSINESS_CASE_INPUT_IDS.map((id) => {
        const r = result.inputs.ranges[id];
        return [
          plainSpaces(tt(`businessCase.input.${id}`) as string),
          value(id, r.low),
          value(id, r.likely),
          value(id, r.high),
          formatRangeSource({ source: r.source, licenceVendor: result.inputs.licenceVendor, locale }),
        ];
      }),
    },
    paragraph(
      t('method.simulation', {
        runs: result.runs,
        seed: result.seed,
        distribution: plainSpaces(tt(`businessCase.distribution.${result.distribution}`) as string),
        years: result.inputs.horizonYears,
        rate: formatPercent(result.inputs.discountRate, locale, 1),
      }),
    ),
    paragraph(
      stall.source === 'override'
        ? t('method.stallOverride', { probability: formatPercent(stall.probability, locale, 0) })
        : t('method.stall', {
            base: formatPercent(stall.baseProbability, locale, 0),
            multiplier: formatNumber(stall.oddsMultiplier, locale, 2),
            share: formatPercent(stall.stalledCostShare, locale, 0),
          }),
    ),
    paragraph(t('method.percentiles')),
    paragraph(t('method.unknown')),
  ];
}
