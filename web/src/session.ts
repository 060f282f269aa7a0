import { useQuery } from '@tanstack/react-query';
import { ApiError, api, type SessionInfo, setCsrfToken } from './api.ts';
import i18n, { setLanguage } from './i18n.ts';

/**
 * Shows the interface in the account's language (saved with the account when the user switches):
 * applied when a session starts (a login) or is found (a reload, another browser), so a user whose
 * language is English sees English right after logging in, whatever this browser showed before.
 */
export function applyAccountLanguage(me: SessionInfo): void {
  const locale = me.user.locale;
  if ((locale === 'nl' || locale === 'en') && locale !== i18n.language) setLanguage(locale);
}

/** The logged-in session, or null when logged out. */
export function useSession() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async (): Promise<SessionInfo | null> => {
      try {
        const me = await api.get('/api/auth/me');
        setCsrfToken(me.csrfToken);
        applyAccountLanguage(me);
        return me;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
  });
}
