import type {
  Interval,
  KpiAnalysis,
  PilotAnalysis,
  RuleEvaluation,
  RuleFigure,
} from '../core/pilot/analyse-pilot.ts';
import { ADOPTION_EMBEDDED } from '../core/pilot/pilot-constants.ts';
import { formatEur, formatNumber, formatPercent, localeFormat } from '../i18n/locale-format.ts';
import type { Locale } from '../i18n/resources.ts';
import { renderMessage, translator } from '../i18n/translate.ts';
import type { ReportBlock, ReportDocument } from './business-case-document.ts';
import { figureText, pilotNumbers } from './pilot-figures.ts';

/**
 * The pilot analysis and the decision memo as format-neutral documents (the same shape as the
 * business case's), laid out by `documentToText`, `documentToMarkdown` and `documentToHtml`. Every
 * sentence comes from `locales/<lang>/pilot.json`; numbers, shares, money and dates from locale-format.
 */

/** Formatters of one locale for the pilot reports. */
export function pilotFormat(locale: Locale) {
  const t = translator(locale);
  const { num, signed, pct, signedPct } = pilotNumbers({
    number: (v, digits) => formatNumber(v, locale, digits),
    percent: (v, digits) => formatPercent(v, locale, digits),
  });
  const eur = (v: number) => formatEur(v, locale);
  // Pilot dates are days without a zone (YYYY-MM-DD): shown as that day, whatever the reader's zone.
  const date = (iso: string) => localeFormat(locale).date(iso, { timeZone: 'UTC' });
  return { t, num, signed, pct, signedPct, eur, date, locale };
}
export type PilotFormat = ReturnType<typeof pilotFormat>;

/** The measured figure behind a rule, in the report's locale. */
function ruleFigure(figure: RuleFigure | null, f: PilotFormat): string {
  return figureText(figure, f, f.t);
}

function intervalText(i: Interval, f: PilotFormat, format: (v: number) => string = f.signed): string {
  return f.t('pilot.report.effectCell', {
    estimate: format(i.estimate),
    low: format(i.low),
    high: format(i.high),
  });
}

const paragraph = (text: string): ReportBlock => ({ kind: 'paragraph', text });
const list = (items: string[]): ReportBlock => ({ kind: 'list', items });

function proposalBlocks(a: PilotAnalysis, f: PilotFormat): ReportBlock[] {
  return [
    paragraph(f.t('pilot.report.proposalLine', { outcome: f.t(`pilot.outcome.${a.proposal.outcome}`) })),
    paragraph(renderMessage(a.proposal.reason, f.locale)),
  ];
}

function decisionBlocks(a: PilotAnalysis, f: PilotFormat): ReportBlock[] {
  const d = a.decision;
  if (d === null) return [paragraph(f.t('pilot.report.noDecision'))];
  return [
    paragraph(
      f.t('pilot.report.decisionLine', {
        outcome: f.t(`pilot.outcome.${d.outcome}`),
        by: d.by,
        on: f.date(d.on),
      }),
    ),
    paragraph(f.t('pilot.report.decisionReasons', { reasons: d.reasons })),
    paragraph(
      d.agreesWithProposal
        ? f.t('pilot.report.decisionAgrees')
        : f.t('pilot.report.decisionDiffers', { proposal: f.t(`pilot.outcomeShort.${a.proposal.outcome}`) }),
    ),
  ];
}

function planBlocks(a: PilotAnalysis, f: PilotFormat): ReportBlock[] {
  const items = [
    f.t('pilot.report.process', { process: a.process }),
    f.t('pilot.report.start', {
      date: f.date(a.startDate),
      weeks: a.plannedWeeks,
      status: f.t(`pilot.pilotStatus.${a.status}`),
    }),
    f.t('pilot.report.measured', { count: a.weeksMeasured }),
    a.humanReviewShare === null
      ? f.t('pilot.report.humanReviewUnknown')
      : f.t('pilot.report.humanReview', { share: a.humanReviewShare }),
  ];
  if (a.reviewRhythm !== null) items.push(f.t('pilot.report.reviewRhythm', { rhythm: a.reviewRhythm }));
  return [list(items)];
}

function ruleRows(a: PilotAnalysis, f: PilotFormat): string[][] {
  return a.rules.map((r: RuleEvaluation) => [
    f.t(`pilot.group.${r.group}`),
    r.rule.text,
    ruleFigure(r.figure, f),
    f.t(`pilot.status.${r.status}`),
  ]);
}

