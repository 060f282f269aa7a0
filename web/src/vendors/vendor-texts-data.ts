import enVendors from '../../../src/i18n/locales/en/vendors.json' with { type: 'json' };
import enVendorsWeb from '../../../src/i18n/locales/en/vendors-web.json' with { type: 'json' };
import nlVendors from '../../../src/i18n/locales/nl/vendors.json' with { type: 'json' };
import nlVendorsWeb from '../../../src/i18n/locales/nl/vendors-web.json' with { type: 'json' };

/** The vendor texts of both languages, in their own chunk (see vendor-texts.ts). */
export const vendorTexts = {
  nl: { vendors: nlVendors, vendorsWeb: nlVendorsWeb },
  en: { vendors: enVendors, vendorsWeb: enVendorsWeb },
};
