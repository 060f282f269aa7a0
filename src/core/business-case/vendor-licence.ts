import { vendorName } from '../assessment/factors/claims.ts';
import { notApplicableTest } from '../assessment/not-applicable.ts';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { BUSINESS_CASE_DEFAULTS } from './business-case-defaults.ts';

/**
 * The licence range taken from a vendor's yearly cost in the intake (`partner.vendors[].yearlyCost`).
 * `basis` says which vendor: the only one with a price, or the cheapest of several.
 */
export type VendorLicence = {
  range: { low: number; likely: number; high: number };
  /** The vendor's name as the intake gives it, or `#2` for an unnamed second vendor. */
  vendor: string;
  vendorIndex: number;
  basis: 'only' | 'cheapest';
  /** How many vendors have a yearly cost. */
  pricedVendors: number;
  yearlyCostEur: number;
};

/**
 * The licence range from the vendors' yearly costs, when the intake gives any (and the vendors are
 * not marked not applicable): the quoted price is the low and likely value, the high adds
 * `BUSINESS_CASE_DEFAULTS.vendorQuoteHighShare` for price rises and more users. With several priced
 * vendors the cheapest counts. Null when no vendor has a price.
 *
 * @example vendorLicence({ partner: { vendors: [{ name: 'A', yearlyCost: 4800 }] } })?.range
 *   // { low: 4800, likely: 4800, high: 6000 }
 */
export function vendorLicence(useCase: UseCase): VendorLicence | null {
  if (notApplicableTest(useCase.notApplicable)('partner.vendors')) return null;
  const priced = (useCase.partner?.vendors ?? []).flatMap((v, index) =>
    v.yearlyCost === undefined ? [] : [{ index, cost: v.yearlyCost }],
  );
  const cheapest = priced.reduce<(typeof priced)[number] | undefined>(
    (best, v) => (best === undefined || v.cost < best.cost ? v : best),
    undefined,
  );
  if (cheapest === undefined) return null;
  const high = Math.round(cheapest.cost * (1 + BUSINESS_CASE_DEFAULTS.vendorQuoteHighShare));
  return {
    range: { low: cheapest.cost, likely: cheapest.cost, high },
    vendor: vendorName(useCase, cheapest.index),
    vendorIndex: cheapest.index,
    basis: priced.length === 1 ? 'only' : 'cheapest',
    pricedVendors: priced.length,
    yearlyCostEur: cheapest.cost,
  };
}
