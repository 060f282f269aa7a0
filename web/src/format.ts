import { useTranslation } from 'react-i18next';

/** Number, money and date formatting in the interface language (nl: `€ 1.234,56`, `26-11-2026`). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  const money2 = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' });
  const dateTime = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return {
    locale,
    number: (n: number) => number.format(n),
    money: (n: number) => money.format(n),
    moneyCents: (n: number) => money2.format(n),
    percent: (n: number) => percent.format(n),
    date: (iso: string) => date.format(new Date(iso)).replaceAll('/', '-'),
    dateTime: (iso: string) => dateTime.format(new Date(iso)).replaceAll('/', '-'),
    /** Parses a number typed in the locale: "1.234,5" (nl) or "1,234.5" (en); null when empty or invalid. */
    parse: (text: string): number | null => {
      const t = text.trim().replace(/\s|€|%/g, '');
      if (t === '') return null;
      const normalised = locale === 'nl-NL' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
      const n = Number(normalised);
      return Number.isFinite(n) ? n : null;
    },
    /** A number as it should appear in an input in this locale (no thousands separators). */
    input: (n: number | undefined | null): string =>
      n === undefined || n === null ? '' : locale === 'nl-NL' ? String(n).replace('.', ',') : String(n),
  };
}
