import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useParams } from 'react-router';
import type { StoredUseCase, UseCaseStatus } from '../api.ts';
import { CopyUseCase } from '../portfolio/copy-use-case.tsx';
import { useSaveUseCase } from '../use-case-query.ts';
import { useVendorTexts } from '../vendors/vendor-texts.ts';
import { useSavingClick } from './saving-link.ts';

const STATUSES: UseCaseStatus[] = ['idea', 'assessing', 'pilot', 'decided'];

/** A tab that saves the page's pending edits before it switches. */
function Tab({ to, children }: { to: string; children: ReactNode }) {
  return (
    <NavLink to={to} onClick={useSavingClick(to)}>
      {children}
    </NavLink>
  );
}

/** Title, status, archive and the tabs of one use case. */
export function UseCaseHeader({ useCase }: { useCase: StoredUseCase }) {
  const { t } = useTranslation();
  const { orgId } = useParams();
  const save = useSaveUseCase(orgId, useCase.id);
  const base = `/o/${orgId}/use-cases/${useCase.id}`;
  // The tab's name is among the vendor texts, which are not in the first download.
  const hasVendorTexts = useVendorTexts();
  return (
    <header className="uc-header">
      <div className="page-head">
        <h1>{useCase.title || t('web.useCases.untitled')}</h1>
        <div className="uc-actions">
          <label>
            <span className="visually-hidden">{t('web.useCase.status')}</span>
            <select
              aria-label={t('web.useCase.status')}
              value={useCase.status}
              onChange={(e) => save.mutate({ status: e.target.value as UseCaseStatus })}
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`web.status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => save.mutate({ archived: !useCase.archivedAt })}>
            {useCase.archivedAt ? t('web.useCase.unarchive') : t('web.useCase.archive')}
          </button>
          {orgId && <CopyUseCase orgId={orgId} useCase={useCase} />}
        </div>
      </div>
      {useCase.archivedAt && <p className="notice">{t('web.useCase.isArchived')}</p>}
      {/* The problem is the intake's first step: one set of questions, one save model. */}
      <nav className="tabs" aria-label={t('web.useCase.sections')}>
        <Tab to={`${base}/intake`}>{t('web.useCase.tab.intake')}</Tab>
        <Tab to={`${base}/data`}>{t('web.useCase.tab.data')}</Tab>
        <Tab to={`${base}/results`}>{t('web.useCase.tab.results')}</Tab>
        <Tab to={`${base}/business-case`}>{t('businessCase.page.tab')}</Tab>
        <Tab to={`${base}/pilot`}>{t('pilotWeb.tab')}</Tab>
        <Tab to={`${base}/employees`}>{t('surveyWeb.tab')}</Tab>
        {hasVendorTexts && <Tab to={`${base}/vendors`}>{t('vendorsWeb.tab')}</Tab>}
        <Tab to={`${base}/history`}>{t('web.useCase.tab.history')}</Tab>
      </nav>
    </header>
  );
}
