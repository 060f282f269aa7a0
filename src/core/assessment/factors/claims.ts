import { findSignals } from '../../signals/find-signals.ts';
import type { RedFlagClaim } from '../../signals/signal-patterns.ts';
import type { UseCase } from '../../use-case/use-case-schema.ts';

/** A red-flag promise found in the use case, with where it was written. */
export type ClaimHit = {
  tag: RedFlagClaim;
  quote: string;
  /** Index of the vendor whose `claims` contain it; undefined for `expectations.vendorClaims`. */
  vendorIndex?: number;
};

/** The display name of a vendor: its name, else "#2". */
export function vendorName(useCase: UseCase, index: number): string {
  const name = useCase.partner?.vendors?.[index]?.name?.trim();
  return name && name !== '' ? name : `#${index + 1}`;
}

/** Every red-flag claim in `expectations.vendorClaims` and in each vendor's `claims`, in text order. */
export function collectClaims(useCase: UseCase): ClaimHit[] {
  const hits: ClaimHit[] = [];
  const general = useCase.expectations?.vendorClaims;
  if (general) {
    for (const h of findSignals(general, { kinds: ['redFlag'] })) {
      if (h.kind === 'redFlag') hits.push({ tag: h.tag, quote: h.quote });
    }
  }
  (useCase.partner?.vendors ?? []).forEach((vendor, vendorIndex) => {
    if (!vendor.claims) return;
    for (const h of findSignals(vendor.claims, { kinds: ['redFlag'] })) {
      if (h.kind === 'redFlag') hits.push({ tag: h.tag, quote: h.quote, vendorIndex });
    }
  });
  return hits;
}