function rulesBlock(a: PilotAnalysis, f: PilotFormat): ReportBlock {
  const h = (k: string) => f.t(`pilot.report.ruleHeader.${k}`);
  return {
    kind: 'table',
    header: [h('group'), h('rule'), h('figure'), h('status')],
    rows: ruleRows(a, f),
    alignRight: [false, false, false, false],
  };
}

function powerText(k: KpiAnalysis, f: PilotFormat): string {
  switch (k.power.status) {
    case 'checked':
      return f.t('pilot.report.powerCell', { power: k.power.power });
    case 'too-few-baseline':
      return f.t('pilot.report.powerTooFew');
    case 'no-spread':
      return f.t('pilot.report.powerNoSpread');
  }
}

function kpiTable(a: PilotAnalysis, f: PilotFormat): ReportBlock {
  const h = (k: string) => f.t(`pilot.report.kpiHeader.${k}`);
  const rows = a.kpis.map((k) => {
    const b = k.baseline;
    const baseline =
      b.median === null
        ? '–'
        : f.t('pilot.report.baselineCell', {
            median: f.num(b.median),
            n: b.count,
            sd: b.sd === null ? '–' : f.num(b.sd),
          });
    const e = k.effect;
    return [
      `${k.name} (${k.unit})`,
      baseline,
      k.pilot.median === null ? '–' : f.num(k.pilot.median),
      e === null ? f.t('pilot.report.noEffect') : intervalText(e.improvement, f),
      e?.relative ? intervalText(e.relative, f, f.signedPct) : '–',
      e?.bootstrap ? intervalText(e.bootstrap, f) : '–',
      powerText(k, f),
    ];
  });
  return {
    kind: 'table',
    header: [h('kpi'), h('baseline'), h('pilot'), h('effect'), h('relative'), h('bootstrap'), h('power')],
    rows,
    alignRight: [false, true, true, true, true, true, true],
  };
}

function powerLine(k: KpiAnalysis, weeks: number, f: PilotFormat): string {
  switch (k.power.status) {
    case 'checked':
      return f.t('pilot.report.powerLine', {
        kpi: k.name,
        count: weeks,
        effect: f.num(k.smallestEffect),
        unit: k.unit,
        power: k.power.power,
      });
    case 'too-few-baseline':
      return f.t('pilot.report.powerLineTooFew', { kpi: k.name, n: k.power.baselineCount });
    case 'no-spread':
      return f.t('pilot.report.powerLineNoSpread', { kpi: k.name });
  }
}

function powerBlocks(a: PilotAnalysis, f: PilotFormat): ReportBlock[] {
  return [list(a.kpis.map((k) => powerLine(k, a.plannedWeeks, f)))];
}

function costBlocks(a: PilotAnalysis, f: PilotFormat): ReportBlock[] {
  if (a.costs.hoursSpent === 0 && a.costs.costsEur === 0) return [];
  return [
    paragraph(f.t('pilot.report.costs', { hours: a.costs.hoursSpent, costs: f.eur(a.costs.costsEur) })),
  ];
}

function chartSection(k: KpiAnalysis, f: PilotFormat): { heading: string; blocks: ReportBlock[] } | null {
  const c = k.chart;
  if (c === null) return null;
  const h = (key: string) => f.t(`pilot.report.chartHeader.${key}`);
  return {
    heading: f.t('pilot.report.chart', { kpi: k.name }),
    blocks: [
      paragraph(
        f.t('pilot.report.chartLine', {
          centre: f.num(c.centralLine),
          lower: f.num(c.lowerLimit),
          upper: f.num(c.upperLimit),
          unit: k.unit,
        }),
      ),
      {
        kind: 'table',
        header: [h('when'), h('value'), h('signal')],
        rows: c.points.map((p) => [
          p.phase === 'baseline'
            ? f.t('pilot.report.chartBaseline', { date: f.date(p.label) })
            : f.t('pilot.report.chartPilot', { week: p.label }),
          f.num(p.value),
          p.signals.map((s) => f.t(`pilot.signal.${s}`)).join(', '),
        ]),
        alignRight: [false, true, false],
      },
      paragraph(c.hasShiftSignal ? f.t('pilot.report.chartShift') : f.t('pilot.report.chartNoShift')),
    ],
  };
}

