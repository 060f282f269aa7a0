import { type Message, msg } from '../message.ts';
import type { SwitchingInput } from './vendor-types.ts';

/**
 * What leaving a vendor costs when the owner has not said: Haalbaar's assumptions for a small MKB
 * project, each named in the result's `assumptions` when used.
 * - contractMonths 12: a one-year licence is the most common shortest term for SaaS tools;
 * - migration €2 000 / €5 000 / €15 000: exporting, mapping and testing data and configuration in a
 *   new tool, a few days to a few weeks of work;
 * - retrainingHours 40: a working week of people's time spread over the team;
 * - parallelMonths 1: old and new run side by side for a month before the switch;
 * - hourlyCost €50: the status quo's default cost of an hour of work.
 */
export const SWITCHING_DEFAULTS = {
  contractMonths: 12,
  migration: { low: 2_000, likely: 5_000, high: 15_000 },
  retrainingHours: 40,
  parallelMonths: 1,
  hourlyCost: 50,
} as const;

export type SwitchingCost = {
  low: number;
  likely: number;
  high: number;
  parts: {
    remainingContract: number;
    migration: { low: number; likely: number; high: number };
    retraining: number;
    parallelRunning: number;
  };
  /** Which defaults were used, and which figures were missing, as messages for the report. */
  assumptions: Message[];
};

/**
 * An estimate in euros of what leaving this vendor costs (lock-in), as a low / likely / high range:
 * - remaining contract = yearly cost × contract months / 12: the worst case, leaving right at the
 *   start of the contract (the licence is owed whether the tool is used or not);
 * - migration: the owner's range, else {@link SWITCHING_DEFAULTS}.migration;
 * - retraining = hours × hourly cost;
 * - parallel running = months × yearly cost / 12 (old and new paid side by side).
 * Only migration is uncertain here; the other parts are the same in low, likely and high.
 * The yearly cost is the owner's figure, else the one from the vendor's answers (its three-year cost
 * without the one-off implementation, a third of it); without either it is 0 and the result says so.
 * The contract length is the owner's, else the vendor's answer (`contractMonthsFromAnswers`), else 12.
 *
 * @example switchingCost({ yearlyCost: 6000, contractMonths: 24 }, { hourlyCost: 60 }).likely
 *   // 12 000 + 5 000 + 40 × 60 + 500 = 19 900
 */
export function switchingCost(
  input: SwitchingInput,
  context: { hourlyCost?: number; yearlyCostFromAnswers?: number; contractMonthsFromAnswers?: number },
): SwitchingCost {
  const d = SWITCHING_DEFAULTS;
  const assumptions: Message[] = [];
  const yearlyCost = input.yearlyCost ?? context.yearlyCostFromAnswers;
  if (yearlyCost === undefined) assumptions.push(msg('vendors.switching.assumption.noYearlyCost'));
  else if (input.yearlyCost === undefined)
    assumptions.push(msg('vendors.switching.assumption.yearlyCostFromAnswers', { eur: round(yearlyCost) }));
  const contractMonths = input.contractMonths ?? context.contractMonthsFromAnswers;
  if (contractMonths === undefined)
    assumptions.push(msg('vendors.switching.assumption.contractMonths', { months: d.contractMonths }));
  const migration = input.migration ?? d.migration;
  if (input.migration === undefined)
    assumptions.push(
      msg('vendors.switching.assumption.migration', {
        low: d.migration.low,
        likely: d.migration.likely,
        high: d.migration.high,
      }),
    );
  const hours = input.retrainingHours ?? d.retrainingHours;
  if (input.retrainingHours === undefined)
    assumptions.push(msg('vendors.switching.assumption.retrainingHours', { hours }));
  const hourlyCost = context.hourlyCost ?? d.hourlyCost;
  if (context.hourlyCost === undefined)
    assumptions.push(msg('vendors.switching.assumption.hourlyCost', { eur: hourlyCost }));
  const parallelMonths = input.parallelMonths ?? d.parallelMonths;
  if (input.parallelMonths === undefined)
    assumptions.push(msg('vendors.switching.assumption.parallelMonths', { months: parallelMonths }));

  const yearly = yearlyCost ?? 0;
  const remainingContract = (yearly * (contractMonths ?? d.contractMonths)) / 12;
  const retraining = hours * hourlyCost;
  const parallelRunning = (yearly * parallelMonths) / 12;
  const fixed = remainingContract + retraining + parallelRunning;
  return {
    low: fixed + migration.low,
    likely: fixed + migration.likely,
    high: fixed + migration.high,
    parts: {
      remainingContract,
      migration: { low: migration.low, likely: migration.likely, high: migration.high },
      retraining,
      parallelRunning,
    },
    assumptions,
  };
}

const round = (eur: number) => Math.round(eur);
