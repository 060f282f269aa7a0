import { useEffect, useState } from 'react';
import i18n from '../i18n.ts';

let loading: Promise<void> | null = null;
let isLoaded = false;

/**
 * Adds the vendor texts (`vendors`, `vendorsWeb`) to the translations, once; they are not in the
 * first download (web/src/initial-resources.ts). The Vendors tab and the vendor's questionnaire wait
 * for them before they render.
 */
export function loadVendorTexts(): Promise<void> {
  loading ??= import('./vendor-texts-data.ts').then(({ vendorTexts }) => {
    for (const language of ['nl', 'en'] as const)
      i18n.addResourceBundle(language, 'translation', vendorTexts[language], true, true);
    isLoaded = true;
  });
  return loading;
}

/** True once the vendor texts are there; asks for them on first use (the tab in a use case's header). */
export function useVendorTexts(): boolean {
  const [hasTexts, setHasTexts] = useState(isLoaded);
  useEffect(() => {
    if (!hasTexts) void loadVendorTexts().then(() => setHasTexts(true));
  }, [hasTexts]);
  return hasTexts;
}
