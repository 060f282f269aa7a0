import i18next, { type i18n, type TFunction } from 'i18next';
import type { Message } from '../core/message.ts';
import { addLocaleFormatters } from './i18next-formatters.ts';
import { DEFAULT_LOCALE, type Locale, resources } from './resources.ts';

/**
 * Creates an isolated i18next instance with every translation loaded synchronously.
 * Numbers and dates are formatted with Intl in the locale (`{{n, number}}`, `{{d, datetime}}`), money
 * and shares by `locale-format.ts` (`{{amount, eur}}`, `{{share, percent}}`, see i18next-formatters.ts).
 */
export function createI18n(locale: Locale = DEFAULT_LOCALE): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: {
      nl: { translation: resources.nl },
      en: { translation: resources.en },
    },
    lng: locale,
    fallbackLng: false,
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  } as Parameters<i18n['init']>[0]);
  addLocaleFormatters(instance);
  return instance;
}

const cache = new Map<Locale, TFunction>();

/** A translation function for a locale (cached). */
export function translator(locale: Locale): TFunction {
  let t = cache.get(locale);
  if (!t) {
    t = createI18n(locale).getFixedT(locale);
    cache.set(locale, t);
  }
  return t;
}

/** Renders a core message in a locale. Unknown keys come back as the key itself, which tests catch. */
export function renderMessage(message: Message, locale: Locale): string {
  return translator(locale)(message.key, message.params ?? {}) as string;
}

/** A value with every core message in it (`{ key, params }`) as its text. */
export type Rendered<T> = T extends Message
  ? string
  : T extends readonly (infer E)[]
    ? Rendered<E>[]
    : T extends object
      ? { [K in keyof T]: Rendered<T[K]> }
      : T;

const isMessage = (v: object): v is Message =>
  typeof (v as Message).key === 'string' && Object.keys(v).every((k) => k === 'key' || k === 'params');

/** Renders every core message inside a value (arrays and plain objects, at any depth) in a locale. */
export function renderMessages<T>(value: T, locale: Locale): Rendered<T> {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    if (isMessage(v)) return renderMessage(v, locale);
    return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, walk(inner)]));
  };
  return walk(value) as Rendered<T>;
}
