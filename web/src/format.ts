import { useTranslation } from 'react-i18next';
import { type LocaleFormat, localeFormat } from '../../src/i18n/locale-format.ts';

const formats = {
  nl: localeFormat('nl', { spaces: 'no-break' }),
  en: localeFormat('en', { spaces: 'no-break' }),
};

/**
 * Numbers, money and dates in the interface language: the formatter the reports and the CLI use
 * (src/i18n/locale-format.ts), with no-break spaces so `€` and its amount stay together.
 */
export function useFormat(): LocaleFormat {
  const { i18n } = useTranslation();
  return formats[i18n.language === 'en' ? 'en' : 'nl'];
}
