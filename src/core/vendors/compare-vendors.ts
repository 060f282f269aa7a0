import { scoreVendor } from './score-vendor.ts';
import { type SwitchingCost, switchingCost } from './switching-cost.ts';
import { evaluateGates, type GateOutcome } from './vendor-gates.ts';
import { fullWeights } from './vendor-schema.ts';
import type { AnsweredBy, VendorAnswers, VendorRecord, VendorScoredQuestion } from './vendor-types.ts';

export type VendorComparisonRow = {
  vendorId: string;
  name: string;
  answeredBy?: AnsweredBy;
  submitted: boolean;
  gates: GateOutcome[];
  failedGates: number;
  openGates: number;
  score: number;
  evidencedShare: number;
  perQuestion: Record<VendorScoredQuestion, number | null>;
  switchingCost: SwitchingCost;
  chosen: boolean;
  /** Whether the questionnaire has any answer other than "unknown". */
  answered: boolean;
};

export type VendorComparison = {
  weights: Record<VendorScoredQuestion, number>;
  /** Ranked, see {@link compareVendors}. */
  rows: VendorComparisonRow[];
  /** The chosen vendor, else the best-ranked one that was answered, else null. */
  selectedId: string | null;
};

/**
 * The yearly cost a vendor's own three-year cost implies: licence, support and other costs over three
 * years, divided by three. The implementation is one-off and not part of a yearly cost.
 */
export function yearlyCostFromAnswers(answers: VendorAnswers): number | undefined {
  const tco = answers.threeYearCost?.tco;
  if (tco === undefined) return undefined;
  return (tco.licence + tco.support + tco.other) / 3;
}

function isAnswered(answers: VendorAnswers): boolean {
  return Object.values(answers).some((a) => a !== undefined && a.value !== 'unknown');
}

/**
 * Orders two rows: fewest failed gates first, then fewest open gates, then the highest score, then the
 * input order (a stable sort). Gates come before the score because a gate is must-pass: a vendor
 * whose gates are shown to pass outranks one that scores higher but has not yet shown them, and no
 * score makes up for a failed gate.
 */
export function compareRows(a: VendorComparisonRow, b: VendorComparisonRow): number {
  return a.failedGates - b.failedGates || a.openGates - b.openGates || b.score - a.score;
}

/**
 * The candidate vendors side by side: per vendor its gates, weighted score (owner's weights over the
 * defaults), evidence share and switching cost, ranked by {@link compareRows}. The selected vendor
 * is the one the owner chose (the first, if several are marked), else the best-ranked vendor that
 * answered anything, else none: the partner factor takes its evidence.
 *
 * @example compareVendors(vendors, { personalData: true, weights: { integration: 5 } }).rows[0]?.name
 */
export function compareVendors(
  vendors: readonly VendorRecord[],
  options: {
    personalData: boolean | undefined;
    weights?: Partial<Record<VendorScoredQuestion, number>>;
    hourlyCost?: number;
  },
): VendorComparison {
  const weights = fullWeights(options.weights);
  const rows = vendors.map((v): VendorComparisonRow => {
    const gates = evaluateGates(v.answers, { personalData: options.personalData });
    const scored = scoreVendor(v.answers, weights);
    const context: Parameters<typeof switchingCost>[1] = {};
    if (options.hourlyCost !== undefined) context.hourlyCost = options.hourlyCost;
    const yearly = yearlyCostFromAnswers(v.answers);
    if (yearly !== undefined) context.yearlyCostFromAnswers = yearly;
    const months = v.answers.pilotFirst?.contractMonths;
    if (months !== undefined) context.contractMonthsFromAnswers = months;
    const row: VendorComparisonRow = {
      vendorId: v.id,
      name: v.name,
      submitted: v.submittedAt !== undefined,
      gates,
      failedGates: gates.filter((g) => g.status === 'failed').length,
      openGates: gates.filter((g) => g.status === 'open').length,
      score: scored.score,
      evidencedShare: scored.evidencedShare,
      perQuestion: scored.perQuestion,
      switchingCost: switchingCost(v.switching, context),
      chosen: v.chosen,
      answered: isAnswered(v.answers),
    };
    if (v.answeredBy !== undefined) row.answeredBy = v.answeredBy;
    return row;
  });
  rows.sort(compareRows);
  const chosen = vendors.find((v) => v.chosen);
  const selected = chosen?.id ?? rows.find((r) => r.answered)?.vendorId ?? null;
  return { weights, rows, selectedId: selected };
}
