import { BUSINESS_CASE_DEFAULTS } from '../../../src/core/business-case/business-case-defaults.ts';
import {
  BUSINESS_CASE_INPUT_UNITS,
  type BusinessCaseInputId,
} from '../../../src/core/business-case/business-case-types.ts';
import { valueAtPath } from '../../../src/core/use-case/use-case-paths.ts';
import type { Range } from '../../../src/core/use-case/use-case-schema.ts';

/** The range inputs as the page groups them; every uncertain input of the model appears once. */
export const RANGE_GROUPS: {
  id: 'savings' | 'oneOff' | 'yearly' | 'adoption';
  inputs: BusinessCaseInputId[];
}[] = [
  { id: 'savings', inputs: ['timeReduction', 'errorReduction'] },
  {
    id: 'oneOff',
    inputs: ['oneOffCosts.implementation', 'oneOffCosts.dataPreparation', 'oneOffCosts.trainingAndChange'],
  },
  {
    id: 'yearly',
    inputs: ['yearlyCosts.licence', 'yearlyCosts.maintenance', 'yearlyCosts.humanReview'],
  },
  { id: 'adoption', inputs: ['monthsToFullEffect'] },
];

/** Where an input lives in the use-case document: the id is its dotted path under `businessCase`. */
export const documentPath = (id: BusinessCaseInputId) => `businessCase.${id}` as const;

/** Haalbaar's default range for an input (what the model uses while the document gives none). */
export function defaultRange(id: BusinessCaseInputId): Range {
  return valueAtPath(BUSINESS_CASE_DEFAULTS, id)!;
}

/** How a range is typed: fractions as percentages (0.4 shown as 40), with the schema's upper bound. */
export function rangeEntry(id: BusinessCaseInputId): { scale: number; max: number | undefined } {
  switch (BUSINESS_CASE_INPUT_UNITS[id]) {
    case 'fraction':
      return { scale: 100, max: 100 };
    case 'months':
      return { scale: 1, max: 120 };
    default:
      return { scale: 1, max: undefined };
  }
}
