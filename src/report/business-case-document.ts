import type { Finding } from '../core/assessment/assessment-types.ts';
import type { BusinessCaseAssessment } from '../core/business-case/assessed-business-case.ts';
import { BUSINESS_CASE_DEFAULTS } from '../core/business-case/business-case-defaults.ts';
import type { BusinessCaseResult } from '../core/business-case/business-case-types.ts';
import {
  BUSINESS_CASE_INPUT_IDS,
  BUSINESS_CASE_INPUT_UNITS,
} from '../core/business-case/business-case-types.ts';
import type { UseCase } from '../core/use-case/use-case-schema.ts';
import { formatEur, formatFixed, formatNumber, formatPercent, plainSpaces } from '../i18n/locale-format.ts';
import type { Locale } from '../i18n/resources.ts';
import { renderMessage, translator } from '../i18n/translate.ts';
import { formatInputValue, formatMonths, formatRangeSource } from './business-case-format.ts';

/** What every business-case report renders: the use case, its simulated result and the expectation findings. */
export type BusinessCaseReportInput = {
  useCase: UseCase;
  result: BusinessCaseResult;
  /** From `expectationGapFindings` (they belong to the `expectations` factor). */
  findings: Finding[];
  /** The assessment behind the stall chance, when the caller has it. */
  assessment?: BusinessCaseAssessment;
};

export type ReportBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; header: string[]; rows: string[][]; alignRight: boolean[] }
  | { kind: 'list'; items: string[] };

/** A format-neutral report: the Markdown and terminal renderers only lay it out. */
export type ReportDocument = { title: string; sections: { heading: string; blocks: ReportBlock[] }[] };

/**
 * Builds the translated business-case report in one locale. Every sentence comes from
 * `locales/<lang>/business-case.json`; numbers and money are formatted for the locale.
 * Sections: status quo, outcome if in production, chance of stalling, what drives the outcome
 * (tornado + what to measure first), expectations against evidence, inputs and assumptions.
 */
