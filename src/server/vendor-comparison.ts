import type { UseCase } from '../core/use-case/use-case-schema.ts';
import { compareVendors, type VendorComparison } from '../core/vendors/compare-vendors.ts';
import { fullWeights } from '../core/vendors/vendor-schema.ts';
import type { VendorRecord, VendorScoredQuestion } from '../core/vendors/vendor-types.ts';
import type { Store } from '../store/store.ts';
import type { StoredVendor } from '../store/vendors-repository.ts';

/** A stored vendor as the core functions take it. */
export function vendorRecord(v: StoredVendor): VendorRecord {
  const { useCaseId: _u, claimsAdded: _c, linkExpiresAt: _l, createdAt: _cr, updatedAt: _up, ...record } = v;
  return record;
}

/**
 * A use case's stored vendors compared as `compareVendors` does, with the owner's weights, whether
 * personal data is involved (`data.personalData`) and the hourly cost (`problem.hourlyCost`) from its
 * document. The one place that decides what the comparison is taken over: the vendors API shows it,
 * and it is the evidence the partner factor and the business case's switching cost can read
 * (`questionnaireFindings({ comparison, vendors })`).
 */
export async function useCaseVendors(
  store: Store,
  options: { orgId: string; useCaseId: string; document: UseCase },
): Promise<{
  stored: StoredVendor[];
  vendors: VendorRecord[];
  comparison: VendorComparison;
  weights: Record<VendorScoredQuestion, number>;
}> {
  const [stored, weights] = await Promise.all([
    store.vendors.list(options.orgId, options.useCaseId),
    store.vendors.weights(options.orgId, options.useCaseId),
  ]);
  const vendors = stored.map(vendorRecord);
  const hourlyCost = options.document.problem?.hourlyCost;
  const comparison = compareVendors(vendors, {
    personalData: options.document.data?.personalData,
    weights,
    ...(hourlyCost === undefined ? {} : { hourlyCost }),
  });
  return { stored, vendors, comparison, weights: fullWeights(weights) };
}
