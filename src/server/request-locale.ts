import type { FastifyRequest } from 'fastify';
import { DEFAULT_LOCALE, type Locale } from '../i18n/resources.ts';

/**
 * The language for a response: `?lang=`, else the first supported language in Accept-Language,
 * else Dutch.
 */
export function requestLocale(request: FastifyRequest): Locale {
  const q = (request.query as Record<string, unknown> | undefined)?.lang;
  if (q === 'nl' || q === 'en') return q;
  const header = request.headers['accept-language'];
  if (typeof header === 'string') {
    const ranked = header
      .split(',')
      .map((part) => {
        const [tag = '', ...params] = part.trim().split(';');
        const qv = params.find((p) => p.trim().startsWith('q='));
        return { lang: tag.toLowerCase().slice(0, 2), q: qv ? Number(qv.trim().slice(2)) : 1 };
      })
      .filter((x) => x.lang === 'nl' || x.lang === 'en')
      .sort((a, b) => b.q - a.q);
    const best = ranked[0]?.lang;
    if (best === 'nl' || best === 'en') return best;
  }
  return DEFAULT_LOCALE;
}