export function buildBusinessCaseDocument(input: BusinessCaseReportInput, locale: Locale): ReportDocument {
  const t = translator(locale);
  const { useCase, result, findings } = input;
  const eur = (v: number) => formatEur(v, locale);
  const pct = (v: number, digits = 1) => formatPercent(v, locale, digits);
  const years = result.inputs.horizonYears;
  const months = (m: number | null) => formatMonths(m, { locale, horizonYears: years });
  const sections: ReportDocument['sections'] = [];

  // Status quo.
  const sq = result.inputs.statusQuo;
  const p = useCase.problem ?? {};
  const sqBlocks: ReportBlock[] = [];
  const rows: string[][] = [];
  if (p.hoursPerWeek !== undefined && p.hourlyCost !== undefined) {
    rows.push([
      t('businessCase.statusQuo.labour', {
        hours: formatNumber(p.hoursPerWeek, locale),
        rate: eur(p.hourlyCost),
      }),
      eur(sq.breakdown.labourPerWeek),
      eur(sq.breakdown.labourPerYear),
    ]);
  }
  if (p.volumePerWeek !== undefined && p.errorRate !== undefined && p.costPerError !== undefined) {
    rows.push([
      t('businessCase.statusQuo.errors', {
        volume: formatNumber(p.volumePerWeek, locale),
        errorRate: pct(p.errorRate),
        costPerError: eur(p.costPerError),
      }),
      eur(sq.breakdown.errorsPerWeek),
      eur(sq.breakdown.errorsPerYear),
    ]);
  }
  if (rows.length === 0) {
    sqBlocks.push({ kind: 'paragraph', text: t('businessCase.statusQuo.none') });
  } else {
    rows.push([
      t('businessCase.statusQuo.total'),
      eur(sq.breakdown.labourPerWeek + sq.breakdown.errorsPerWeek),
      eur(sq.perYear),
    ]);
    sqBlocks.push({
      kind: 'table',
      header: [
        t('businessCase.statusQuo.columnItem'),
        t('businessCase.statusQuo.columnPerWeek'),
        t('businessCase.statusQuo.columnPerYear'),
      ],
      rows,
      alignRight: [false, true, true],
    });
    sqBlocks.push({
      kind: 'paragraph',
      text: t('businessCase.statusQuo.weeks', { weeks: formatNumber(sq.breakdown.weeksPerYear, locale) }),
    });
    if (sq.isPartial) {
      const hasLabour = p.hoursPerWeek !== undefined && p.hourlyCost !== undefined;
      sqBlocks.push({
        kind: 'paragraph',
        text: t('businessCase.statusQuo.partial', {
          missing: t(
            hasLabour ? 'businessCase.statusQuo.missingErrors' : 'businessCase.statusQuo.missingLabour',
          ),
        }),
      });
    }
  }
  sections.push({ heading: t('businessCase.statusQuo.heading'), blocks: sqBlocks });

  // Outcome if the project reaches production.
  const s = result.simulated;
  const d = result.deterministic;
  const stat = (x: { p10: number; p50: number; p90: number }, likely: number) => [
    eur(x.p10),
    eur(x.p50),
    eur(x.p90),
    eur(likely),
  ];
  sections.push({
    heading: t('businessCase.outcome.heading'),
    blocks: [
      {
        kind: 'paragraph',
        text: t('businessCase.outcome.intro', {
          runs: formatNumber(result.runs, locale, 0),
          distribution: t(`businessCase.distribution.${result.distribution}`),
          seed: result.seed,
        }),
      },
      {
        kind: 'table',
        header: [
          t('businessCase.outcome.columnMeasure'),
          'P10',
          'P50',
          'P90',
          t('businessCase.outcome.columnLikely'),
        ],
        rows: [
          [t('businessCase.outcome.savingsPerYear'), ...stat(s.savingsPerYearEur, d.savingsPerYearEur)],
          [t('businessCase.outcome.netPerYear'), ...stat(s.netBenefitPerYearEur, d.netBenefitPerYearEur)],
          [t('businessCase.outcome.npv', { years }), ...stat(s.npvEur, d.npvEur)],
          [
            t('businessCase.outcome.payback'),
            months(s.paybackMonth.p10),
            months(s.paybackMonth.p50),
            months(s.paybackMonth.p90),
            months(d.paybackMonth),
          ],
        ],
        alignRight: [false, true, true, true, true],
      },
      {
        kind: 'paragraph',
        text: t('businessCase.outcome.costs', { oneOff: eur(d.oneOffEur), yearly: eur(d.yearlyCostEur) }),
      },
      {
        kind: 'paragraph',
        text: t('businessCase.outcome.probabilityPositive', {
          p: pct(s.probabilityNpvPositive),
          se: pct(s.probabilityNpvPositiveStdError),
        }),
      },
      {
        kind: 'paragraph',
        text: t('businessCase.outcome.meanNpv', { mean: eur(s.npvEur.mean), se: eur(s.npvEur.meanStdError) }),
      },
      {
        kind: 'paragraph',
        text:
          d.irrMonthly === null || d.irrYearly === null
            ? t('businessCase.outcome.irrNone')
            : t('businessCase.outcome.irr', { monthly: pct(d.irrMonthly), yearly: pct(d.irrYearly, 0) }),
      },
      {
        kind: 'paragraph',
        text: t('businessCase.outcome.discount', { rate: pct(result.inputs.discountRate) }),
      },
    ],
  });

  // Chance of stalling and the expected value including it.
  const st = result.stall;
  const factors = [
    ...st.contributions.map((c) =>
      t('businessCase.stall.factor', {
        factor: t(`businessCase.factor.${c.factor}`),
        risk: t(`businessCase.risk.${c.risk}`),
        multiplier: formatNumber(c.oddsMultiplier, locale, 2),
      }),
    ),
    ...st.conditionContributions.map((c) =>
      t('businessCase.stall.condition', {
        condition: t(`businessCase.condition.${c.condition}`),
        status: t(`businessCase.conditionStatus.${c.status}`),
        multiplier: formatNumber(c.oddsMultiplier, locale, 2),
      }),
    ),
  ].join('; ');
  sections.push({
    heading: t('businessCase.stall.heading'),
    blocks: [
      {
        kind: 'paragraph',
        text: t(`businessCase.stall.${st.source}`, { p: pct(st.probability, 0), factors }),
      },
      { kind: 'paragraph', text: t('businessCase.stall.assumption', { share: pct(st.stalledCostShare, 0) }) },
      ...(st.committedLicenceMonths > 0
        ? [
            {
              kind: 'paragraph' as const,
              text: t('businessCase.stall.committedLicence', { count: st.committedLicenceMonths }),
            },
          ]
        : []),
      {
        kind: 'paragraph',
        text: t('businessCase.stall.expected', {
          npv: eur(result.expected.npvEur),
          se: eur(result.expected.npvStdErrorEur),
        }),
      },
      {
        kind: 'paragraph',
        text: t('businessCase.stall.expectedPositive', { p: pct(result.expected.probabilityNpvPositive) }),
      },
    ],
  });

  // Tornado and what to measure first.
  const bars = result.tornado.bars.filter((b) => b.swingEur > 0);
  const hasRank = bars.some((b) => b.rankCorrelation !== null);
  const label = (id: string) => t(`businessCase.input.${id}`);
  const tornadoBlocks: ReportBlock[] = [{ kind: 'paragraph', text: t('businessCase.tornado.intro') }];
  if (bars.length > 0) {
    tornadoBlocks.push({
      kind: 'table',
      header: [
        t('businessCase.tornado.columnInput'),
        t('businessCase.tornado.columnRange'),
        t('businessCase.tornado.columnNpvLow'),
        t('businessCase.tornado.columnNpvHigh'),
        t('businessCase.tornado.columnSwing'),
        ...(hasRank ? [t('businessCase.tornado.columnRank')] : []),
      ],
      rows: bars.map((b) => [
        label(b.input),
        `${formatInputValue({ input: b.input, value: b.lowValue, locale })} – ${formatInputValue({ input: b.input, value: b.highValue, locale })}`,
        eur(b.npvAtLowEur),
        eur(b.npvAtHighEur),
        eur(b.swingEur),
        ...(hasRank ? [b.rankCorrelation === null ? '' : formatFixed(b.rankCorrelation, locale, 2)] : []),
      ]),
      alignRight: [false, true, true, true, true, ...(hasRank ? [true] : [])],
    });
  }
  const top = result.measureFirst;
  const topBar = bars[0];
  if (top === null || topBar === undefined) {
    tornadoBlocks.push({ kind: 'paragraph', text: t('businessCase.measureFirst.none') });
  } else {
    const kind =
      BUSINESS_CASE_INPUT_UNITS[top] === 'eur' || BUSINESS_CASE_INPUT_UNITS[top] === 'eurPerYear'
        ? 'quote'
        : 'measure';
    tornadoBlocks.push({
      kind: 'paragraph',
      text: t(`businessCase.measureFirst.${kind}`, { input: label(top), swing: eur(topBar.swingEur) }),
    });
  }
  sections.push({ heading: t('businessCase.tornado.heading'), blocks: tornadoBlocks });

  // Expectations against the evidence.
  sections.push({
    heading: t('businessCase.findings.heading'),
    blocks:
      findings.length === 0
        ? [{ kind: 'paragraph', text: t('businessCase.findings.none') }]
        : [
            {
              kind: 'list',
              items: findings.map((f) =>
                plainSpaces(
                  `${renderMessage(f.title, locale)} (${t(`businessCase.findings.severity.${f.severity}`)}). ${renderMessage(f.evidence, locale)} ${renderMessage(f.advice, locale)}`,
                ),
              ),
            },
          ],
  });

  // Inputs and assumptions.
  const source = (s: 'input' | 'default') =>
    t(s === 'input' ? 'businessCase.assumptions.sourceInput' : 'businessCase.assumptions.sourceDefault');
  const inputs = result.inputs;
  const anyDefault =
    BUSINESS_CASE_INPUT_IDS.some((id) => inputs.ranges[id].source === 'default') ||
    inputs.horizonSource === 'default' ||
    inputs.discountRateSource === 'default' ||
    inputs.stalledCostShareSource === 'default';
  sections.push({
    heading: t('businessCase.assumptions.heading'),
    blocks: [
      {
        kind: 'table',
        header: [
          t('businessCase.assumptions.columnInput'),
          t('businessCase.assumptions.columnLow'),
          t('businessCase.assumptions.columnLikely'),
          t('businessCase.assumptions.columnHigh'),
          t('businessCase.assumptions.columnSource'),
        ],
        rows: BUSINESS_CASE_INPUT_IDS.map((id) => {
          const r = inputs.ranges[id];
          return [
            label(id),
            formatInputValue({ input: id, value: r.low, locale }),
            formatInputValue({ input: id, value: r.likely, locale }),
            formatInputValue({ input: id, value: r.high, locale }),
            formatRangeSource({ source: r.source, licenceVendor: inputs.licenceVendor, locale }),
          ];
        }),
        alignRight: [false, true, true, true, false],
      },
      {
        kind: 'paragraph',
        text: t('businessCase.assumptions.horizon', { years, source: source(inputs.horizonSource) }),
      },
      {
        kind: 'paragraph',
        text: t('businessCase.assumptions.discount', {
          rate: pct(inputs.discountRate),
          source: source(inputs.discountRateSource),
        }),
      },
      {
        kind: 'paragraph',
        text: t('businessCase.assumptions.stalledShare', {
          share: pct(inputs.stalledCostShare, 0),
          source: source(inputs.stalledCostShareSource),
        }),
      },
      ...(inputs.licenceVendor
        ? [
            {
              kind: 'paragraph' as const,
              text: t('businessCase.assumptions.vendorNote', {
                vendor: inputs.licenceVendor.vendor,
                cost: eur(inputs.licenceVendor.yearlyCostEur),
                share: pct(BUSINESS_CASE_DEFAULTS.vendorQuoteHighShare, 0),
              }),
            },
          ]
        : []),
      ...(anyDefault
        ? [{ kind: 'paragraph' as const, text: t('businessCase.assumptions.defaultsNote') }]
        : []),
    ],
  });

  const title = useCase.title?.trim();
  return {
    title: title ? t('businessCase.title', { title }) : t('businessCase.titleUntitled'),
    sections,
  };
}
