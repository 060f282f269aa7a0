import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { addLocaleFormatters } from '../../src/i18n/i18next-formatters.ts';
import { setApiLanguage } from './api.ts';
import { initialResources } from './initial-resources.ts';

const STORAGE_KEY = 'haalbaar.lang';

function initialLanguage(): 'nl' | 'en' {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'nl' ? stored : 'nl';
}

const lng = initialLanguage();
setApiLanguage(lng);
document.documentElement.lang = lng;

void i18next.use(initReactI18next).init({
  // The vendor texts come later, with their pages (web/src/vendors/vendor-texts.ts).
  resources: { nl: { translation: initialResources.nl }, en: { translation: initialResources.en } },
  lng,
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
} as Parameters<typeof i18next.init>[0]);
// Money and shares as the reports show them, with no-break spaces so `€` stays with its amount.
addLocaleFormatters(i18next, { spaces: 'no-break' });

/** Switches the interface language and remembers it in this browser. */
export function setLanguage(next: 'nl' | 'en'): void {
  localStorage.setItem(STORAGE_KEY, next);
  setApiLanguage(next);
  document.documentElement.lang = next;
  void i18next.changeLanguage(next);
}

export default i18next;
