import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api.ts';
import { useFormat } from '../format.ts';

export function UseCaseListPage() {
  const { t } = useTranslation();
  const { orgId } = useParams();
  const fmt = useFormat();
  const [showArchived, setShowArchived] = useState(false);
  const list = useQuery({
    queryKey: ['use-cases', orgId, showArchived],
    queryFn: () =>
      api.get('/api/orgs/:orgId/use-cases', {
        params: { orgId: orgId! },
        query: { archived: showArchived ? 'true' : 'false' },
      }),
  });

  return (
    <section>
      <div className="page-head">
        <h1>{t('web.useCases.title')}</h1>
        <Link className="button primary" to={`/o/${orgId}/use-cases/new`}>
          {t('web.useCases.new')}
        </Link>
      </div>
      <p className="lead">{t('web.useCases.intro')}</p>
      <label className="inline-check">
        <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
        {t('web.useCases.showArchived')}
      </label>
      {list.isPending && <p>{t('web.common.loading')}</p>}
      {list.isError && <p role="alert">{(list.error as Error).message}</p>}
      {list.data && list.data.length === 0 && <p className="empty">{t('web.useCases.empty')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="card-list">
          {list.data.map((uc) => (
            <li key={uc.id} className={uc.archivedAt ? 'card archived' : 'card'}>
              <Link to={`/o/${orgId}/use-cases/${uc.id}`} className="card-title">
                {uc.title || t('web.useCases.untitled')}
              </Link>
              {uc.verdict ? (
                <p className={`card-verdict verdict-chip-${uc.verdict}`}>
                  <span className="visually-hidden">{t('web.useCases.verdict')} </span>
                  {t(`web.verdict.${uc.verdict}.title`)}
                </p>
              ) : (
                <p className="card-verdict muted">{t('web.useCases.notAssessed')}</p>
              )}
              <div className="card-meta">
                <span className={`badge status-${uc.status}`}>{t(`web.status.${uc.status}`)}</span>
                {uc.archivedAt && <span className="badge">{t('web.useCases.archived')}</span>}
                <span>{t('web.useCases.updated', { date: fmt.dateTime(uc.updatedAt) })}</span>
                <span>{t('web.useCases.revision', { n: uc.revision })}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
