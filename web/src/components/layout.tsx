import { useQueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate, useParams } from 'react-router';
import { api, type SessionInfo } from '../api.ts';
import { setLanguage } from '../i18n.ts';
import { CreateOrganisationForm } from './create-organisation-form.tsx';

/** The frame around every page: organisation switcher, navigation, language and logout. */
export function Layout({ me, empty = false }: { me: SessionInfo; empty?: boolean }) {
  const { t, i18n } = useTranslation();
  const { orgId } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const current = me.memberships.find((m) => m.organisationId === orgId);

  async function logout() {
    await api.post('/api/auth/logout').catch(() => undefined);
    queryClient.clear();
    navigate('/login');
    await queryClient.invalidateQueries({ queryKey: ['me'] });
  }

  function switchLanguage(next: 'nl' | 'en') {
    setLanguage(next);
    void api.patch('/api/auth/me', { body: { locale: next } }).catch(() => undefined);
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('web.nav.skip')}
      </a>
      <header className="topbar">
        <Link to={orgId ? `/o/${orgId}` : '/'} className="brand" aria-label={t('web.nav.home')}>
          <img src="/favicon.svg" alt="" width="28" height="28" />{' '}
          <span className="brand-name">Haalbaar</span>
        </Link>
        {me.memberships.length > 0 && (
          <label className="org-switch">
            <span className="visually-hidden">{t('web.nav.organisation')}</span>
            <select
              value={orgId ?? ''}
              onChange={(e) => navigate(`/o/${e.target.value}`)}
              aria-label={t('web.nav.organisation')}
            >
              {/* Outside an organisation (the portfolio) the switch names none, so each one can be chosen. */}
              {!orgId && (
                <option value="" disabled>
                  {t('web.nav.organisation')}
                </option>
              )}
              {me.memberships.map((m) => (
                <option key={m.organisationId} value={m.organisationId}>
                  {m.organisationName}
                </option>
              ))}
            </select>
          </label>
        )}
        <nav aria-label={t('web.nav.main')} className="mainnav">
          {orgId && (
            <>
              <NavLink to={`/o/${orgId}`} end>
                {t('web.nav.useCases')}
              </NavLink>
              <NavLink to={`/o/${orgId}/settings`}>{t('web.nav.settings')}</NavLink>
            </>
          )}
          {me.memberships.length > 0 && <NavLink to="/portfolio">{t('portfolio.nav')}</NavLink>}
        </nav>
        <div className="topbar-end">
          <fieldset className="lang-switch">
            <legend className="visually-hidden">{t('web.nav.language')}</legend>
            {(['nl', 'en'] as const).map((l) => (
              <button
                key={l}
                type="button"
                className={i18n.language === l ? 'active' : ''}
                aria-pressed={i18n.language === l}
                onClick={() => switchLanguage(l)}
                lang={l}
              >
                {l.toUpperCase()}
              </button>
            ))}
          </fieldset>
          <span className="user" title={me.user.email}>
            {me.user.name}
            {current && <small> · {t(`web.role.${current.role}`)}</small>}
          </span>
          <button type="button" className="link-button" onClick={() => void logout()}>
            {t('web.nav.logout')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {empty ? (
          <section className="narrow">
            <h1>{t('web.nav.noOrganisationTitle')}</h1>
            <p>{t('web.nav.noOrganisation')}</p>
            <h2>{t('web.settings.newOrganisation')}</h2>
            <p className="muted">{t('web.settings.newOrganisationIntro')}</p>
            <CreateOrganisationForm />
          </section>
        ) : (
          <Suspense fallback={<p className="loading">{t('web.common.loading')}</p>}>
            <Outlet />
          </Suspense>
        )}
      </main>
    </div>
  );
}
