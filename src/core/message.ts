/**
 * A user-facing text as the core hands it out: a translation key and its parameters.
 * The core never translates; the edge (server, CLI, web) renders it in the user's language
 * with the files in `src/i18n/locales`.
 */
export type Message = { key: string; params?: Record<string, string | number> };

export function msg(key: string, params?: Record<string, string | number>): Message {
  return params === undefined ? { key } : { key, params };
}
