import type { NotApplicablePath } from '../use-case/use-case-paths.ts';

/**
 * Normalises a `notApplicable` entry: indices are dropped (`partner.vendors[1].exitTerms` and
 * `partner.vendors.exitTerms` both mean "for every vendor"), spaces trimmed.
 */
export function normaliseQuestionPath(path: string): string {
  return path
    .replace(/\[\d+\]/g, '')
    .replace(/\s+/g, '')
    .replace(/^\.+|\.+$/g, '');
}

/**
 * Builds the "is this question marked not applicable?" test for a use case. A path is not applicable
 * when it, or any section above it, is listed: `data` covers `data.personalData`. Paths inside lists
 * ignore the index, so `partner.vendors.processingAgreement` covers every vendor.
 *
 * @example notApplicableTest(['partner'])('partner.vendors.exitTerms') // true
 */
export function notApplicableTest(
  notApplicable: readonly string[] | undefined,
): (path: NotApplicablePath) => boolean {
  const listed = new Set((notApplicable ?? []).map(normaliseQuestionPath).filter((p) => p !== ''));
  if (listed.size === 0) return () => false;
  return (path: NotApplicablePath) => {
    const parts = normaliseQuestionPath(path).split('.');
    for (let i = 1; i <= parts.length; i++) {
      if (listed.has(parts.slice(0, i).join('.'))) return true;
    }
    return false;
  };
}
