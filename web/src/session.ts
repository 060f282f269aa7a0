import { useQuery } from '@tanstack/react-query';
import { ApiError, api, type SessionInfo, setCsrfToken } from './api.ts';

/** The logged-in session, or null when logged out. */
export function useSession() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async (): Promise<SessionInfo | null> => {
      try {
        const me = await api.get('/api/auth/me');
        setCsrfToken(me.csrfToken);
        return me;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
  });
}
