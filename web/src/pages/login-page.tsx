import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ApiError, api, setCsrfToken } from '../api.ts';
import { setLanguage } from '../i18n.ts';
import { applyAccountLanguage } from '../session.ts';

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  // Coming from an invitation, the address is already known.
  const [email, setEmail] = useState(() => (location.state as { email?: string } | null)?.email ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<'nl' | 'en' | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const me = await api.post('/api/auth/login', { body: { email, password } });
      setCsrfToken(me.csrfToken);
      // A language picked on this page is the user's choice: keep it and save it with the account.
      // Otherwise the interface follows the account's language.
      if (chosen && chosen !== me.user.locale) {
        await api.patch('/api/auth/me', { body: { locale: chosen } }).catch(() => undefined);
        me.user.locale = chosen;
      } else applyAccountLanguage(me);
      queryClient.setQueryData(['me'], me);
      const from = (location.state as { from?: string } | null)?.from;
      navigate(from && from !== '/login' ? from : '/', { replace: true });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login" id="main">
      <div className="login-card">
        <h1>
          <img src="/favicon.svg" alt="" width="36" height="36" /> Haalbaar
        </h1>
        <p className="lead">{t('web.login.tagline')}</p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <label>
            {t('web.login.email')}
            <input
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              required
            />
          </label>
          <label>
            {t('web.login.password')}
            <input
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
          </label>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('web.common.busy') : t('web.login.submit')}
          </button>
        </form>
        <fieldset className="lang-switch">
          <legend className="visually-hidden">{t('web.nav.language')}</legend>
          {(['nl', 'en'] as const).map((l) => (
            <button
              key={l}
              type="button"
              aria-pressed={i18n.language === l}
              className={i18n.language === l ? 'active' : ''}
              onClick={() => {
                setLanguage(l);
                setChosen(l);
              }}
              lang={l}
            >
              {l === 'nl' ? 'Nederlands' : 'English'}
            </button>
          ))}
        </fieldset>
      </div>
    </main>
  );
}
