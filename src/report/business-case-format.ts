import type { BusinessCaseInputId, ResolvedRange } from '../core/business-case/business-case-types.ts';
import { BUSINESS_CASE_INPUT_UNITS } from '../core/business-case/business-case-types.ts';
import type { VendorLicence } from '../core/business-case/vendor-licence.ts';
import { formatEur, formatNumber, formatPercent } from '../i18n/locale-format.ts';
import type { Locale } from '../i18n/resources.ts';
import { translator } from '../i18n/translate.ts';

/** Where a range comes from, in words: given, the vendor's yearly price (which vendor), or an assumption. */
export function formatRangeSource(options: {
  source: ResolvedRange['source'];
  licenceVendor: VendorLicence | null;
  locale: Locale;
}): string {
  const t = translator(options.locale);
  const vendor = options.licenceVendor;
  if (options.source === 'vendor' && vendor) {
    return vendor.basis === 'only'
      ? t('businessCase.assumptions.sourceVendor.only', { vendor: vendor.vendor })
      : t('businessCase.assumptions.sourceVendor.cheapest', {
          vendor: vendor.vendor,
          count: vendor.pricedVendors,
        });
  }
  return t(
    options.source === 'input'
      ? 'businessCase.assumptions.sourceInput'
      : 'businessCase.assumptions.sourceDefault',
  );
}

/** A month count, or "not within N years" for null (payback beyond the horizon). */
export function formatMonths(
  months: number | null,
  options: { locale: Locale; horizonYears: number },
): string {
  const t = translator(options.locale);
  return months === null
    ? t('businessCase.outcome.notWithinHorizon', { years: options.horizonYears })
    : t('businessCase.outcome.months', { n: formatNumber(months, options.locale, 1) });
}

/** A value of one business-case input in its unit: a percentage, euros, or months. */
export function formatInputValue(options: {
  input: BusinessCaseInputId;
  value: number;
  locale: Locale;
}): string {
  const { input, value, locale } = options;
  const unit = BUSINESS_CASE_INPUT_UNITS[input];
  switch (unit) {
    case 'fraction':
      return formatPercent(value, locale, 1);
    case 'eur':
    case 'eurPerYear':
      return formatEur(value, locale);
    case 'months':
      return translator(locale)('businessCase.outcome.months', { n: formatNumber(value, locale, 1) });
  }
}
