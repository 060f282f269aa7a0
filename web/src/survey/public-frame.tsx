import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n.ts';

/**
 * The frame of a page opened without an account (a survey, the feedback form): no navigation, a
 * language switch kept in this browser, and nothing loaded from elsewhere.
 */
export function PublicFrame({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <main className="public-page" id="main">
      <div className="public-card">
        <div className="public-top">
          <p className="public-brand">
            <img src="/favicon.svg" alt="" width="24" height="24" /> Haalbaar
          </p>
          <fieldset className="lang-switch">
            <legend className="visually-hidden">{t('web.nav.language')}</legend>
            {(['nl', 'en'] as const).map((l) => (
              <button
                key={l}
                type="button"
                aria-pressed={i18n.language === l}
                className={i18n.language === l ? 'active' : ''}
                onClick={() => setLanguage(l)}
                lang={l}
              >
                {l === 'nl' ? 'Nederlands' : 'English'}
              </button>
            ))}
          </fieldset>
        </div>
        {children}
      </div>
    </main>
  );
}
