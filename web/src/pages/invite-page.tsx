import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { Message } from '../../../src/core/message.ts';
import { ApiError, api, type SessionInfo, setCsrfToken } from '../api.ts';
import { NewPasswordField, weakPasswordReasons } from '../components/new-password-field.tsx';

/**
 * The page an invitation link opens (/invite/<secret>), logged in or not. It shows the organisation
 * and role; a new person chooses a name and password, someone with an account logs in first and comes
 * back here to accept.
 */
export function InvitePage({ me }: { me: SessionInfo | null }) {
  const { t } = useTranslation();
  const { secret = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const invitation = useQuery({
    queryKey: ['invitation', secret],
    queryFn: () => api.get('/api/invitations/:secret', { params: { secret } }),
    retry: false,
  });
  const [name, setName] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [serverReasons, setServerReasons] = useState<Message[] | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  function toLogin() {
    navigate('/login', { state: { from: location.pathname, email: invitation.data?.email } });
  }

  async function logoutAndLogin() {
    await api.post('/api/auth/logout').catch(() => undefined);
    queryClient.setQueryData(['me'], null);
    toLogin();
  }

  async function accept(body: { name?: string; password?: string }) {
    setIsBusy(true);
    setError(null);
    try {
      const accepted = await api.post('/api/invitations/:secret/accept', { params: { secret }, body });
      setCsrfToken(accepted.csrfToken);
      const { organisationId, ...session } = accepted;
      queryClient.setQueryData(['me'], session);
      navigate(`/o/${organisationId}`, { replace: true });
    } catch (e) {
      const apiError = e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', String(e));
      setServerReasons(weakPasswordReasons(apiError.details));
      setError(apiError);
    } finally {
      setIsBusy(false);
    }
  }

  function submitNew(e: FormEvent) {
    e.preventDefault();
    void accept({ name: name ?? invitation.data?.name ?? '', password });
  }

  const view = invitation.data;
  const isForMe =
    me !== null && view !== undefined && me.user.email.toLowerCase() === view.email.toLowerCase();
  return (
    <main className="login" id="main">
      <div className="login-card">
        <h1>
          <img src="/favicon.svg" alt="" width="36" height="36" /> Haalbaar
        </h1>
        {invitation.isPending && <p>{t('web.common.loading')}</p>}
        {invitation.isError && (
          <p className="error" role="alert">
            {invitation.error instanceof ApiError ? invitation.error.message : String(invitation.error)}
          </p>
        )}
        {view && (
          <>
            <h2>{t('web.invite.title', { organisation: view.organisationName })}</h2>
            <p className="lead">
              {t('web.invite.intro', {
                organisation: view.organisationName,
                role: t(`web.role.${view.role}`),
                email: view.email,
              })}
            </p>
            {error && !serverReasons && (
              <p className="error" role="alert">
                {error.message}
              </p>
            )}
            {isForMe && (
              <button type="button" className="primary" disabled={isBusy} onClick={() => void accept({})}>
                {isBusy ? t('web.common.busy') : t('web.invite.accept')}
              </button>
            )}
            {me && !isForMe && (
              <>
                <p>{t('web.invite.otherAccount', { email: view.email, current: me.user.email })}</p>
                <button type="button" className="primary" onClick={() => void logoutAndLogin()}>
                  {t('web.invite.logoutAndLogin', { email: view.email })}
                </button>
              </>
            )}
            {!me && error?.code === 'LOGIN_REQUIRED' && (
              <button type="button" className="primary" onClick={toLogin}>
                {t('web.invite.loginToAccept')}
              </button>
            )}
            {!me && error?.code !== 'LOGIN_REQUIRED' && (
              <>
                <form onSubmit={submitNew} noValidate>
                  <h3>{t('web.invite.newAccount')}</h3>
                  <label>
                    {t('web.login.email')}
                    <input type="email" value={view.email} readOnly autoComplete="username" />
                  </label>
                  <label>
                    {t('web.invite.yourName')}
                    <input
                      value={name ?? view.name}
                      onChange={(e) => setName(e.target.value)}
                      autoComplete="name"
                      required
                    />
                  </label>
                  <NewPasswordField
                    label={t('web.invite.choosePassword')}
                    value={password}
                    onChange={(value) => {
                      setPassword(value);
                      setServerReasons(undefined);
                    }}
                    email={view.email}
                    name={name ?? view.name}
                    {...(serverReasons ? { serverReasons } : {})}
                  />
                  <button type="submit" className="primary" disabled={isBusy}>
                    {isBusy ? t('web.common.busy') : t('web.invite.createAndAccept')}
                  </button>
                </form>
                <p className="hint">{t('web.invite.haveAccount')}</p>
                <button type="button" onClick={toLogin}>
                  {t('web.invite.loginToAccept')}
                </button>
              </>
            )}
          </>
        )}
      </div>
    </main>
  );
}
