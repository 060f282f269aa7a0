import type { ResponseOf } from '../../../src/api/endpoint-types.ts';
import type { VendorComparisonRow } from '../../../src/core/vendors/compare-vendors.ts';
import type { Rendered } from '../../../src/i18n/translate.ts';

/** The organisation and use case a vendors page is about. */
export type UseCaseIds = { orgId: string; useCaseId: string };

export type VendorList = ResponseOf<'GET /api/orgs/:orgId/use-cases/:useCaseId/vendors'>;
export type VendorView = VendorList['vendors'][number];
export type VendorLinkView = ResponseOf<'POST /api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId/link'>;
export type ClaimView = ResponseOf<'GET /api/orgs/:orgId/use-cases/:useCaseId/claims'>['claims'][number];
export type PublicQuestionnaire = ResponseOf<'GET /api/public/vendor-questionnaire/:token'>;

/**
 * One vendor in the comparison, its messages rendered (the API's schema keeps the row loose: the
 * shape is `compareVendors`'s own, with texts in the requested language).
 */
export type ComparisonRow = Rendered<VendorComparisonRow>;
export type Comparison = {
  weights: Record<string, number>;
  rows: ComparisonRow[];
  selectedId: string | null;
};

/** The comparison of a vendor list, typed as the core makes it. */
export const comparisonOf = (list: VendorList): Comparison => list.comparison as unknown as Comparison;