function adoptionBlocks(a: PilotAnalysis, f: PilotFormat): ReportBlock[] {
  const ad = a.adoption;
  if (ad.weeks.length === 0) return [paragraph(f.t('pilot.report.adoptionNone'))];
  const h = (key: string) => f.t(`pilot.report.adoptionHeader.${key}`);
  const blocks: ReportBlock[] = [
    {
      kind: 'table',
      header: [h('week'), h('share'), h('yardstick'), h('pace')],
      rows: ad.weeks.map((w) => [
        String(w.week),
        f.pct(w.share),
        `${f.pct(w.yardstickLow)} – ${f.pct(w.yardstickHigh)}`,
        f.t(`pilot.pace.${w.pace}`),
      ]),
      alignRight: [true, true, true, false],
    },
  ];
  if (ad.weeksToEmbedded === 0)
    blocks.push(paragraph(f.t('pilot.report.adoptionEmbedded', { share: ADOPTION_EMBEDDED })));
  else if (ad.weeksToEmbedded !== null) {
    blocks.push(
      paragraph(f.t('pilot.report.adoptionWeeks', { count: ad.weeksToEmbedded, share: ADOPTION_EMBEDDED })),
    );
  }
  return blocks;
}

function moneyBlocks(a: PilotAnalysis, f: PilotFormat): ReportBlock[] {
  const lines = a.kpis.flatMap((k) =>
    k.eurosPerYear === null
      ? []
      : [
          f.t('pilot.report.moneyLine', {
            kpi: k.name,
            estimate: f.eur(k.eurosPerYear.estimate),
            low: f.eur(k.eurosPerYear.low),
            high: f.eur(k.eurosPerYear.high),
          }),
        ],
  );
  if (lines.length === 0 || a.totalEurosPerYear === null) return [paragraph(f.t('pilot.report.moneyNone'))];
  const total = a.totalEurosPerYear;
  if (lines.length > 1) {
    lines.push(
      f.t('pilot.report.moneyTotal', {
        estimate: f.eur(total.estimate),
        low: f.eur(total.low),
        high: f.eur(total.high),
      }),
    );
  }
  return [list(lines)];
}

function predictedBlocks(a: PilotAnalysis, f: PilotFormat): ReportBlock[] {
  const p = a.predictedVsRealised;
  if (p === null) return [];
  const blocks = [
    paragraph(
      f.t('pilot.report.predictedLine', {
        p10: f.eur(p.predicted.p10),
        p50: f.eur(p.predicted.p50),
        p90: f.eur(p.predicted.p90),
      }),
    ),
  ];
  if (p.realised !== null) {
    blocks.push(
      paragraph(
        f.t('pilot.report.realisedLine', {
          estimate: f.eur(p.realised.estimate),
          low: f.eur(p.realised.low),
          high: f.eur(p.realised.high),
        }),
      ),
    );
  }
  blocks.push(paragraph(f.t(`pilot.report.position.${p.position}`)));
  return blocks;
}

function findingBlocks(a: PilotAnalysis, f: PilotFormat): ReportBlock[] {
  if (a.findings.length === 0) return [paragraph(f.t('pilot.report.noFindings'))];
  return [
    list(
      a.findings.map((x) =>
        f.t('pilot.report.findingLine', {
          severity: f.t(`pilot.severity.${x.severity}`),
          message: renderMessage(x.message, f.locale),
          advice: renderMessage(x.advice, f.locale),
        }),
      ),
    ),
  ];
}

function iterationBlocks(a: PilotAnalysis, f: PilotFormat): ReportBlock[] {
  if (a.iterations.length === 0) return [paragraph(f.t('pilot.report.noIterations'))];
  return [
    list(
      a.iterations.map((i) =>
        f.t('pilot.report.iterationLine', { week: i.week, change: i.change, why: i.why }),
      ),
    ),
  ];
}

function amendmentBlocks(a: PilotAnalysis, f: PilotFormat): ReportBlock[] {
  if (a.amendments.length === 0) return [paragraph(f.t('pilot.report.noAmendments'))];
  return [
    list(
      a.amendments.map((m) =>
        f.t('pilot.report.amendmentLine', { date: f.date(m.date), what: m.what, reason: m.reason }),
      ),
    ),
  ];
}

/**
 * The full pilot analysis as a document: proposal and decision first, then the plan, the rules with
 * their figures, the effect per KPI, a control chart per KPI, adoption, euros, predicted versus
 * realised, findings, iterations and amendments.
 */
export function buildPilotDocument(a: PilotAnalysis, locale: Locale): ReportDocument {
  const f = pilotFormat(locale);
  const t = f.t;
  const sections: ReportDocument['sections'] = [
    { heading: t('pilot.report.proposal'), blocks: proposalBlocks(a, f) },
    { heading: t('pilot.report.decision'), blocks: decisionBlocks(a, f) },
    { heading: t('pilot.report.plan'), blocks: planBlocks(a, f) },
    { heading: t('pilot.report.power'), blocks: powerBlocks(a, f) },
    { heading: t('pilot.report.rules'), blocks: [rulesBlock(a, f)] },
    { heading: t('pilot.report.kpis'), blocks: [kpiTable(a, f), paragraph(t('pilot.report.effectNote'))] },
    ...a.kpis.flatMap((k) => {
      const s = chartSection(k, f);
      return s === null ? [] : [s];
    }),
    { heading: t('pilot.report.adoption'), blocks: adoptionBlocks(a, f) },
    { heading: t('pilot.report.money'), blocks: moneyBlocks(a, f) },
  ];
  const predicted = predictedBlocks(a, f);
  if (predicted.length > 0) sections.push({ heading: t('pilot.report.predicted'), blocks: predicted });
  sections.push(
    { heading: t('pilot.report.findings'), blocks: findingBlocks(a, f) },
    { heading: t('pilot.report.iterations'), blocks: iterationBlocks(a, f) },
    {
      heading: t('pilot.report.amendments'),
      blocks: [...amendmentBlocks(a, f), ...costBlocks(a, f), paragraph(t('pilot.report.method'))],
    },
  );
  return { title: t('pilot.report.title', { title: a.title }), sections };
}

/**
 * The decision memo: what was planned, the amendments, what was measured, each rule with its figure,
 * the proposed and the recorded decision (who, when, why), predicted versus realised.
 */
export function buildPilotMemoDocument(a: PilotAnalysis, locale: Locale): ReportDocument {
  const f = pilotFormat(locale);
  const t = f.t;
  const planned = [
    ...planBlocks(a, f),
    list(
      a.kpis.map((k) =>
        t('pilot.memo.kpiLine', {
          kind: t(k.isPrimary ? 'pilot.memo.primary' : 'pilot.memo.secondary'),
          name: k.name,
          unit: k.unit,
          better: t(`pilot.better.${k.better}`),
          smallest: f.num(k.smallestEffect),
          how: k.howMeasured,
        }),
      ),
    ),
    list(
      a.rules.map((r) =>
        t(r.group === 'mustMeet' ? 'pilot.memo.mustLine' : 'pilot.memo.shouldLine', { text: r.rule.text }),
      ),
    ),
  ];
  const measured: string[] = a.kpis.map((k) =>
    k.effect === null || k.baseline.median === null || k.pilot.median === null
      ? t('pilot.memo.effectMissing', { kpi: k.name })
      : t('pilot.memo.effectLine', {
          kpi: k.name,
          baseline: f.num(k.baseline.median),
          pilot: f.num(k.pilot.median),
          unit: k.unit,
          estimate: f.signed(k.effect.improvement.estimate),
          low: f.signed(k.effect.improvement.low),
          high: f.signed(k.effect.improvement.high),
        }),
  );
  if (a.adoption.latest !== null) measured.push(t('pilot.memo.adoptionLine', { share: a.adoption.latest }));
  const sections: ReportDocument['sections'] = [
    { heading: t('pilot.memo.planned'), blocks: planned },
    { heading: t('pilot.report.amendments'), blocks: amendmentBlocks(a, f) },
    {
      heading: t('pilot.memo.measuredSection'),
      blocks: [list(measured), ...moneyBlocks(a, f), ...costBlocks(a, f)],
    },
    { heading: t('pilot.memo.rulesSection'), blocks: [rulesBlock(a, f)] },
    { heading: t('pilot.memo.proposalSection'), blocks: proposalBlocks(a, f) },
    { heading: t('pilot.memo.decisionSection'), blocks: decisionBlocks(a, f) },
  ];
  const predicted = predictedBlocks(a, f);
  if (predicted.length > 0) sections.push({ heading: t('pilot.report.predicted'), blocks: predicted });
  sections.push({
    heading: t('pilot.report.findings'),
    blocks: [...findingBlocks(a, f), paragraph(t('pilot.memo.footer'))],
  });
  return { title: t('pilot.memo.title', { title: a.title }), sections };
}
